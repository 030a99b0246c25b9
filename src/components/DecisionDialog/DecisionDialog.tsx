import { type ReactElement, useEffect, useId, useRef, useState } from "react";
import type { ReviewDecisionStatus } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchlistDisposition, WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { useCustomerReview } from "../../hooks/useCustomerReview.js";
import { format } from "../../messages/merge.js";
import { Button } from "../shared/Button.js";
import { cx } from "../shared/cx.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import type { RootStyleProps } from "../shared/rootProps.js";
import { useControllableState } from "../shared/useControllableState.js";
import { dialogSections, useMessages } from "../shared/useMessages.js";
import { ChooseStep, ConfirmStep, StepPane } from "./DecisionSteps.js";
import { Summary } from "./DecisionSummary.js";
import * as Dialog from "./lazyDialog.js";

export interface DecisionDetails {
  status: ReviewDecisionStatus;
  /** The reviewer's note. The API stores only the status: keep the note in your own audit log. */
  note: string | undefined;
  /**
   * The reviewer's judgement of each watchlist hit, by hit key (`WatchlistHit.key` from
   * `reviewFacts`; hits not judged have no entry). The API stores none of it: keep it with the note.
   */
  dispositions: WatchlistDispositions;
}

export interface DecisionDialogProps extends RootStyleProps {
  /** The customer to decide on. Only a customer in `review` can be decided. */
  customerId: string;
  /** After the API accepted the decision: the updated customer and what the reviewer chose and wrote. */
  onDecided?: (customer: Customer, details: DecisionDetails) => void;
  /**
   * Your own trigger element (rendered with Radix `asChild`: it receives the props and ref).
   * Defaults to a button labelled "Decide…".
   */
  trigger?: ReactElement;
  /**
   * Controlled dispositions of the watchlist hits (e.g. shared with `<WatchlistMatches>`), with
   * `onDispositionChange`. Without them the dialog keeps its own, as part of the draft.
   */
  dispositions?: WatchlistDispositions | undefined;
  onDispositionChange?: ((dispositions: WatchlistDispositions) => void) | undefined;
  /** Controlled open state, with `onOpenChange`. */
  open?: boolean;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * Leaves this component (trigger and dialog) out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

type Step = "choose" | "confirm";

/**
 * The one irreversible act: verify or reject a customer in review. Impossible by accident
 * (choose, then confirm a sentence that names the consequence), safe to retry (one
 * `Idempotency-Key` per attempt; ten clicks send one PATCH). The draft — decision, note and
 * the judgement of each watchlist hit — survives closing the dialog (Escape, outside click,
 * Cancel) for the same customer, until it is decided or the draft is discarded.
 *
 * @example
 * <DecisionDialog customerId={id} onDecided={(customer, { status, note }) => audit.log(…)} />
 */
export function DecisionDialog(props: DecisionDialogProps) {
  return (
    <ComponentBoundary name="DecisionDialog" root={props} resetKey={props.customerId}>
      <DecisionDialogRoot {...props} />
    </ComponentBoundary>
  );
}

interface Draft {
  customerId: string;
  choice: ReviewDecisionStatus | null;
  note: string;
  dispositions: WatchlistDispositions;
}

const emptyDraft = (customerId: string): Draft => ({ customerId, choice: null, note: "", dispositions: {} });

function DecisionDialogRoot({
  customerId,
  onDecided,
  trigger,
  dispositions: dispositionsProp,
  onDispositionChange,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  className,
  unstyled,
}: DecisionDialogProps) {
  const m = useMessages(dialogSections);
  const t = m.decisionDialog;
  const review = useCustomerReview(customerId);
  const ids = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const [step, setStep] = useState<Step>("choose");
  // The draft belongs to one customer: another id starts an empty one.
  const [storedDraft, setDraft] = useState<Draft>(() => emptyDraft(customerId));
  const draft = storedDraft.customerId === customerId ? storedDraft : emptyDraft(customerId);
  const { choice, note } = draft;
  const dispositions = dispositionsProp ?? draft.dispositions;
  const [restored, setRestored] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [theme, setTheme] = useState<string | undefined>(undefined);

  const update = (changes: Partial<Omit<Draft, "customerId">>) =>
    setDraft((current) => ({
      ...(current.customerId === customerId ? current : emptyDraft(customerId)),
      ...changes,
    }));
  const setChoice = (next: ReviewDecisionStatus) => update({ choice: next });
  const setNote = (next: string) => update({ note: next });
  const judge = (key: string, disposition: WatchlistDisposition) => {
    const next = { ...dispositions, [key]: disposition };
    if (dispositionsProp === undefined) update({ dispositions: next });
    onDispositionChange?.(next);
  };
  const hasDraft = choice !== null || note !== "" || Object.keys(draft.dispositions).length > 0;

  const { decideState } = review;
  const pending = decideState.isPending;
  const error = decideState.error;
  const resetDecide = decideState.reset;

  // On opening: the choice step, with the draft as it was left; the theme follows the host's nearest data-theme.
  const draftRef = useRef(hasDraft);
  draftRef.current = hasDraft;
  useEffect(() => {
    if (!open) return;
    setStep("choose");
    setRestored(draftRef.current);
    resetDecide();
    setTheme(rootRef.current?.closest("[data-theme]")?.getAttribute("data-theme") ?? undefined);
  }, [open, resetDecide]);

  const name = review.review?.customer_details.name ?? "";
  const canDecide = review.canDecide === true;
  const status = review.customerStatus;

  // State updates land after the click handlers: a ref stops the 2nd…10th click of a burst.
  const submitting = useRef(false);
  const submit = () => {
    if (!choice || pending || submitting.current) return;
    submitting.current = true;
    const noteText = note.trim() || undefined;
    const judged = dispositions;
    review.decide(choice, { note: noteText }).then(
      ({ customer }) => {
        submitting.current = false;
        setAnnouncement(
          format(choice === "verified" ? t.decidedVerified : t.decidedRejected, { name: customer.name }),
        );
        setDraft(emptyDraft(customerId));
        setOpen(false);
        onDecided?.(customer, { status: choice, note: noteText, dispositions: judged });
      },
      () => {
        submitting.current = false;
        // Shown from decideState.error; the dialog stays open with the person's input.
      },
    );
  };

  const explanationId = `${ids}-why`;
  const defaultTrigger = (
    <Button className="sc-DecisionDialog-trigger" variant="primary">
      {t.trigger}
    </Button>
  );

  return (
    <div
      ref={rootRef}
      className={cx("sc-root sc-DecisionDialog", className)}
      data-sc-unstyled={unstyled || undefined}
      data-state={open ? "open" : "closed"}
      data-can-decide={canDecide || undefined}
      data-draft={hasDraft || undefined}
    >
      <Dialog.Root
        open={open}
        onOpenChange={(next) => {
          if (pending && !next) return;
          if (next && !canDecide) return;
          setOpen(next);
        }}
      >
        {/* aria-disabled rather than disabled: the trigger keeps focus after a decision, and its explanation stays reachable. */}
        <Dialog.Trigger
          asChild
          aria-disabled={!canDecide || undefined}
          aria-describedby={!canDecide && status ? explanationId : undefined}
          onClick={(event) => {
            if (!canDecide) event.preventDefault();
          }}
        >
          {trigger ?? defaultTrigger}
        </Dialog.Trigger>
        {!canDecide && status ? (
          <p id={explanationId} className="sc-DecisionDialog-why">
            {format(t.notInReview, { status: m.common.customerStatus[status].toLowerCase() })}
          </p>
        ) : null}
        <Dialog.Portal>
          <Dialog.Overlay
            className="sc-DecisionDialog-overlay"
            data-theme={theme}
            data-sc-unstyled={unstyled || undefined}
          />
          <Dialog.Content
            className="sc-root sc-DecisionDialog-content"
            data-theme={theme}
            data-sc-unstyled={unstyled || undefined}
            data-step={step}
            data-pending={pending || undefined}
            aria-busy={pending || undefined}
            onEscapeKeyDown={(event) => pending && event.preventDefault()}
            onInteractOutside={(event) => pending && event.preventDefault()}
          >
            <Dialog.Title className="sc-DecisionDialog-title">{t.title}</Dialog.Title>
            <Dialog.Description className="sc-visually-hidden">{t.description}</Dialog.Description>
            <Summary review={review} dispositions={dispositions} />
            {restored && hasDraft && step === "choose" ? (
              <p className="sc-DecisionDialog-restored" role="status">
                {t.draftRestored}
              </p>
            ) : null}
            {/* Both steps share one grid cell: the dialog keeps its size and the buttons their place. */}
            <div className="sc-DecisionDialog-steps">
              <StepPane active={step === "choose"}>
                <ChooseStep
                  choice={choice}
                  onChoice={setChoice}
                  note={note}
                  onNote={setNote}
                  hits={review.watchListHits ?? []}
                  dispositions={dispositions}
                  onJudge={judge}
                  canContinue={canDecide && choice !== null}
                  onContinue={() => setStep("confirm")}
                  canDiscard={hasDraft}
                  onDiscard={() => {
                    setDraft(emptyDraft(customerId));
                    if (dispositionsProp !== undefined) onDispositionChange?.({});
                    setRestored(false);
                  }}
                />
              </StepPane>
              {step === "confirm" ? (
                <StepPane active>
                  <ConfirmStep
                    choice={choice ?? "verified"}
                    name={name}
                    pending={pending}
                    onBack={() => {
                      resetDecide();
                      setStep("choose");
                    }}
                    onConfirm={submit}
                    error={error}
                    canRetry={canDecide}
                    changedStatus={
                      !canDecide && status && !pending
                        ? m.common.customerStatus[status].toLowerCase()
                        : undefined
                    }
                  />
                </StepPane>
              ) : null}
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <p className="sc-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
