import type { ErrorItem } from "./schemas/error.js";

export type StraddleErrorKind =
  /** The API answered with a non-2xx status. */
  | "http"
  /** The request never got an answer (offline, DNS, CORS, a proxy that dropped it). */
  | "network"
  /** The answer was not JSON, or its JSON does not fit the endpoint's schema. */
  | "invalid_response"
  /** The request was cancelled (unmount, id change). */
  | "aborted"
  /** The library refused to send the request (e.g. an empty id). */
  | "invalid_request";

export interface StraddleErrorInit {
  kind: StraddleErrorKind;
  message: string;
  endpoint: string;
  status?: number | undefined;
  type?: string | undefined;
  title?: string | undefined;
  detail?: string | undefined;
  items?: ErrorItem[] | undefined;
  requestId?: string | undefined;
  retryAfterMs?: number | undefined;
  issues?: readonly StraddleIssue[] | undefined;
  cause?: unknown;
}

/** One problem found when validating a response, with a readable path (`data.status`). */
export interface StraddleIssue {
  path: string;
  message: string;
}

/**
 * The one error type of the library. Branch on `kind`, then on `status`. Carries no
 * request or response body, so it is safe to hand to telemetry: API messages may quote
 * what was sent (e.g. an email), so only `type`, `status`, `endpoint` and `requestId`
 * should leave the browser.
 */
export class StraddleError extends Error {
  override readonly name = "StraddleError";
  readonly kind: StraddleErrorKind;
  /** `"GET /v1/customers/{id}"`: the endpoint, without ids. */
  readonly endpoint: string;
  readonly status: number | undefined;
  /** API error type such as `/validation_error`. */
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly items: readonly ErrorItem[];
  /** Field errors keyed by form path (`device.ip_address`, `email`), from `items[].reference`. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** The API's `meta.api_request_id`, for support tickets. */
  readonly requestId: string | undefined;
  /** From a `retry-after` header, when the API sent one. */
  readonly retryAfterMs: number | undefined;
  readonly issues: readonly StraddleIssue[];

  constructor(init: StraddleErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.items = init.items ?? [];
    this.fieldErrors = mapFieldErrors(this.items, this.detail);
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.issues = init.issues ?? [];
  }

  /**
   * Worth another attempt: network trouble, 408, 429 and 5xx. Never other 4xx — in particular
   * not 409 Conflict, which is an `Idempotency-Key` reused with a different body: sending it
   * again can only conflict again (a new request needs a new key).
   */
  get retryable(): boolean {
    if (this.kind === "network") return true;
    if (this.kind !== "http" || this.status === undefined) return false;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export function isStraddleError(value: unknown): value is StraddleError {
  return value instanceof StraddleError;
}

/**
 * `Device.IpAddress` → `device.ip_address`, `Address.Zip` → `address.zip`,
 * `customer.email` → `email`, `ComplianceProfile.SSN` → `compliance_profile.ssn`,
 * `$.compliance_profile.representatives[0].Email` → `compliance_profile.representatives.0.email`
 * (the form-library path style).
 */
export function referenceToPath(reference: string): string {
  const parts = reference
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "$")
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
        .toLowerCase(),
    );
  if (parts[0] === "customer" && parts.length > 1) parts.shift();
  return parts.join(".");
}

// A duplicate email comes back as a 422 with empty `items`: "Email '…' already exists and must
// be unique." It still belongs on the email field.
const DUPLICATE_EMAIL = /^email\b.*\balready exists\b/i;

function mapFieldErrors(items: readonly ErrorItem[], detail: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    if (!item.reference) continue;
    const path = referenceToPath(item.reference);
    if (path && !(path in out)) out[path] = item.detail ?? "Invalid value.";
  }
  if (!("email" in out) && detail && DUPLICATE_EMAIL.test(detail)) out.email = detail;
  return out;
}
