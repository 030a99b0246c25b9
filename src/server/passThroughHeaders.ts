/**
 * The upstream response headers a client may need, and the only ones the proxy passes on:
 * `Idempotent-Replayed` (the answer is a replay of an earlier request with the same
 * `Idempotency-Key`), `Retry-After`, and the rate-limit headers (`X-RateLimit-*` and the IETF
 * `RateLimit`, `RateLimit-Policy`, `RateLimit-Limit/Remaining/Reset`) when Straddle sends them.
 * Everything else Straddle answers with (cookies, hop-by-hop and caching headers, server
 * details) stays on the server.
 */
export const passedResponseHeaders = [
  "idempotent-replayed",
  "retry-after",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
  "ratelimit",
  "ratelimit-policy",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
] as const;

/** Each passed header's value must fit its rule, or it is dropped. */
const RETRY_AFTER = /^(?:\d{1,10}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;
const BOOLEAN = /^(?:true|false)$/i;
// Numbers, and the structured-field lists of the IETF headers (`limit=100, remaining=5, reset=30`,
// `100;w=60`): no quotes beyond plain tokens, no control characters, short.
const RATE_LIMIT = /^[A-Za-z0-9 ,;=.:"_-]{1,200}$/;

function rule(name: (typeof passedResponseHeaders)[number]): RegExp {
  if (name === "retry-after") return RETRY_AFTER;
  if (name === "idempotent-replayed") return BOOLEAN;
  return RATE_LIMIT;
}

/** The allowed headers of an upstream response whose values are well-formed (lowercase names). */
export function passThroughHeaders(upstream: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of passedResponseHeaders) {
    const value = upstream.get(name)?.trim();
    if (value && rule(name).test(value)) out[name] = value;
  }
  return out;
}
