import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { installConsoleGuard, resetConsoleGuard, unexpectedConsole } from "./consoleGuard";

installConsoleGuard();

// How long findBy*/waitFor wait for a condition to become true (Testing Library's default is 1 s).
// The machines are shared: under load a sandbox round trip plus a render can take longer, and a
// test that waits for the right state must not fail for the wait alone. Nothing here asserts a time.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  resetConsoleGuard();
});

afterEach(() => {
  cleanup();
  const unexpected = unexpectedConsole();
  resetConsoleGuard();
  if (unexpected.length > 0) {
    throw new Error(
      `This test logged ${unexpected.length} unexpected console message(s); fix the cause or announce it with expectConsole(kind, pattern):\n${unexpected
        .map((entry) => `  console.${entry.kind}: ${entry.text.slice(0, 300)}`)
        .join("\n")}`,
    );
  }
});
