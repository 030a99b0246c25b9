// The demo's rate limit for the public sign-up route: a token bucket per client address, in this
// process's memory. Right for one process (this demo, a single small server). Behind several
// instances each would keep its own buckets, so a client gets N times the allowance: use the
// host's shared store instead (Redis INCR + EXPIRE, or your platform's rate-limit API) inside the
// same `beforeForward` shape.

export interface TokenBucketOptions {
  /** Requests a client may make in a burst. */
  capacity: number;
  /** Tokens given back per second. */
  refillPerSecond: number;
  /** The clock, in milliseconds (tests pass their own). Default `Date.now`. */
  now?: () => number;
  /** Most clients remembered; the least recently seen are forgotten first. Default 10 000. */
  maxClients?: number;
}

export interface TokenBucket {
  /** Takes one token for `key`. `0` = allowed; otherwise the seconds to wait. */
  take(key: string): number;
}

export function createTokenBucket({
  capacity,
  refillPerSecond,
  now = Date.now,
  maxClients = 10_000,
}: TokenBucketOptions): TokenBucket {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const time = now();
      const previous = buckets.get(key);
      const tokens = previous
        ? Math.min(capacity, previous.tokens + ((time - previous.at) / 1000) * refillPerSecond)
        : capacity;
      buckets.delete(key);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: time });
        return Math.ceil((1 - tokens) / refillPerSecond);
      }
      buckets.set(key, { tokens: tokens - 1, at: time });
      // A Map keeps insertion order: the first key is the least recently seen.
      if (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      return 0;
    },
  };
}

/**
 * A `beforeForward` hook from a bucket: a 429 in Straddle's error envelope with `Retry-After`
 * once a client (by `keyOf`, e.g. the device IP) has used its tokens.
 */
export function rateLimit(
  bucket: TokenBucket,
  keyOf: (request: Request) => string | undefined,
): (request: Request) => Response | undefined {
  return (request) => {
    const wait = bucket.take(keyOf(request) ?? "unknown");
    if (wait === 0) return undefined;
    return new Response(
      JSON.stringify({
        error: {
          status: 429,
          type: "/too_many_requests",
          title: "Too Many Requests",
          detail: "Too many sign-ups from this address. Try again in a moment.",
        },
        meta: { api_request_id: crypto.randomUUID(), api_request_timestamp: new Date().toISOString() },
        response_type: "error",
      }),
      {
        status: 429,
        headers: {
          "content-type": "application/json; charset=utf-8",
          "cache-control": "no-store",
          "retry-after": String(wait),
        },
      },
    );
  };
}
