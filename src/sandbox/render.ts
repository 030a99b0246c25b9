import type {
  Customer,
  CustomerReview,
  CustomerSummary,
  CustomerUnmasked,
  IdentityDetails,
} from "../api/index.js";
import { maskComplianceProfile } from "./masking.js";
import { formatTimestamp, type TimestampStyle } from "./timestamps.js";
import type { SandboxCustomerRecord } from "./types.js";

/** A deep copy through JSON (records are plain JSON data). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The record as `unmasked` returns it: everything but the sandbox's own bookkeeping. */
export function renderUnmasked(record: SandboxCustomerRecord, style: TimestampStyle): CustomerUnmasked {
  const { identity_details: _identity, pending_review: _pending, ...customer } = cloneJson(record);
  customer.created_at = formatTimestamp(customer.created_at, style);
  customer.updated_at = formatTimestamp(customer.updated_at, style);
  return customer;
}

/** The record as get/create/update/delete/decision/refresh return it: dob, ssn and ein masked. */
export function renderCustomer(record: SandboxCustomerRecord, style: TimestampStyle): Customer {
  const customer: Customer = renderUnmasked(record, style);
  if ("compliance_profile" in customer)
    customer.compliance_profile = maskComplianceProfile(record.compliance_profile);
  return customer;
}

/** A row of the list: no address, PII, config, device or metadata. */
export function renderSummary(record: SandboxCustomerRecord, style: TimestampStyle): CustomerSummary {
  const summary: CustomerSummary = {
    id: record.id,
    created_at: formatTimestamp(record.created_at, style),
    updated_at: formatTimestamp(record.updated_at, style),
    name: record.name,
    email: record.email,
    phone: record.phone,
    status: record.status,
    type: record.type,
  };
  if (record.external_id !== undefined) summary.external_id = record.external_id;
  return summary;
}

export function renderIdentity(identity: IdentityDetails, style: TimestampStyle): IdentityDetails {
  const out = cloneJson(identity);
  out.created_at = formatTimestamp(out.created_at, style);
  out.updated_at = formatTimestamp(out.updated_at, style);
  return out;
}

/** `CustomerReviewV1.data`: the masked customer plus its visible review (absent while pending). */
export function renderReview(record: SandboxCustomerRecord, style: TimestampStyle): CustomerReview {
  const review: CustomerReview = { customer_details: renderCustomer(record, style) };
  if (record.identity_details !== undefined && record.identity_details !== null) {
    review.identity_details = renderIdentity(record.identity_details, style);
  } else if (record.identity_details === null) {
    review.identity_details = null;
  }
  return review;
}
