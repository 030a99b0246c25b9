import type { StraddleError } from "../../api/errors.js";

/**
 * What went wrong, as a person acts on it: the connection (`network`), the credentials (`unauthorized`,
 * 401), the account's access (`forbidden`, 403), a missing record (`notFound`, 404), the API refusing
 * the request as it stands (`rejected`, 422), the server (`server`, 5xx), an answer we could not
 * read (`invalidResponse`), anything else (`other`, or no error at all).
 */
export type ErrorKind =
  | "network"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "rejected"
  | "server"
  | "invalidResponse"
  | "other";

const kindByStatus: ReadonlyMap<number, ErrorKind> = new Map([
  [401, "unauthorized"],
  [403, "forbidden"],
  [404, "notFound"],
  [422, "rejected"],
]);

export function errorKindOf(error: StraddleError | null | undefined): ErrorKind {
  if (!error) return "other";
  if (error.kind === "network") return "network";
  if (error.kind === "invalid_response") return "invalidResponse";
  if (error.kind !== "http" || error.status === undefined) return "other";
  return kindByStatus.get(error.status) ?? (error.status >= 500 ? "server" : "other");
}

/** Words for some kinds of error; `other` for the rest. */
export type ErrorTexts = Partial<Record<ErrorKind, string>> & { other: string };

/** The one error-to-text choice of the components: the words for the error's kind, else `other`. */
export function errorText(texts: ErrorTexts, error: StraddleError | null | undefined): string {
  return texts[errorKindOf(error)] ?? texts.other;
}

/** A 404 or a 403: trying again cannot help, so the error says what it is and offers no retry. */
export function accessErrorOf(error: StraddleError | null | undefined): "notFound" | "forbidden" | undefined {
  const kind = errorKindOf(error);
  return kind === "notFound" || kind === "forbidden" ? kind : undefined;
}
