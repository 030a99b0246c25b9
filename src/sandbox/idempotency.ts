import type { SandboxResult } from "./responses.js";

/** A JSON text with object keys sorted, so equal bodies give equal fingerprints. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export const IDEMPOTENCY_KEY_MIN = 10;
export const IDEMPOTENCY_KEY_MAX = 40;

export type IdempotencyLookup =
  | { kind: "new" }
  | { kind: "replay"; result: SandboxResult }
  | { kind: "conflict"; request: string };

/**
 * Remembers the successful answer of each `Idempotency-Key`: the same key with the same
 * method, path and body replays it (same status and body, nothing done twice); the same key
 * with anything else is a conflict. Failed attempts are not remembered, so a retry after an
 * error runs again.
 */
export function createIdempotencyCache() {
  const entries = new Map<string, { fingerprint: string; request: string; result: SandboxResult }>();
  return {
    lookup(key: string, fingerprint: string): IdempotencyLookup {
      const entry = entries.get(key);
      if (!entry) return { kind: "new" };
      return entry.fingerprint === fingerprint
        ? { kind: "replay", result: entry.result }
        : { kind: "conflict", request: entry.request };
    },
    remember(key: string, fingerprint: string, request: string, result: SandboxResult) {
      if (result.status >= 200 && result.status < 300) entries.set(key, { fingerprint, request, result });
    },
    clear: () => entries.clear(),
  };
}
