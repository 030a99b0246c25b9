import { StraddleError } from "./errors.js";
import { isMasked } from "./masking.js";
import type { Customer } from "./schemas/customer.js";
import type { UpdateCustomerInput } from "./schemas/requests.js";

/**
 * Changes to apply with `update()`. Fields left out keep their current value; `null`
 * removes an optional part (address, external id, metadata). The compliance profile is
 * sent only when given (the stored one comes back masked and cannot be sent again).
 */
export type CustomerChanges = {
  [K in keyof UpdateCustomerInput]?: K extends "name" | "email" | "phone" | "status" | "device"
    ? UpdateCustomerInput[K]
    : UpdateCustomerInput[K] | null;
};

/** The PUT body: the API requires name, email, phone, status and device every time. */
export function buildUpdateBody(current: Customer, changes: CustomerChanges): UpdateCustomerInput {
  const device = changes.device ?? current.device;
  if (!device || isMasked(device.ip_address)) {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint: "PUT /v1/customers/{id}",
      message:
        "The API requires the device IP on every update, and the stored one is masked or missing: pass `device: { ip_address }` in the changes.",
    });
  }
  const body: UpdateCustomerInput = {
    name: changes.name ?? current.name,
    email: changes.email ?? current.email,
    phone: changes.phone ?? current.phone,
    status: changes.status ?? current.status,
    device: { ip_address: device.ip_address },
  };
  const address = changes.address === undefined ? current.address : changes.address;
  if (address) {
    body.address = {
      address1: address.address1,
      city: address.city,
      state: address.state,
      zip: address.zip,
      ...(address.address2 ? { address2: address.address2 } : {}),
    };
  }
  const externalId = changes.external_id === undefined ? current.external_id : changes.external_id;
  if (externalId) body.external_id = externalId;
  const metadata = changes.metadata === undefined ? current.metadata : changes.metadata;
  if (metadata) body.metadata = metadata;
  if (changes.compliance_profile) body.compliance_profile = changes.compliance_profile;
  return body;
}
