import {
  duplicateEmail,
  emailTaken,
  type Handler,
  parseBody,
  stampIdentity,
  withCustomer,
} from "./context.js";
import { renderCustomer, renderUnmasked } from "./render.js";
import { failure, success } from "./responses.js";
import { screenCustomer } from "./screening.js";
import type { SandboxCustomerRecord } from "./types.js";
import { nullMeansAbsent, updatedProfile } from "./wire.js";

/** GET /v1/customers/{id} — masked. */
export const getCustomerHandler = withCustomer((ctx, request, record) =>
  success(ctx, request.style, renderCustomer(record, request.style)),
);

const unmaskedHandler = withCustomer((ctx, request, record) =>
  success(ctx, request.style, renderUnmasked(record, request.style)),
);

/** GET /v1/customers/{id}/unmasked — 403 when the account does not have it enabled. */
export const getUnmaskedHandler: Handler = (ctx, request) => {
  if (!ctx.settings.unmaskEnabled) {
    return failure(ctx, request.style, 403, "Unmasked customer data is not enabled for this account.");
  }
  return unmaskedHandler(ctx, request);
};

/**
 * POST /v1/customers. Validated like the API (`createWireSchemas`: the form's field rules, with
 * `null` meaning absent wherever the API allows it); the duplicate email
 * check ignores case. The review follows `config` (see `screenCustomer`): `inline` (default)
 * settles at once, `background` leaves the customer `pending` without a review until
 * `backgroundDelayMs` has passed, `skip` runs no screening (status `pending`, or the forced
 * outcome).
 */
export const createCustomerHandler: Handler = (ctx, request) => {
  const parsed = parseBody(ctx, request, ctx.schemas.createCustomer, nullMeansAbsent(request.body));
  if (!parsed.ok) return parsed.result;
  const input = parsed.data;
  if (emailTaken(ctx, input.email)) return duplicateEmail(ctx, request, input.email);

  const nowMs = ctx.nowMs();
  const stamp = ctx.stampAt(nowMs);
  const processing = input.config?.processing_method ?? "inline";
  const outcome = input.config?.sandbox_outcome ?? "standard";
  const record: SandboxCustomerRecord = {
    id: ctx.uuid(),
    created_at: stamp,
    email: input.email,
    name: input.name,
    phone: input.phone,
    status: "pending",
    type: input.type,
    updated_at: stamp,
    address: input.address,
    compliance_profile: input.compliance_profile,
    config: { processing_method: processing, sandbox_outcome: outcome },
    device: input.device,
    external_id: input.external_id,
    metadata: input.metadata,
  };
  if (processing === "skip") {
    if (outcome !== "standard") record.status = outcome;
  } else {
    const result = screenCustomer(record, outcome);
    if (processing === "background") {
      const settlesAt = nowMs + ctx.settings.backgroundDelayMs;
      const identity = stampIdentity(ctx, result.identity, nowMs, settlesAt);
      record.pending_review = { settles_at_ms: settlesAt, identity_details: identity, status: result.status };
    } else {
      record.identity_details = stampIdentity(ctx, result.identity, nowMs);
      record.status = result.status;
    }
  }
  const stored = ctx.store.insert(record);
  return success(ctx, request.style, renderCustomer(stored, request.style), 201);
};

/**
 * PUT /v1/customers/{id}: validated by the record's type. Replaces name, email, phone, status,
 * device, address, external_id and metadata (an omitted or `null` optional field is cleared).
 * An omitted `compliance_profile` keeps the stored one, and so does an omitted dob, ssn, ein
 * or legal_business_name inside a given one (`updatedProfile`): responses only ever carry
 * masked values, so an edit form cannot send them back. `type` and `config` cannot change.
 */
export const updateCustomerHandler = withCustomer((ctx, request, record) => {
  const schema = record.type === "individual" ? ctx.schemas.updateIndividual : ctx.schemas.updateBusiness;
  const parsed = parseBody(ctx, request, schema, nullMeansAbsent(request.body));
  if (!parsed.ok) return parsed.result;
  const input = parsed.data;
  if (emailTaken(ctx, input.email, record.id)) return duplicateEmail(ctx, request, input.email);

  const updated: SandboxCustomerRecord = {
    id: record.id,
    created_at: record.created_at,
    email: input.email,
    name: input.name,
    phone: input.phone,
    status: input.status,
    type: record.type,
    updated_at: ctx.stampAt(ctx.nowMs()),
    address: input.address,
    compliance_profile: updatedProfile(record.compliance_profile, input.compliance_profile),
    config: record.config,
    device: input.device,
    external_id: input.external_id,
    metadata: input.metadata,
    identity_details: record.identity_details,
    pending_review: record.pending_review,
  };
  const stored = ctx.store.put(updated);
  return success(ctx, request.style, renderCustomer(stored, request.style));
});

/** DELETE /v1/customers/{id}: permanent; answers with the deleted customer. */
export const deleteCustomerHandler = withCustomer((ctx, request, record) => {
  ctx.store.remove(record.id);
  return success(ctx, request.style, renderCustomer(record, request.style));
});
