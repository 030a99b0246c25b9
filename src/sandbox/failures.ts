import { failure, type MetaSource, type SandboxResult } from "./responses.js";
import type { TimestampStyle } from "./timestamps.js";
import {
  type SandboxEndpoint,
  type SandboxFailure,
  type SandboxFailureSpec,
  sandboxEndpoints,
} from "./types.js";

/** Armed failures, consumed first-in first-out per endpoint. */
export function createFailureQueue() {
  const queue: { failure: SandboxFailure; left: number }[] = [];
  return {
    arm(failure: SandboxFailure) {
      if (!(sandboxEndpoints as readonly string[]).includes(failure.endpoint)) {
        throw new Error(
          `Unknown sandbox endpoint "${failure.endpoint}"; use one of ${sandboxEndpoints.join(", ")}.`,
        );
      }
      const times = failure.times ?? 1;
      if (times > 0) queue.push({ failure: { ...failure }, left: times });
    },
    /** The failure for this call of `endpoint`, if one is armed. */
    take(endpoint: SandboxEndpoint): SandboxFailure | undefined {
      const index = queue.findIndex((entry) => entry.failure.endpoint === endpoint);
      const entry = queue[index];
      if (!entry) return undefined;
      entry.left -= 1;
      if (entry.left <= 0) queue.splice(index, 1);
      return entry.failure;
    },
    clear: () => {
      queue.length = 0;
    },
  };
}

/** The HTTP answer of an injected failure (network failures are thrown by the caller). */
export function injectedResult(
  source: MetaSource,
  style: TimestampStyle,
  spec: SandboxFailureSpec,
): SandboxResult {
  const status = spec.status ?? 500;
  const headers: Record<string, string> = { ...spec.headers };
  const retryAfter = spec.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  if ("body" in spec && spec.body !== undefined) return { status, body: spec.body, headers };
  // The API answers 401 with an empty body (API-NOTES.md).
  if (status === 401) return { status, headers };
  const result = failure(
    source,
    style,
    status,
    spec.detail ?? `Simulated error ${status} from the sandbox.`,
    spec.items ?? [],
  );
  return { ...result, headers };
}
