import { useSyncExternalStore } from "react";

/**
 * The time relative times are measured from: refreshed every 30 s while something shows one,
 * and `null` on the server and during hydration, so "5 seconds ago" is never rendered twice
 * with two answers (the server's HTML and the browser's first render must match).
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    // React compares the snapshot again after subscribing: a stale `now` re-renders at once.
    now = Date.now();
    timer = setInterval(tick, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

const getSnapshot = () => now;
const getServerSnapshot = () => null;
