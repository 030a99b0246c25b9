import type { CustomerFormMessages } from "../context.js";
import { isFixed, type ResolvedFieldControl } from "../fieldControl.js";
import type { FieldName } from "../fields/Field.js";

export type OnboardingStepId = "about" | "contact" | "address" | "identity" | "review";

export interface OnboardingStep {
  id: OnboardingStepId;
  /** What `trigger` validates before the next step (a parent name covers its children). */
  fields: FieldName[];
}

/**
 * The field control of the onboarding variant: nothing only an admin decides is shown (external
 * id, metadata, sandbox outcome: hidden unless the host fixes a value), and the device IP is
 * stamped by the server unless the host fixes it.
 */
export function onboardingFields(fields: ResolvedFieldControl): ResolvedFieldControl {
  return {
    ...fields,
    device: isFixed(fields.device) ? fields.device : "server",
    external_id: isFixed(fields.external_id) ? fields.external_id : "hidden",
    metadata: isFixed(fields.metadata) ? fields.metadata : "hidden",
    config: isFixed(fields.config) ? fields.config : "hidden",
  };
}

/** who you are → contact → address → identity → review; a step whose fields are hidden is left out. */
export function onboardingSteps(fields: ResolvedFieldControl): OnboardingStep[] {
  const steps: OnboardingStep[] = [
    { id: "about", fields: ["type", "name"] },
    { id: "contact", fields: ["email", "phone"] },
  ];
  if (fields.address !== "hidden") steps.push({ id: "address", fields: ["address"] });
  if (fields.compliance_profile !== "hidden") steps.push({ id: "identity", fields: ["compliance_profile"] });
  steps.push({ id: "review", fields: [] });
  return steps;
}

/** The step that shows the input of a form path (`compliance_profile.ssn` → identity). */
export function stepOfPath(path: string): OnboardingStepId {
  const head = path.split(".")[0];
  if (head === "type" || head === "name") return "about";
  if (head === "address") return "address";
  if (head === "compliance_profile") return "identity";
  if (head === "email" || head === "phone" || head === "device") return "contact";
  return "review";
}

/** The form's messages with the friendlier words of the onboarding variant where it has them. */
export function onboardingMessages(messages: CustomerFormMessages): CustomerFormMessages {
  const o = messages.onboarding;
  return {
    ...messages,
    sections: { ...messages.sections, ...o.sections },
    sectionHints: { ...messages.sectionHints, ...o.sectionHints },
    type: { ...messages.type, ...o.type },
    labels: { ...messages.labels, ...o.labels },
  };
}

/** `123-45-6789` → `***-**-6789`. */
export const maskSsn = (ssn: string) => `***-**-${ssn.slice(-4)}`;
/** `12-3456789` → `**-***6789`. */
export const maskEin = (ein: string) => `**-***${ein.slice(-4)}`;
/** `1990-12-10` → `1990-**-**`: the year, to recognise it; never the day. */
export const maskDob = (dob: string) => `${dob.slice(0, 4)}-**-**`;
