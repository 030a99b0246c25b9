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

const errorKinds: Record<number, { type: string; title: string }> = {
  400: { type: "/bad_request", title: "Bad Request" },
  401: { type: "/unauthorized", title: "Unauthorized" },
  403: { type: "/forbidden", title: "Forbidden" },
  404: { type: "/not_found", title: "Not Found" },
  408: { type: "/request_timeout", title: "Request Timeout" },
  409: { type: "/conflict", title: "Conflict" },
  422: { type: "/validation_error", title: "Validation Failed" },
  429: { type: "/too_many_requests", title: "Too Many Requests" },
  500: { type: "/internal_server_error", title: "Internal Server Error" },
  502: { type: "/bad_gateway", title: "Bad Gateway" },
  503: { type: "/service_unavailable", title: "Service Unavailable" },
};

export function errorKind(status: number): { type: string; title: string } {
  return (
    errorKinds[status] ??
    (status >= 500
      ? { type: "/server_error", title: "Server Error" }
      : { type: "/error", title: "Request Failed" })
  );
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
