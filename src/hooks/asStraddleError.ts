import { StraddleError } from "../api/errors.js";

/** Anything thrown below the hooks becomes a StraddleError, so `error` has one type. */
export function asStraddleError(error: unknown, endpoint: string): StraddleError {
  if (error instanceof StraddleError) return error;
  return new StraddleError({
    kind: "invalid_response",
    endpoint,
    message: error instanceof Error ? error.message : "Unexpected error.",
    cause: error,
  });
}
