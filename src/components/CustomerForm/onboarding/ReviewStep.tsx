import { format } from "../../../messages/merge.js";
import { Button } from "../../shared/Button.js";
import type { CustomerFormMessages } from "../context.js";
import { isFixed, type ResolvedFieldControl } from "../fieldControl.js";
import type { CustomerFormPayload } from "../formSchema.js";
import { maskDob, maskEin, maskSsn, type OnboardingStep, type OnboardingStepId } from "./steps.js";

type Row = [label: string, value: string];

/**
 * What will be sent, step by step, with an Edit button back to each step. SSN and EIN show
 * their last four digits, the date of birth its year: enough to spot a typo, not enough to
 * read over a shoulder.
 */
export function ReviewStep({
  payload,
  steps,
  fields,
  messages,
  onEdit,
}: {
  payload: CustomerFormPayload;
  steps: readonly OnboardingStep[];
  fields: ResolvedFieldControl;
  messages: CustomerFormMessages;
  onEdit: (index: number) => void;
}) {
  const o = messages.onboarding;
  const r = o.review;
  const given = (value: string | null | undefined) => (value ? value : r.notGiven);
  const profile = payload.compliance_profile;
  const groups: Partial<Record<OnboardingStepId, Row[]>> = {
    about: [
      [r.type, messages.type[payload.type]],
      [r.name, payload.name],
    ],
    contact: [
      [r.email, payload.email],
      [r.phone, payload.phone],
      [r.device, isFixed(fields.device) ? fields.device.value : r.deviceServer],
    ],
    address: [
      [
        r.address,
        payload.address
          ? [
              payload.address.address1,
              payload.address.address2,
              `${payload.address.city}, ${payload.address.state} ${payload.address.zip}`,
            ]
              .filter(Boolean)
              .join(", ")
          : r.notGiven,
      ],
    ],
    identity:
      profile && "ssn" in profile
        ? [
            [r.dob, maskDob(profile.dob)],
            [r.ssn, maskSsn(profile.ssn)],
          ]
        : profile && "ein" in profile
          ? [
              [r.legalBusinessName, profile.legal_business_name],
              [r.ein, maskEin(profile.ein)],
              [r.website, given(profile.website)],
              [r.representatives, given(profile.representatives?.map((person) => person.name).join(", "))],
            ]
          : [[payload.type === "business" ? r.ein : r.ssn, r.notGiven]],
  };
  return (
    <div className="sc-CustomerForm-review">
      {steps.map((step, index) => {
        const rows = groups[step.id];
        if (!rows) return null;
        const title = o.steps[step.id];
        return (
          <section key={step.id} className="sc-CustomerForm-reviewGroup" data-review={step.id}>
            <div className="sc-CustomerForm-reviewHead">
              <h3 className="sc-CustomerForm-reviewTitle">{title}</h3>
              <Button
                variant="ghost"
                aria-label={format(o.actions.editStep, { step: title })}
                onClick={() => onEdit(index)}
              >
                {o.actions.edit}
              </Button>
            </div>
            <dl className="sc-CustomerForm-reviewList">
              {rows.map(([label, value]) => (
                <div key={label} className="sc-CustomerForm-reviewRow">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
