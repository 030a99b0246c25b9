import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { installConsoleGuard, resetConsoleGuard, unexpectedConsole } from "./consoleGuard";

installConsoleGuard();

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
