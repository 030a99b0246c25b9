import type { EndpointName } from "../api/endpointNames.js";
import type {
  CustomerStatus,
  CustomerUnmasked,
  ErrorItem,
  IdentityDetails,
  StraddleRequest,
} from "../api/index.js";
import { endpointNamesInOrder } from "../api/routing.js";

/**
 * The nine endpoints, by their SDK names (API.md §2), from the endpoint table
 * (`src/api/endpointNames.ts`); the sandbox has always listed them in this order.
 */
export const sandboxEndpoints = endpointNamesInOrder([
  "customers.get",
  "customers.create",
  "customers.update",
  "customers.delete",
  "customers.list",
  "customers.unmasked",
  "customers.review.get",
  "customers.review.decision",
  "customers.review.refresh_review",
]);
export type SandboxEndpoint = EndpointName;

/** A screening result that becomes visible later (background processing, refresh_review). */
export interface SandboxPendingReview {
  /** Epoch milliseconds from which the review is visible; it settles on the next API read. */
  settles_at_ms: number;
  identity_details: IdentityDetails;
  /** The status the customer takes when the review settles; absent = unchanged. */
  status?: CustomerStatus | undefined;
}

/**
 * One stored customer: the unmasked record (dob/ssn/ein in clear, as the API keeps them)
 * plus its current review. Timestamps are wire strings; those the sandbox makes itself have
 * 7 fractional digits and `Z` (`2026-03-04T10:11:12.1234567Z`) and are shown without
 * fraction and zone by GET responses. Any other timestamp is returned exactly as stored.
 */
export interface SandboxCustomerRecord extends CustomerUnmasked {
  /** The visible review; absent while checks are pending. */
  identity_details?: IdentityDetails | null | undefined;
  pending_review?: SandboxPendingReview | null | undefined;
}

/** What `fail()` injects on the next `times` calls of an endpoint. */
export interface SandboxFailureSpec {
  /** HTTP status of the error. Default 500 (ignored with `network`). */
  status?: number | undefined;
  /** A body to send instead of the error envelope (any JSON; may even be a 2xx body that does not fit). */
  body?: unknown;
  /** Reject like `fetch` does offline: `TypeError("Failed to fetch")`. */
  network?: boolean | undefined;
  /** How many calls fail. Default 1; `Infinity` = every call until `reset()`. */
  times?: number | undefined;
  /** `error.detail` of the envelope. */
  detail?: string | undefined;
  /** `error.items` of the envelope (e.g. field errors of a 422). */
  items?: ErrorItem[] | undefined;
  /** Sent as `retry-after` (seconds). A 429 gets `1` unless given. */
  retryAfterSeconds?: number | undefined;
  /** Extra response headers. */
  headers?: Record<string, string> | undefined;
}

export interface SandboxFailure extends SandboxFailureSpec {
  endpoint: SandboxEndpoint;
}

/** One request as the sandbox received it (copied, so later changes by the caller do not show). */
export interface SandboxRequestLogEntry {
  /** `null` when no route matched (answered 404). */
  endpoint: SandboxEndpoint | null;
  method: string;
  path: string;
  /** The decoded customer id of the path, when the route has one. */
  customerId?: string | undefined;
  /** Query values as strings, the way they would arrive in a URL (arrays comma-joined). */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface SandboxOptions {
  /** Load the deterministic seed customers. Default `true`. */
  seed?: boolean | undefined;
  /** More records, inserted after the seed; part of the state `reset()` restores. */
  records?: readonly SandboxCustomerRecord[] | undefined;
  /** Simulated response time in ms. Default 0. */
  latency?: number | undefined;
  /** Clock for timestamps and delayed reviews. Default `() => new Date()`. */
  now?: (() => Date) | undefined;
  /** `processing_method: "background"`: ms until the review settles. Default 1500. */
  backgroundDelayMs?: number | undefined;
  /** refresh_review: ms until the new review is visible. Default 300. */
  refreshDelayMs?: number | undefined;
  /** The unmasked endpoint is enabled for the account. Default `true` (`false` → 403). */
  unmaskEnabled?: boolean | undefined;
  /** Failures armed from the start (a story's declarative setup). */
  failures?: readonly SandboxFailure[] | undefined;
}

export type SandboxFetcher = (request: StraddleRequest) => Promise<Response>;
