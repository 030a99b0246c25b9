import type { processingMethods, sandboxOutcomes } from "../../api/schemas/common.js";

export type SandboxOutcomeValue = (typeof sandboxOutcomes)[number];
export type ProcessingMethodValue = (typeof processingMethods)[number];

/** A value the host decides: the field is not shown, and this value is always sent. */
export interface CustomerFormFixedValue<T> {
  value: T;
}

/**
 * Which fields the host decides itself. Every key is optional; leaving it out keeps the default.
 * - `"shown"`: the person fills it in.
 * - `"hidden"`: not shown and not sent (in edit mode the stored value is kept as it is).
 * - `{ value }`: not shown; this value is sent on every create and update.
 *
 * @example
 * <CustomerForm
 *   fields={{ device: { value: clientIp }, external_id: { value: user.id }, metadata: "hidden" }}
 *   onSuccess={…}
 * />
 */
export interface CustomerFormFieldControl {
  /**
   * The device IP the customer signed up from (required by the API on create and update).
   * - `"server"`: no field and nothing sent; the host's proxy stamps it (`deviceIp` of
   *   `createStraddleProxy` / `createOnboardingProxy`). The safe choice on a public form, where a
   *   value from the browser could be anything. The default of `variant="onboarding"`.
   * - `{ value: "0.0.0.0" }`: fixed by the host (`"0.0.0.0"` = an offline sign-up).
   * - `"shown"` (default): the person (or an admin) types it.
   */
  device?: "shown" | "server" | CustomerFormFixedValue<string>;
  /** The whole address section. Defaults to `"shown"` (optional, all-or-nothing once started). */
  address?: "shown" | "hidden";
  /** Your own id for the customer. Defaults to `"shown"`. */
  external_id?: "shown" | "hidden" | CustomerFormFixedValue<string>;
  /** Key/value pairs (at most 20). Defaults to `"shown"`. */
  metadata?: "shown" | "hidden" | CustomerFormFixedValue<Record<string, string>>;
  /**
   * Sandbox only: the forced outcome of the identity checks. Defaults to `"hidden"`; `"shown"`
   * offers the outcome select. Never sent on update (the API does not accept it).
   */
  config?:
    | "shown"
    | "hidden"
    | CustomerFormFixedValue<{
        processing_method?: ProcessingMethodValue;
        sandbox_outcome?: SandboxOutcomeValue;
      }>;
  /**
   * The compliance profile (date of birth + SSN, or legal name + EIN + website + representatives).
   * Defaults to `"required"` on create: identity verification needs it. `"optional"` lets the
   * person leave it empty (all-or-nothing once started); `"hidden"` never asks for it. In edit
   * mode it is always optional: blank masked fields keep the stored values.
   */
  compliance_profile?: "required" | "optional" | "hidden";
}

/** Every key decided, defaults applied. */
export type ResolvedFieldControl = Required<CustomerFormFieldControl>;

export function resolveFieldControl(control: CustomerFormFieldControl | undefined): ResolvedFieldControl {
  return {
    device: control?.device ?? "shown",
    address: control?.address ?? "shown",
    external_id: control?.external_id ?? "shown",
    metadata: control?.metadata ?? "shown",
    config: control?.config ?? "hidden",
    compliance_profile: control?.compliance_profile ?? "required",
  };
}

export function isFixed<T>(
  setting: string | CustomerFormFixedValue<T>,
): setting is CustomerFormFixedValue<T> {
  return typeof setting === "object" && setting !== null;
}
