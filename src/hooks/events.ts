import type { EndpointOperation } from "../api/endpointTable.js";
import type { StraddleError, StraddleErrorKind } from "../api/errors.js";

/** The operations the hooks perform, as reported to `onError` (the endpoint table's `operation`). */
export type StraddleOperation = EndpointOperation;

/**
 * A failed request, for host telemetry. It deliberately carries no message, detail or
 * body: those can quote personal data (the API's duplicate-email error names the email).
 */
export interface StraddleErrorEvent {
  operation: StraddleOperation;
  endpoint: string;
  kind: StraddleErrorKind;
  status: number | undefined;
  /** API error type such as `/validation_error`. */
  type: string | undefined;
  /** The API's request id, for support tickets. */
  requestId: string | undefined;
  retryable: boolean;
  customerId: string | undefined;
}

/** An unmasking, for the host's audit log: which customer, when. */
export interface UnmaskEvent {
  customerId: string;
  at: Date;
}

export function toErrorEvent(
  operation: StraddleOperation,
  error: StraddleError,
  customerId: string | undefined,
): StraddleErrorEvent {
  return {
    operation,
    endpoint: error.endpoint,
    kind: error.kind,
    status: error.status,
    type: error.type,
    requestId: error.requestId,
    retryable: error.retryable,
    customerId,
  };
}
