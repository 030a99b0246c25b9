import { isValidIdempotencyKey, randomId } from "../api/ids.js";
import { proxyError } from "./errors.js";
import { type EndpointRule, listQueryParameters } from "./routes.js";

/**
 * The checks on what the client sent besides the body: the trace headers, the
 * `Idempotency-Key` and the list query. Each either passes a value on or refuses with the
 * response to send (a 400 in Straddle's envelope).
 */

/** `Request-Id` / `Correlation-Id`: at most this many printable ASCII characters. */
export const MAX_TRACE_ID_LENGTH = 128;
/** A forwarded list parameter's value: at most this many characters. */
export const MAX_QUERY_VALUE_LENGTH = 512;

const listParameters = new Set(listQueryParameters);

/** A check's outcome: the value to go on with, or the response that ends the request. */
export type Step<T> = { ok: true; value: T } | { ok: false; response: Response };
export const ok = <T>(value: T): Step<T> => ({ ok: true, value });
export const refuse = (response: Response): Step<never> => ({ ok: false, response });

/** Every character in U+0020–U+007E (printable ASCII, space included). */
export function isPrintableAscii(value: string, allowSpace = true): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x7e || code < 0x20 || (!allowSpace && code === 0x20)) return false;
  }
  return true;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return true;
  }
  return false;
}

/**
 * `Request-Id` and `Correlation-Id` (1–128 printable ASCII characters, else 400; a missing
 * `Request-Id` is generated so every upstream call can be traced) and, on the five mutating
 * endpoints only, `Idempotency-Key` (10–40 of `A–Z a–z 0–9 _ -`, else 400; dropped elsewhere).
 * No other client header is ever forwarded.
 */
export function traceHeaders(request: Request, rule: EndpointRule): Step<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ["Request-Id", "Correlation-Id"] as const) {
    const value = request.headers.get(name);
    if (value === null) continue;
    if (value.length < 1 || value.length > MAX_TRACE_ID_LENGTH || !isPrintableAscii(value)) {
      return refuse(
        proxyError(400, `The ${name} header must be 1–${MAX_TRACE_ID_LENGTH} printable ASCII characters.`),
      );
    }
    out[name] = value;
  }
  out["Request-Id"] ??= randomId();
  if (rule.idempotent) {
    const key = request.headers.get("Idempotency-Key");
    if (key !== null) {
      if (!isValidIdempotencyKey(key)) {
        return refuse(
          proxyError(400, 'The Idempotency-Key header must be 10–40 letters, digits, "-" or "_".'),
        );
      }
      out["Idempotency-Key"] = key;
    }
  }
  return ok(out);
}

/**
 * The documented list parameters, re-encoded by the proxy; every other parameter is dropped.
 * A repeated parameter, a value over 512 characters or one with control characters → 400.
 * Empty values are dropped.
 */
export function listQuery(params: URLSearchParams): Step<string> {
  const out = new URLSearchParams();
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!listParameters.has(key)) continue;
    if (seen.has(key)) return refuse(proxyError(400, `The query parameter ${key} is repeated.`));
    seen.add(key);
    if (value.length > MAX_QUERY_VALUE_LENGTH || hasControlCharacter(value)) {
      return refuse(
        proxyError(400, `The query parameter ${key} is too long or contains control characters.`),
      );
    }
    if (value !== "") out.set(key, value);
  }
  const text = out.toString();
  return ok(text ? `?${text}` : "");
}
