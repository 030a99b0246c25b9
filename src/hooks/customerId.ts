import { StraddleError } from "../api/errors.js";

/** The rejection of an action on a customer when the hook was given no id. */
export function noId(endpoint: string): StraddleError {
  return new StraddleError({
    kind: "invalid_request",
    endpoint,
    message: `${endpoint} needs a customer id.`,
  });
}

/** The id an action on the review needs (the review hooks name no endpoint here). */
export function requireId(id: string | null): string {
  if (!id) {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint: "(none)",
      message: "This action needs a customer id.",
    });
  }
  return id;
}
