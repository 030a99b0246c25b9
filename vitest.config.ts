import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { stylesheetPlugin } from "./scripts/styles.mjs";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium where it exists (CI, these machines); otherwise Playwright's own
// download (`npx playwright install chromium` on a laptop).
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** Committed baselines (`npm run test:visual -- --update` rewrites them). */
export const VISUAL_BASELINES = "stories/__visual__";
/** The failure report and its images (gitignored, emptied at the start of each story run). */
export const VISUAL_REPORT = "visual-report";

/**
 * How a story's picture is compared (.storybook/visual.ts takes it). pixelmatch per pixel in YIQ:
 * `threshold` 0.01 (default 0.1) still sees a token moving one shade; anti-aliased pixels are
 * recognised and ignored (`includeAA: false`); `allowedMismatchedPixels` 8 absorbs a stray
 * glyph edge, far below the hundreds a badge moved by 1 px changes. The experiment behind these
 * numbers: README, "Visual baselines".
 */
const visualScreenshotOptions = {
  comparatorName: "pixelmatch" as const,
  comparatorOptions: { threshold: 0.01, includeAA: false, allowedMismatchedPixels: 8 },
  screenshotOptions: { animations: "disabled" as const, caret: "hide" as const, scale: "css" as const },
  // Until two shots in a row agree; generous, as a tall story on a loaded 2-core machine is slow to shoot.
  timeout: 20_000,
  resolveScreenshotPath: ({ root, arg, ext }: { root: string; arg: string; ext: string }) =>
    path.join(root, VISUAL_BASELINES, `${arg}${ext}`),
  resolveDiffPath: ({ root, arg, ext }: { root: string; arg: string; ext: string }) =>
    path.join(root, VISUAL_REPORT, "images", `${arg}${ext}`),
};

/**
 * Every story is a test in real Chromium (play function + axe), once per theme: the preview
 * reads `__STORY_THEME__` as its initial `theme` global, so both themes must pass axe. The
 * browser's own colour scheme follows (for `data-theme="auto"`).
 */
function storyProject(theme: "light" | "dark"): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
    define: { __STORY_THEME__: JSON.stringify(theme) },
    optimizeDeps: {
      include: [
        "react",
        "react-dom",
        "react-dom/client",
        "react/jsx-runtime",
        "react/jsx-dev-runtime",
        "zod/mini",
        "@tanstack/react-query",
        "@tanstack/react-virtual",
        "@radix-ui/react-dialog",
        "react-hook-form",
        "@hookform/resolvers/zod",
        "storybook/test",
        "@storybook/react-vite",
        "@storybook/addon-a11y/preview",
        "@storybook/addon-docs/preview",
      ],
    },
    test: {
      name: theme === "light" ? "storybook" : "storybook-dark",
      testTimeout: 30_000,
      // The pictures are taken in an afterEach hook (one or two per story).
      hookTimeout: 60_000,
      // Visual baselines: a picture of every story after its play function (.storybook/visual.ts).
      setupFiles: ["./.storybook/visual.ts"],
      browser: {
        enabled: true,
        headless: true,
        expect: { toMatchScreenshot: visualScreenshotOptions },
        provider: playwright({
          launchOptions: {
            ...(chromium ? { executablePath: chromium } : {}),
            args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
          },
          // A fixed zone and locale: dates read the same on every machine (and in the baselines).
          // The window is larger than any frame (1200×900, grown to fit a tall story while it is
          // shot: .storybook/visual.ts), so Vitest never scales the frame down (a scaled picture
          // would blur away a 1 px change).
          contextOptions: {
            colorScheme: theme,
            timezoneId: "UTC",
            locale: "en-US",
            viewport: { width: 1280, height: 7100 },
          },
        }),
        instances: [{ browser: "chromium" as const }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), stylesheetPlugin()],
  test: {
    // The visual report (scripts/visual-report.mjs) writes visual-report/index.html when a picture differs.
    reporters: ["default", "./scripts/visual-report.mjs"],
    projects: [
      {
        extends: true,
        resolve: {
          alias: [
            {
              find: /^straddle-customers-react\/sandbox$/,
              replacement: path.join(dirname, "src/sandbox/index.ts"),
            },
          ],
        },
        test: {
          name: "unit",
          environment: "jsdom",
          // Generous: the machines are shared and CI runs the three projects side by side.
          testTimeout: 30_000,
          globals: true,
          // examples/**: a host's own tests, importing the package by name (aliased below).
          include: ["tests/**/*.test.{ts,tsx}", "examples/**/*.test.ts"],
          setupFiles: ["./tests/setup.ts"],
          // The type tests (tests/**/*.test-d.ts) are enforced by `npm run typecheck` (tsc fails on a
          // wrong expectTypeOf); `vitest --typecheck` would run the same tsc a second time.
          typecheck: { enabled: false, include: ["tests/**/*.test-d.{ts,tsx}"], tsconfig: "./tsconfig.json" },
        },
      },
      storyProject("light"),
      storyProject("dark"),
      {
        extends: true,
        test: {
          // The demo admin panel (examples/admin-panel) in real Chromium: browser → proxy → sandbox.
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.e2e.ts"],
          // Generous: ~25 s on a loaded 2-core machine, where Vite transforms the app on first load.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
