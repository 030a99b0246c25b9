import type { StraddleError } from "../api/errors.js";
import { asStraddleError } from "./asStraddleError.js";
import type { StraddleContextValue } from "./context.js";
import { type StraddleOperation, toErrorEvent } from "./events.js";

/** Where a failure happened, as `onError` reports it. */
export interface FailureSite {
  operation: StraddleOperation;
  endpoint: string;
  customerId?: string | null | undefined;
}

/**
 * What a hook does with anything a request throws: it becomes a {@link StraddleError} and,
 * unless it is an abort (an unmount, an id change), goes to the host's `onError`.
 */
export function reportFailure(ctx: StraddleContextValue, site: FailureSite, thrown: unknown): StraddleError {
  const error = asStraddleError(thrown, site.endpoint);
  if (error.kind !== "aborted") {
    ctx.reportError(toErrorEvent(site.operation, error, site.customerId ?? undefined));
  }
  return error;
}
