import type { Decorator, Preview } from "@storybook/react-vite";
import { StrictMode, useState } from "react";
import { configure } from "storybook/test";
import { StraddleProvider } from "../src/hooks";
import { es } from "../src/messages";
import { createSandbox, type SandboxOptions } from "../src/sandbox";
import { installStoryClock } from "./clock";
// As a host does it: the package stylesheet (scripts/styles.mjs serves it in dev and tests).
import "straddle-customers-react/styles.css";
import "./preview.css";

/**
 * Every story starts at the same instant (`.storybook/clock.ts`): frozen there in the story
 * tests (Vitest's browser mode), ticking from there in Storybook, so the pictures the visual
 * baselines hold do not change with the calendar.
 */
const inVitest = typeof globalThis === "object" && "__vitest_browser__" in globalThis;

// Play functions' findBy…/waitFor wait up to 5 s (Testing Library's default is 1 s), as the jsdom
// tests do (tests/setup.ts): on a loaded machine the dialog's lazy chunk can take longer than 1 s
// to arrive. A wait, not a timing assertion: a story that passes does so as soon as it can.
configure({ asyncUtilTimeout: 5_000 });

/**
 * Every story runs on a **fresh** embedded sandbox (no network, no key), so a play
 * function that creates or decides leaves nothing behind for the next story.
 * Story parameters choose the scenario: `parameters.sandbox = { latency, failures, … }`.
 * Play functions reach the story's sandbox (to assert what it received) with
 * `getStorySandbox()` from `stories/storySandbox.ts`.
 */
const withSandbox: Decorator = (Story, context) => {
  const options = {
    ...(context.parameters.sandbox as SandboxOptions | undefined),
    // Under the frozen clock (story tests) nothing would ever come due: what settles later
    // (background screening, refresh_review) settles at the next read instead.
    ...(inVitest ? { backgroundDelayMs: 0, refreshDelayMs: 0 } : {}),
  } satisfies SandboxOptions;
  // A new sandbox per story (and per remount), never shared.
  const [sandbox] = useState(() => {
    const created = createSandbox(options);
    (globalThis as { __straddleSandbox?: typeof created }).__straddleSandbox = created;
    return created;
  });
  const locale = (context.globals.locale as string | undefined) ?? "en-US";
  const theme = (context.globals.theme as string | undefined) ?? "light";
  // The page behind the canvas takes the theme too: a dialog taller than its story (portalled to
  // <body>) would otherwise sit on a white page below the canvas in the dark theme.
  if (typeof document !== "undefined") document.documentElement.dataset.theme = theme;
  return (
    <StrictMode>
      <StraddleProvider
        fetcher={sandbox.fetcher}
        locale={locale}
        messages={locale.startsWith("es") ? es : undefined}
        retry={{ baseDelayMs: 50 }}
      >
        <div className="sb-canvas" data-theme={theme}>
          <Story />
        </div>
      </StraddleProvider>
    </StrictMode>
  );
};

/** Set by vitest.config.ts for the dark story-test project; absent in Storybook itself. */
declare const __STORY_THEME__: string | undefined;
const initialTheme = typeof __STORY_THEME__ === "string" ? __STORY_THEME__ : "light";

const preview: Preview = {
  beforeEach: () => installStoryClock(inVitest ? "frozen" : "ticking"),
  parameters: {
    layout: "fullscreen",
    // Every axe violation fails the story's test (Storybook UI and `vitest --project storybook`).
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  initialGlobals: { theme: initialTheme, locale: "en-US" },
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: { title: "Theme", icon: "mirror", items: ["light", "dark"], dynamicTitle: true },
    },
    locale: {
      description: "Language and formats",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en-US", title: "English (en-US)" },
          { value: "es-ES", title: "Español (es-ES)" },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [withSandbox],
};

export default preview;
