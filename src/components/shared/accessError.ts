import type { StraddleError } from "../../api/errors.js";

/** A 404 or a 403: trying again cannot help, so the error says what it is and offers no retry. */
export function accessErrorOf(error: StraddleError | null | undefined): "notFound" | "forbidden" | undefined {
  if (error?.kind !== "http") return undefined;
  return error.status === 404 ? "notFound" : error.status === 403 ? "forbidden" : undefined;
}
