import { StraddleError } from "../api/errors.js";

/** The rejection of an action on a customer when the hook was given no id. */
export function noId(endpoint: string): StraddleError {
  return new StraddleError({
    kind: "invalid_request",
    endpoint,
    message: `${endpoint} needs a customer id.`,
  });
}
