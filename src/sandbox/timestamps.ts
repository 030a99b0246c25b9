import { parseTimestamp } from "../api/index.js";

const SANDBOX_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

/** How a response writes timestamps (API-NOTES.md): GET without fraction and zone, the rest with 7 digits and `Z`. */
export type TimestampStyle = "get" | "post";

/** `2026-07-07T06:21:44.1230042Z`: milliseconds of `ms` plus 4 more digits (`extra`, 0–9999). */
export function sandboxTimestamp(ms: number, extra: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 23)}${String(Math.abs(Math.trunc(extra)) % 10000).padStart(4, "0")}Z`;
}

/** Renders a stored timestamp in a response's style. Timestamps not made by the sandbox pass unchanged. */
export function formatTimestamp(stored: string, style: TimestampStyle): string {
  if (style === "get" && SANDBOX_STAMP.test(stored)) return stored.slice(0, 19);
  return stored;
}

/** Epoch ms of a stored timestamp (NaN when it is not a date-time). */
export function timestampMs(stored: string): number {
  return parseTimestamp(stored).getTime();
}
