import { type ReactNode, type Ref, useId } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { ReviewDecisionStatus } from "../../api/schemas/common.js";
import { format } from "../../messages/merge.js";
import { Button } from "./Button.js";
import { errorKindOf } from "./errorText.js";
import { Icon } from "./Icon.js";
import { dialogSections, useMessages } from "./useMessages.js";

/**
 * The parts of a review decision, shared by `<DecisionDialog>` and `<ReviewQueue>`'s inline
 * decision: the Verify / Reject choice, the reviewer's note, the confirmation sentence that
 * names the consequence, and the failure message. Same markup and class names in both.
 */

export const decisionChoices: readonly ReviewDecisionStatus[] = ["verified", "rejected"];

/** Verify / Reject as two radio cards, each with what it means for the customer. */
export function DecisionChoices(props: {
  choice: ReviewDecisionStatus | null;
  onChoice: (choice: ReviewDecisionStatus) => void;
  /** Shown after a choice's label, e.g. its keyboard shortcut. */
  keyHints?: Partial<Record<ReviewDecisionStatus, string>> | undefined;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  const ids = useId();
  const options: { value: ReviewDecisionStatus; label: string; hint: string; icon: "check" | "cross" }[] = [
    { value: "verified", label: t.verify, hint: t.verifyHint, icon: "check" },
    { value: "rejected", label: t.reject, hint: t.rejectHint, icon: "cross" },
  ];
  return (
    <fieldset className="sc-DecisionDialog-choices">
      <legend>{t.choiceLegend}</legend>
      {options.map((option) => (
        <label key={option.value} className="sc-DecisionDialog-choice" data-value={option.value}>
          <input
            type="radio"
            name={`${ids}-decision`}
            value={option.value}
            checked={props.choice === option.value}
            onChange={() => props.onChoice(option.value)}
            aria-describedby={`${ids}-${option.value}-hint`}
          />
          <Icon name={option.icon} />
          <span className="sc-DecisionDialog-choiceLabel">
            {option.label}
            {props.keyHints?.[option.value] ? (
              <>
                {" "}
                <kbd className="sc-Kbd">{props.keyHints[option.value]}</kbd>
              </>
            ) : null}
          </span>
          <span id={`${ids}-${option.value}-hint`} className="sc-DecisionDialog-choiceHint">
            {option.hint}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The reviewer's note (optional), with why it is not sent to Straddle. */
export function DecisionNote(props: {
  note: string;
  onNote: (note: string) => void;
  textareaRef?: Ref<HTMLTextAreaElement> | undefined;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  const ids = useId();
  return (
    <div className="sc-DecisionDialog-note">
      <label htmlFor={`${ids}-note`}>{t.noteLabel}</label>
      <textarea
        ref={props.textareaRef}
        id={`${ids}-note`}
        rows={3}
        value={props.note}
        onChange={(event) => props.onNote(event.target.value)}
        aria-describedby={`${ids}-note-hint`}
      />
      <p id={`${ids}-note-hint`} className="sc-DecisionDialog-hint">
        {t.noteHint}
      </p>
    </div>
  );
}

/** "Reject Tom Haverford? This cannot be undone from here." — focusable, to be focused on arrival. */
export function DecisionQuestion(props: {
  choice: ReviewDecisionStatus;
  name: string;
  questionRef?: Ref<HTMLParagraphElement> | undefined;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  const reject = props.choice === "rejected";
  return (
    <p ref={props.questionRef} tabIndex={-1} className="sc-DecisionDialog-question">
      <Icon name={reject ? "warning" : "info"} />
      <span>
        <strong>{format(reject ? t.confirmReject : t.confirmVerify, { name: props.name })}</strong>{" "}
        {t.consequence}
      </span>
    </p>
  );
}

/** A 422 means the customer can no longer be decided (decided elsewhere meanwhile). */
export function isBusinessRuleError(error: StraddleError | null): boolean {
  return errorKindOf(error) === "rejected";
}

/** Why the decision failed, and whether trying again is safe. */
export function DecisionErrorMessage({ error }: { error: StraddleError }) {
  const messages = useMessages(dialogSections);
  const t = messages.decisionDialog;
  // The API's own explanation when it gave one; never the library's developer message (English, with paths).
  const detail = error.detail ?? messages.common.errorTitle;
  return (
    <div className="sc-DecisionDialog-error" role="alert">
      <Icon name="warning" />
      <p>
        {isBusinessRuleError(error)
          ? format(t.businessRuleError, { detail })
          : error.kind === "network" || error.retryable
            ? t.networkError
            : format(t.otherError, { detail })}
      </p>
    </div>
  );
}

/** The row of buttons under a step. */
export function DecisionActions({ children }: { children: ReactNode }) {
  return <div className="sc-DecisionDialog-actions">{children}</div>;
}

/** Submits the choice step; until a choice is made it only says to choose first. */
export function ContinueButton({
  choice,
  disabled,
}: {
  choice: ReviewDecisionStatus | null;
  disabled: boolean;
}) {
  const t = useMessages(dialogSections).decisionDialog;
  const ids = useId();
  return (
    <>
      <Button
        type="submit"
        variant="primary"
        unavailable={disabled}
        aria-describedby={choice ? undefined : `${ids}-choose-first`}
      >
        {t.continue}
      </Button>
      {choice ? null : (
        <span id={`${ids}-choose-first`} className="sc-visually-hidden">
          {t.chooseFirst}
        </span>
      )}
    </>
  );
}

/** Back to the choice, and the button that sends the decision (or retries it after an error). */
export function ConfirmButtons(props: {
  choice: ReviewDecisionStatus;
  pending: boolean;
  error: StraddleError | null;
  onBack: () => void;
  onConfirm: () => void;
  confirmDisabled: boolean;
  confirmRef?: Ref<HTMLButtonElement> | undefined;
  confirmDescribedBy?: string | undefined;
  backKeyShortcuts?: string | undefined;
}) {
  const messages = useMessages(dialogSections);
  const t = messages.decisionDialog;
  const reject = props.choice === "rejected";
  return (
    <>
      <Button
        variant="secondary"
        onClick={props.onBack}
        disabled={props.pending}
        aria-keyshortcuts={props.backKeyShortcuts}
      >
        {t.back}
      </Button>
      <Button
        ref={props.confirmRef}
        variant={reject ? "danger" : "primary"}
        onClick={props.onConfirm}
        disabled={props.confirmDisabled}
        aria-busy={props.pending || undefined}
        aria-describedby={props.confirmDescribedBy}
      >
        {props.pending
          ? t.saving
          : props.error
            ? messages.common.retry
            : reject
              ? t.confirmRejectButton
              : t.confirmVerifyButton}
      </Button>
    </>
  );
}
