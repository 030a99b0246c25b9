import { isStraddleError } from "../api/errors.js";

export interface RetryPolicy {
  /** Retries after the first attempt, for network errors, 408, 429 and 5xx. Defaults to `2`. */
  count: number;
  /** First backoff in ms, doubled on each retry (a `retry-after` header wins). Defaults to `500`. */
  baseDelayMs: number;
  /** Upper bound of any wait, `retry-after` included. Defaults to `30000`. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { count: 2, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Never 4xx (other than 408/429); at most `count` retries otherwise. */
export function shouldRetry(policy: RetryPolicy) {
  return (failureCount: number, error: unknown) =>
    isStraddleError(error) && error.retryable && failureCount < policy.count;
}

export function retryDelay(policy: RetryPolicy) {
  return (attempt: number, error: unknown) => {
    const wait =
      isStraddleError(error) && error.retryAfterMs !== undefined
        ? error.retryAfterMs
        : policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    return Math.min(wait, policy.maxDelayMs);
  };
}
