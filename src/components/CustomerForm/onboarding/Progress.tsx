import { Icon } from "../../shared/Icon.js";
import type { CustomerFormMessages } from "../context.js";
import type { OnboardingStep } from "./steps.js";

/**
 * The steps as a list: done ones with a check, the current one `aria-current="step"`. A
 * picture of where the person is, not a navigation (Back and the review's Edit buttons move).
 */
export function Progress({
  steps,
  index,
  messages,
}: {
  steps: readonly OnboardingStep[];
  index: number;
  messages: CustomerFormMessages["onboarding"];
}) {
  return (
    <ol className="sc-CustomerForm-progress" aria-label={messages.progressLabel}>
      {steps.map((step, at) => {
        const state = at < index ? "done" : at === index ? "current" : "upcoming";
        return (
          <li
            key={step.id}
            className="sc-CustomerForm-progressStep"
            data-state={state}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="sc-CustomerForm-progressDot" aria-hidden="true">
              {state === "done" ? <Icon name="check" /> : at + 1}
            </span>
            <span className="sc-CustomerForm-progressLabel">{messages.steps[step.id]}</span>
          </li>
        );
      })}
    </ol>
  );
}
