import { forwardRef, type Ref, useEffect, useId, useImperativeHandle, useRef, useState } from "react";
import type { ReviewDecisionStatus } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { useCustomerReview } from "../../hooks/useCustomerReview.js";
import { format } from "../../messages/merge.js";
import type { DecisionDetails } from "../DecisionDialog/DecisionDialog.js";
import { Button } from "../shared/Button.js";
import {
  ConfirmButtons,
  ContinueButton,
  DecisionActions,
  DecisionChoices,
  DecisionErrorMessage,
  DecisionNote,
  DecisionQuestion,
} from "../shared/DecisionParts.js";
import { queueSections, useMessages } from "../shared/useMessages.js";

/** What the queue's shortcuts do to the decision. */
export interface DecisionHandle {
  choose: (status: ReviewDecisionStatus) => void;
  focusNote: () => void;
  /** From the confirmation back to the choice; `false` when there was nothing to go back from. */
  back: () => boolean;
}

interface InlineDecisionProps {
  customerId: string;
  dispositions: WatchlistDispositions;
  name: string;
  decidedHere: boolean;
  keyHints: Partial<Record<ReviewDecisionStatus, string>>;
  onNext: () => void;
  onDecided: (customer: Customer, details: DecisionDetails) => void;
}

/** Choose, then confirm — the parts of `<DecisionDialog>`, inline; one per customer (keyed). */
export const InlineDecision = forwardRef(function InlineDecision(
  { customerId, name, decidedHere, dispositions, keyHints, onNext, onDecided }: InlineDecisionProps,
  ref: Ref<DecisionHandle>,
) {
  const m = useMessages(queueSections);
  const t = m.decisionDialog;
  const review = useCustomerReview(customerId);
  const questionId = useId();
  const [step, setStep] = useState<"choose" | "confirm">("choose");
  const [choice, setChoice] = useState<ReviewDecisionStatus | null>(null);
  const [note, setNote] = useState("");
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { decideState } = review;
  const pending = decideState.isPending;
  const canDecide = review.canDecide === true;

  useImperativeHandle(
    ref,
    () => ({
      choose: (status) => {
        if (!canDecide || pending) return;
        setChoice(status);
        setStep("confirm");
      },
      focusNote: () => {
        if (step === "confirm" && !pending) setStep("choose");
        // After the step's render, when the note is back on screen.
        requestAnimationFrame(() => noteRef.current?.focus());
        noteRef.current?.focus();
      },
      back: () => {
        if (step !== "confirm" || pending) return false;
        decideState.reset();
        setStep("choose");
        return true;
      },
    }),
    [canDecide, pending, step, decideState],
  );

  // The confirm button takes the focus: Enter sends, Escape goes back.
  useEffect(() => {
    if (step === "confirm") confirmRef.current?.focus();
  }, [step]);

  // State updates land after the click handlers: a ref stops the 2nd…10th click of a burst.
  const submitting = useRef(false);
  const submit = () => {
    if (!choice || pending || submitting.current) return;
    submitting.current = true;
    const noteText = note.trim() || undefined;
    review.decide(choice, { note: noteText }).then(
      ({ customer }) => {
        submitting.current = false;
        onDecided(customer, { status: choice, note: noteText, dispositions });
      },
      () => {
        submitting.current = false;
        // Shown from decideState.error; a 422 also makes the queue skip the customer.
      },
    );
  };

  if (review.status === "pending") {
    return <p className="sc-DecisionDialog-loading">{t.loadingCustomer}</p>;
  }
  if (decidedHere || (review.status === "success" && !canDecide && !pending)) {
    const status = review.customerStatus;
    return (
      <div className="sc-ReviewQueue-decided">
        {status ? (
          <p>
            {format(m.reviewQueue.decidedHere, { status: m.common.customerStatus[status].toLowerCase() })}
          </p>
        ) : null}
        <Button variant="primary" onClick={onNext}>
          {m.reviewQueue.nextCustomer}
        </Button>
      </div>
    );
  }

  if (step === "confirm" && choice) {
    return (
      <div className="sc-DecisionDialog-confirm" data-decision={choice}>
        <div id={questionId}>
          <DecisionQuestion choice={choice} name={name} />
        </div>
        {decideState.error ? <DecisionErrorMessage error={decideState.error} /> : null}
        <DecisionActions>
          <ConfirmButtons
            choice={choice}
            pending={pending}
            error={decideState.error}
            onBack={() => {
              decideState.reset();
              setStep("choose");
            }}
            onConfirm={submit}
            confirmDisabled={pending}
            confirmRef={confirmRef}
            confirmDescribedBy={questionId}
            backKeyShortcuts="Escape"
          />
        </DecisionActions>
      </div>
    );
  }

  return (
    <form
      className="sc-DecisionDialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice && canDecide) setStep("confirm");
      }}
    >
      <DecisionChoices choice={choice} onChoice={setChoice} keyHints={keyHints} />
      <DecisionNote note={note} onNote={setNote} textareaRef={noteRef} />
      <DecisionActions>
        <ContinueButton choice={choice} disabled={!choice} />
      </DecisionActions>
    </form>
  );
});
