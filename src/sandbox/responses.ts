import { apiErrorKinds, type ErrorKind, errorKindIn } from "../api/errorKinds.js";
import type { ErrorItem } from "../api/index.js";
import { formatTimestamp, type TimestampStyle } from "./timestamps.js";

/** An answer before it becomes a `Response`; `body: undefined` = empty body. */
export interface SandboxResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string> | undefined;
}

/** Where a response's `meta` comes from. */
export interface MetaSource {
  uuid(): string;
  /** Now, as a sandbox timestamp. */
  stamp(): string;
}

/** The API's `type` and `title` of an error status. */
export function errorKind(status: number): ErrorKind {
  return errorKindIn(apiErrorKinds, status);
}

export function meta(source: MetaSource, style: TimestampStyle) {
  return { api_request_id: source.uuid(), api_request_timestamp: formatTimestamp(source.stamp(), style) };
}

/** `{ meta, response_type, data }`. */
export function success(
  source: MetaSource,
  style: TimestampStyle,
  data: unknown,
  status = 200,
  responseType: "object" | "array" = "object",
): SandboxResult {
  return { status, body: { meta: meta(source, style), response_type: responseType, data } };
}

/** The error envelope of API-NOTES.md: `{ error: { status, type, title, detail, items }, meta, response_type }`. */
export function failure(
  source: MetaSource,
  style: TimestampStyle,
  status: number,
  detail: string,
  items: ErrorItem[] = [],
): SandboxResult {
  const { type, title } = errorKind(status);
  return {
    status,
    body: {
      error: { status, type, title, detail, items },
      meta: meta(source, style),
      response_type: "error",
    },
  };
}

/** A real `Response` (the global one), JSON unless the body is empty. */
export function toResponse(result: SandboxResult): Response {
  const headers = new Headers(result.headers);
  const bodyless = result.status === 204 || result.status === 205 || result.status === 304;
  if (result.body === undefined || bodyless) return new Response(null, { status: result.status, headers });
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
