/**
 * Visual baselines (`npm run test:visual`): after each story test in the storybook projects —
 * the story rendered, its play function and axe done, the story still mounted — one screenshot
 * of the story is compared with its committed baseline in `stories/__visual__/`. No third pass
 * over the stories: the two theme projects that already run every story take the pictures.
 *
 * Key composed stories are also shot at 390 px wide ({@link MOBILE_STORIES}, or
 * `parameters.visual.mobile: true`). `parameters.visual.disable: true` opts a story out.
 * Comparator, threshold and file locations: `visualScreenshotOptions` in vitest.config.ts.
 */
import { afterEach, expect } from "vitest";
import { page, userEvent } from "vitest/browser";

/** Set by vitest.config.ts per storybook project. */
declare const __STORY_THEME__: string;

/** The phone-width pictures: the reviewer workspace, form, table, dialog open, review queue. */
export const MOBILE_STORIES: ReadonlySet<string> = new Set([
  "recipes-reviewer-workspace--full-workspace",
  "recipes-reviewer-workspace--business-with-watchlist-hits",
  "components-customerform--filled-and-valid",
  "components-customerform--every-validation-error",
  "components-customertable--default",
  "components-decisiondialog--slow-network-pending",
  "components-reviewqueue--queue-of-twelve",
]);

export const MOBILE_WIDTH = 390;
const MOBILE_HEIGHT = 844;

interface VisualParameters {
  disable?: boolean;
  mobile?: boolean;
}

/** While a picture is taken: no tall empty canvas below the story, no blinking caret, no motion. */
const SHOT_STYLE = `
.sb-canvas { min-block-size: 0 !important; }
*, *::before, *::after {
  caret-color: transparent !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
}
/* Whether a clicked button keeps a focus-visible ring depends on how the click was delivered;
   pictures show the resting state, so no focus ring is drawn while one is taken. */
*:focus, *:focus-visible {
  outline: none !important;
  box-shadow: none !important;
}`;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Something the story shows outside its own root (a dialog, its overlay, a toast) — portalled to `body`. */
function hasVisiblePortal(root: Element): boolean {
  for (const child of Array.from(document.body.children)) {
    if (child.contains(root) || child instanceof HTMLScriptElement || child instanceof HTMLStyleElement)
      continue;
    const box = child.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    if (child.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  }
  return false;
}

/** The story's own area (the decorator's `.sb-canvas`); the whole viewport when something is portalled. */
function target(): Element | null {
  const canvases = document.querySelectorAll(".sb-canvas");
  // A story that nests providers renders more than one; the outermost is the story's root.
  const root = canvases[0] ?? null;
  if (!root) return null;
  return hasVisiblePortal(root) ? document.documentElement : root;
}

/** Tallest picture: the browser window (vitest.config.ts) is taller, so the frame is never scaled. */
export const MAX_HEIGHT = 7000;

async function shoot(name: string): Promise<void> {
  await document.fonts.ready;
  await nextFrame();
  const element = target();
  if (!element)
    throw new Error("visual: no .sb-canvas to take a picture of (is the global decorator in preview.tsx?)");
  const width = window.innerWidth;
  const height = window.innerHeight;
  try {
    // A story taller than the frame: grow the frame to fit, or its lower part would not be painted.
    for (let round = 0; element !== document.documentElement && round < 3; round++) {
      const needed = Math.min(MAX_HEIGHT, Math.ceil(element.getBoundingClientRect().bottom + window.scrollY));
      if (needed <= window.innerHeight) break;
      await page.viewport(width, needed);
      await nextFrame();
    }
    await expect(element).toMatchScreenshot(name);
  } finally {
    if (window.innerHeight !== height) await page.viewport(width, height);
  }
}

afterEach(async (context) => {
  const task = context.task;
  const storyId = (task.meta as { storyId?: string }).storyId;
  if (!storyId) return;
  // A story that already failed (play, axe) is reported as that; its picture would only add noise.
  if (task.result?.errors?.length) return;
  const story = (context as { story?: { parameters?: { visual?: VisualParameters } } }).story;
  const visual = story?.parameters?.visual ?? {};
  if (visual.disable) return;

  const style = document.createElement("style");
  style.dataset.visual = "";
  style.textContent = SHOT_STYLE;
  document.head.append(style);
  // The pointer stays where the play function last clicked: park it in the top-left corner (the
  // canvas padding), so no picture depends on whether a button is still hovered.
  await userEvent.hover(document.body, { position: { x: 0, y: 0 } }).catch(() => {});
  const shots: string[] = [];
  // Every picture of the story is taken even when one differs (so one run fills the report).
  const failures: unknown[] = [];
  const attempt = async (name: string) => {
    shots.push(name);
    try {
      await shoot(name);
    } catch (error) {
      failures.push(error);
    }
  };
  try {
    // File names: Vitest collapses `--` (the story id's separator), so it is written `__`.
    const name = `${storyId.replace("--", "__")}__${__STORY_THEME__}`;
    await attempt(name);
    if (visual.mobile || MOBILE_STORIES.has(storyId)) {
      const width = window.innerWidth;
      const height = window.innerHeight;
      await page.viewport(MOBILE_WIDTH, MOBILE_HEIGHT);
      try {
        await attempt(`${name}-${MOBILE_WIDTH}`);
      } finally {
        await page.viewport(width, height);
      }
    }
  } finally {
    style.remove();
    // For the report and `--update`'s clean-up of baselines no story takes any more.
    (task.meta as { visualShots?: string[] }).visualShots = shots;
  }
  if (failures.length > 0) throw failures[0];
});
