/**
 * The stories' clock. Every story starts at the same instant, {@link STORY_NOW}, so a relative
 * time ("7 months ago"), an audit-log time or a countdown reads the same today, next year and
 * on another machine — what the visual baselines (`npm run test:visual`) need.
 *
 * - `"frozen"` (story tests in Vitest): `Date.now()` and `new Date()` always answer
 *   `STORY_NOW`. Timers (`setTimeout`, `setInterval`) are real, so retries, latency and holds
 *   still elapse; only the wall clock stands still.
 * - `"ticking"` (Storybook in a browser): starts at `STORY_NOW` when the story renders and then
 *   moves with real time, so a countdown visibly counts down for a designer.
 *
 * The sandbox reads the same clock (its default `now` is `new Date()`), so the timestamps it
 * stamps on records created during a story agree with what the components measure against.
 */
export const STORY_NOW = Date.UTC(2026, 8, 15, 14, 30, 0); // 2026-09-15T14:30:00Z

export type StoryClockMode = "frozen" | "ticking";

const RealDate = Date;

/** Installs the story clock on `globalThis.Date`; returns the function that puts the real one back. */
export function installStoryClock(mode: StoryClockMode, start: number = STORY_NOW): () => void {
  const startedAt = performance.now();
  const current = mode === "frozen" ? () => start : () => start + Math.floor(performance.now() - startedAt);

  // A constructor function rather than a subclass: `Date()` called without `new` must keep working.
  function StoryDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(current()).toString();
    return args.length === 0
      ? new RealDate(current())
      : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  StoryDate.prototype = RealDate.prototype;
  StoryDate.now = current;
  StoryDate.parse = RealDate.parse;
  StoryDate.UTC = RealDate.UTC;

  const previous = globalThis.Date;
  globalThis.Date = StoryDate as unknown as DateConstructor;
  return () => {
    globalThis.Date = previous;
  };
}
