import { apiErrorKinds, type ErrorKind, errorKindIn } from "../api/errorKinds.js";
import { randomId } from "../api/ids.js";

/** The status codes the proxy answers by itself (Straddle's own errors pass through unchanged). */
export type ProxyErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500 | 502 | 504;

/** The API's error kinds, and those of the statuses only the proxy answers with. */
const kinds: Readonly<Record<number, ErrorKind>> = {
  ...apiErrorKinds,
  405: { type: "/method_not_allowed", title: "Method Not Allowed" },
  413: { type: "/payload_too_large", title: "Payload Too Large" },
  415: { type: "/unsupported_media_type", title: "Unsupported Media Type" },
  504: { type: "/gateway_timeout", title: "Gateway Timeout" },
};

const kindOf = (status: number): ErrorKind => errorKindIn(kinds, status);

function envelope(status: number, detail: string, extraHeaders?: Record<string, string>): Response {
  const { type, title } = kindOf(status);
  const body = {
    error: { status, type, title, detail },
    meta: { api_request_id: randomId(), api_request_timestamp: new Date().toISOString() },
    response_type: "error",
  };
  return new Response(JSON.stringify(body), { status, headers: responseHeaders(extraHeaders) });
}

/**
 * Details of refusals that must not explain themselves: which rule refused a request (an
 * unknown route, a role without access, unmask not enabled, …) is the host's business, so
 * every 401/403/404/405 carries only this short, fixed text.
 */
const quiet: Partial<Record<ProxyErrorStatus, string>> = {
  401: "Not authorised.",
  403: "Not allowed.",
  404: "Not found.",
  405: "Method not allowed.",
  500: "The request could not be completed.",
  502: "Straddle could not be reached.",
  504: "Straddle did not answer in time.",
};

/** Headers on every response of the proxy, errors included. */
export function responseHeaders(extra?: Record<string, string>): Headers {
  const headers = new Headers({
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return headers;
}

/**
 * An error in Straddle's own envelope (API-NOTES.md), so the client library reads it like any
 * API error: `{ error: { status, type, title, detail }, meta: { api_request_id,
 * api_request_timestamp }, response_type: "error" }`. `api_request_id` is a fresh UUID.
 *
 * `detail` is used only for 400, 413 and 415 (problems with the caller's own input); every
 * other status gets a fixed sentence, so nothing about the rules, the upstream failure or the
 * configuration (least of all the API key) can leak into a response.
 */
export function proxyError(
  status: ProxyErrorStatus,
  detail?: string,
  extraHeaders?: Record<string, string>,
): Response {
  return envelope(status, quiet[status] ?? detail ?? `${kindOf(status).title}.`, extraHeaders);
}

/**
 * An upstream error status whose body is empty or not JSON (Straddle's 401 has an empty body; a
 * load balancer may answer with HTML), rewritten into the envelope with the same status.
 */
export function upstreamErrorEnvelope(status: number, extraHeaders?: Record<string, string>): Response {
  return envelope(status, `Straddle answered ${status} without details.`, extraHeaders);
}
