import {
  createElement,
  forwardRef,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import type { ReviewDecisionStatus } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { useCustomerReview } from "../../hooks/useCustomerReview.js";
import { type ReviewQueueFilters, useReviewQueue } from "../../hooks/useReviewQueue.js";
import { format } from "../../messages/merge.js";
import type { DecisionDetails } from "../DecisionDialog/DecisionDialog.js";
import { ReviewBreakdownPanel } from "../ReviewBreakdownPanel/ReviewBreakdownPanel.js";
import { Badge } from "../shared/Badge.js";
import { cx } from "../shared/cx.js";
import {
  DecisionChoices,
  DecisionErrorMessage,
  DecisionNote,
  DecisionQuestion,
} from "../shared/DecisionParts.js";
import { Icon } from "../shared/Icon.js";
import { plural } from "../shared/labels.js";
import { StateMessage } from "../shared/StateMessage.js";
import { useFormat } from "../shared/useFormat.js";
import { queueSections, useMessages } from "../shared/useMessages.js";
import { WatchlistMatches } from "../WatchlistMatches/WatchlistMatches.js";
import {
  actionFor,
  isInOtherDialog,
  isTypingTarget,
  type ReviewQueueAction,
  type ReviewQueueShortcuts,
  resolveShortcuts,
  shortcutActions,
} from "./shortcuts.js";

export interface ReviewQueueProps extends ReviewQueueFilters {
  /** Controlled mode (e.g. the id in the URL), with `onCurrentIdChange`. */
  currentId?: string | null | undefined;
  onCurrentIdChange?: ((id: string | null) => void) | undefined;
  /** Move on to the next customer after a decision. Defaults to `true`. */
  autoAdvance?: boolean | undefined;
  /** Fetch the next customer's record and review while the current one is read. Defaults to `true`. */
  prefetch?: boolean | undefined;
  /**
   * After the API accepted a decision made here: the updated customer, the status, the reviewer's
   * note and their judgement of each watchlist hit (`dispositions`), for your audit log.
   */
  onDecided?: ((customer: Customer, details: DecisionDetails) => void) | undefined;
  /** Shows an "Open customer" button that calls this with the current customer's id (your routing). */
  onOpenCustomer?: ((id: string) => void) | undefined;
  /**
   * Keyboard shortcuts: remap any action (`{ verify: ["a"] }`), turn one off (`{ note: null }`),
   * or all of them (`false`). Defaults: J/→ next, K/← previous, V verify, R reject, N note, ? list.
   */
  shortcuts?: ReviewQueueShortcuts | false | undefined;
  /** Level of the queue's title; the customer's name takes the next level. Defaults to `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Added to the root element's class names. */
  className?: string;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

interface DecisionHandle {
  choose: (status: ReviewDecisionStatus) => void;
  focusNote: () => void;
  /** From the confirmation back to the choice; `false` when there was nothing to go back from. */
  back: () => boolean;
}

const q = "sc-ReviewQueue";

/** Arrow keys are shown as arrows, with their name for screen readers. */
const arrowSymbols: Record<string, string> = {
  ArrowRight: "→",
  ArrowLeft: "←",
  ArrowUp: "↑",
  ArrowDown: "↓",
};

/**
 * The reviewer's workspace for every customer in review, one at a time: where the queue
 * stands ("3 of 41 in review"), the current customer, why the screening flagged it, its
 * watchlist hits and an inline decision (choose, then confirm a sentence naming the
 * consequence). The next customer is prefetched, so moving on never waits. Every action is a
 * button and a shortcut (J/K or →/←, V, R, N, ?), never while typing in a field.
 *
 * Root state: `data-state` (`loading | error | empty | ready`), `data-position`, `data-total`.
 *
 * @example
 * <ReviewQueue types={["individual"]} onDecided={(customer, { status, note }) => audit.log(…)}
 *   onOpenCustomer={(id) => navigate(`/customers/${id}`)} />
 */
export function ReviewQueue({
  onDecided,
  onOpenCustomer,
  shortcuts,
  headingLevel = 2,
  className,
  unstyled,
  ...queueOptions
}: ReviewQueueProps) {
  const m = useMessages(queueSections);
  const t = m.reviewQueue;
  const f = useFormat();
  const queue = useReviewQueue(queueOptions);
  const ids = useId();
  const rootRef = useRef<HTMLElement>(null);
  const nameRef = useRef<HTMLHeadingElement>(null);
  const decisionRef = useRef<DecisionHandle>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // The reviewer's judgement of the current customer's watchlist hits, shared by the hits and the decision.
  const [judged, setJudged] = useState<{ id: string | null; dispositions: WatchlistDispositions }>({
    id: null,
    dispositions: {},
  });

  const keys = resolveShortcuts(shortcuts);
  const shortcutsOn = shortcutActions.some((action) => keys[action].length > 0);

  // The latest state for the document-level key listener, registered once.
  const latest = useRef({ queue, keys });
  latest.current = { queue, keys };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target, event.key)) return;
      const root = rootRef.current;
      // Anywhere on the page but a field, a widget's own keys, or another dialog.
      if (!root || isInOtherDialog(event.target, root)) return;
      const { queue: current, keys: bindings } = latest.current;
      if (event.key === "Escape") {
        if (decisionRef.current?.back()) event.preventDefault();
        return;
      }
      const action = actionFor(event, bindings);
      if (!action) return;
      event.preventDefault();
      run(action, current);
    };
    const run = (action: ReviewQueueAction, current: typeof queue) => {
      switch (action) {
        case "next":
          current.next();
          break;
        case "previous":
          current.previous();
          break;
        case "verify":
          decisionRef.current?.choose("verified");
          break;
        case "reject":
          decisionRef.current?.choose("rejected");
          break;
        case "note":
          decisionRef.current?.focusNote();
          break;
        case "help":
          setSheetOpen((open) => !open);
          break;
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  // On a new customer, the focus follows to its name when it was in the queue (or lost with the
  // decision that moved it on); never taken from the rest of the page, never on first load.
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    const previous = shownId.current;
    shownId.current = queue.currentId;
    if (!previous || !queue.currentId || previous === queue.currentId) return;
    const active = document.activeElement;
    const root = rootRef.current;
    if (!active || active === document.body || (root?.contains(active) ?? false)) nameRef.current?.focus();
  }, [queue.currentId]);

  const level = headingLevel;
  const sub = Math.min(level + 1, 6);
  const panelLevel = Math.min(level + 2, 4) as 1 | 2 | 3 | 4;

  const state =
    queue.status === "pending"
      ? "loading"
      : queue.status === "error"
        ? "error"
        : queue.status === "empty"
          ? "empty"
          : "ready";

  const keyLabel = (key: string) =>
    key.length === 1
      ? key.toUpperCase()
      : Object.hasOwn(t.keys, key)
        ? t.keys[key as keyof typeof t.keys]
        : key;
  const keyList = (action: ReviewQueueAction): ReactNode =>
    keys[action].map((key, index) => (
      <span key={key}>
        {index > 0 ? ` ${t.keyOr} ` : null}
        <kbd className="sc-Kbd">
          {Object.hasOwn(arrowSymbols, key) ? (
            <>
              <span aria-hidden="true">{arrowSymbols[key]}</span>
              <span className="sc-visually-hidden">{keyLabel(key)}</span>
            </>
          ) : (
            keyLabel(key)
          )}
        </kbd>
      </span>
    ));
  const ariaKeys = (action: ReviewQueueAction) =>
    keys[action].length > 0
      ? keys[action].map((key) => (key.length === 1 ? key.toUpperCase() : key)).join(" ")
      : undefined;

  const keyTable = (
    <dl className={`${q}-keys`}>
      {shortcutActions
        .filter((action) => keys[action].length > 0)
        .map((action) => (
          <div key={action}>
            <dt>{keyList(action)}</dt>
            <dd>{t.actions[action]}</dd>
          </div>
        ))}
    </dl>
  );

  const progress =
    queue.position !== null
      ? format(t.progress, { position: f.number(queue.position, 0), total: f.number(queue.total, 0) })
      : format(t.progressTotal, { total: f.number(queue.total, 0) });

  const current = queue.current;
  const name = queue.customer?.name ?? queue.review?.customer_details.name ?? current?.name ?? "";
  const type = queue.customer?.type ?? current?.type;
  const status = queue.customer?.status ?? current?.status;
  const currentId = queue.currentId;
  const dispositions = judged.id === currentId ? judged.dispositions : noDispositions;

  return (
    <section
      ref={rootRef}
      className={cx(`sc-root ${q}`, className)}
      data-sc-unstyled={unstyled || undefined}
      data-state={state}
      data-position={queue.position ?? undefined}
      data-total={state === "ready" || state === "empty" ? queue.total : undefined}
      aria-labelledby={`${ids}-title`}
      aria-busy={state === "loading" || queue.isCurrentLoading || undefined}
    >
      <div className={`${q}-bar`}>
        {createElement(`h${level}`, { id: `${ids}-title`, className: `${q}-title` }, t.title)}
        {state === "ready" ? <p className={`${q}-progress`}>{progress}</p> : null}
        <nav className={`${q}-nav`} aria-label={t.navigation}>
          <button
            type="button"
            className="sc-Button"
            data-variant="secondary"
            onClick={queue.previous}
            disabled={!queue.hasPrevious}
            aria-keyshortcuts={ariaKeys("previous")}
          >
            {t.previous}
          </button>
          <button
            type="button"
            className="sc-Button"
            data-variant="secondary"
            onClick={queue.next}
            disabled={!queue.hasNext}
            aria-keyshortcuts={ariaKeys("next")}
          >
            {t.next}
          </button>
          <button
            type="button"
            className="sc-Button"
            data-variant="ghost"
            aria-expanded={sheetOpen}
            aria-controls={`${ids}-shortcuts`}
            aria-keyshortcuts={ariaKeys("help")}
            onClick={() => setSheetOpen((open) => !open)}
          >
            {t.shortcutsButton}
          </button>
        </nav>
      </div>

      <section
        id={`${ids}-shortcuts`}
        className={`${q}-shortcuts`}
        aria-labelledby={`${ids}-shortcuts-title`}
        hidden={!sheetOpen}
      >
        {createElement(
          `h${sub}`,
          { id: `${ids}-shortcuts-title`, className: `${q}-shortcutsTitle` },
          t.shortcutsTitle,
        )}
        {shortcutsOn ? (
          <>
            <p className={`${q}-hint`}>{t.shortcutsHint}</p>
            {keyTable}
          </>
        ) : (
          <p className={`${q}-hint`}>{t.shortcutsOff}</p>
        )}
        <button
          type="button"
          className="sc-Button"
          data-variant="secondary"
          onClick={() => setSheetOpen(false)}
        >
          {t.closeShortcuts}
        </button>
      </section>

      <div className={`${q}-notice`} role="status">
        {queue.lastSkipped ? (
          <>
            <Icon name="info" />
            <p>{format(t.skipped, { name: queue.lastSkipped.name })}</p>
            <button type="button" className="sc-Button" data-variant="ghost" onClick={queue.dismissSkipped}>
              {t.dismiss}
            </button>
          </>
        ) : null}
      </div>

      {state === "ready" && queue.error ? (
        <StateMessage
          kind="error"
          title={t.moreError}
          onRetry={queue.retry}
          retryLabel={m.common.retry}
          className={`${q}-state`}
        />
      ) : null}
      {state === "loading" ? <p className={`${q}-loading`}>{t.loading}</p> : null}
      {state === "error" ? (
        <StateMessage
          kind="error"
          title={t.errorTitle}
          onRetry={queue.retry}
          retryLabel={m.common.retry}
          className={`${q}-state`}
        >
          {queue.error?.detail ?? m.common.errorTitle}
        </StateMessage>
      ) : null}
      {state === "empty" ? (
        <StateMessage kind="empty" title={t.emptyTitle} className={`${q}-state`}>
          {plural(f.locale, queue.decidedCount, t.decidedSince, f.number(queue.decidedCount, 0))}
        </StateMessage>
      ) : null}

      {state === "ready" && currentId ? (
        <div className={`${q}-body`}>
          <article className={`${q}-customer`} aria-labelledby={`${ids}-name`}>
            <header className={`${q}-header`}>
              {createElement(
                `h${sub}`,
                { id: `${ids}-name`, className: `${q}-name`, tabIndex: -1, ref: nameRef },
                name,
              )}
              <p className={`${q}-meta`}>
                {type ? <span>{m.common.customerType[type]}</span> : null}
                {status ? (
                  <Badge value={status} size="sm">
                    {m.common.customerStatus[status]}
                  </Badge>
                ) : null}
                {current ? (
                  <span>{format(t.createdAt, { date: f.dateTime(current.created_at) })}</span>
                ) : null}
              </p>
              {onOpenCustomer ? (
                <button
                  type="button"
                  className="sc-Button"
                  data-variant="secondary"
                  onClick={() => onOpenCustomer(currentId)}
                >
                  {t.openCustomer}
                </button>
              ) : null}
            </header>
            <ReviewBreakdownPanel
              customerId={currentId}
              headingLevel={panelLevel}
              density="compact"
              watchlist="hidden"
              unstyled={unstyled}
            />
            <WatchlistMatches
              customerId={currentId}
              headingLevel={panelLevel}
              density="compact"
              unstyled={unstyled}
              dispositions={dispositions}
              onDispositionChange={(next) => setJudged({ id: currentId, dispositions: next })}
            />
          </article>
          <section className={`${q}-decision`} aria-labelledby={`${ids}-decision`}>
            {createElement(
              `h${sub}`,
              { id: `${ids}-decision`, className: `sc-visually-hidden ${q}-decisionTitle` },
              t.decisionHeading,
            )}
            <InlineDecision
              key={currentId}
              ref={decisionRef}
              customerId={currentId}
              name={name}
              decidedHere={queue.currentDecided}
              dispositions={dispositions}
              keyHints={{
                verified: keys.verify[0] ? keyLabel(keys.verify[0]) : undefined,
                rejected: keys.reject[0] ? keyLabel(keys.reject[0]) : undefined,
              }}
              onNext={queue.next}
              onDecided={(customer, details) => {
                const dd = m.decisionDialog;
                setAnnouncement(
                  format(details.status === "verified" ? dd.decidedVerified : dd.decidedRejected, {
                    name: customer.name,
                  }),
                );
                onDecided?.(customer, details);
              }}
            />
            {shortcutsOn ? (
              <section className={`${q}-legend`} aria-labelledby={`${ids}-legend`}>
                {createElement(
                  `h${Math.min(sub + 1, 6)}`,
                  { id: `${ids}-legend`, className: `${q}-legendTitle` },
                  t.legendTitle,
                )}
                {keyTable}
              </section>
            ) : null}
          </section>
        </div>
      ) : null}
      <p className="sc-visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

const noDispositions: WatchlistDispositions = {};

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
const InlineDecision = forwardRef(function InlineDecision(
  { customerId, name, decidedHere, dispositions, keyHints, onNext, onDecided }: InlineDecisionProps,
  ref: Ref<DecisionHandle>,
) {
  const m = useMessages(queueSections);
  const t = m.decisionDialog;
  const review = useCustomerReview(customerId);
  const ids = useId();
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
        <button type="button" className="sc-Button" data-variant="primary" onClick={onNext}>
          {m.reviewQueue.nextCustomer}
        </button>
      </div>
    );
  }

  if (step === "confirm" && choice) {
    const reject = choice === "rejected";
    return (
      <div className="sc-DecisionDialog-confirm" data-decision={choice}>
        <div id={`${ids}-question`}>
          <DecisionQuestion choice={choice} name={name} />
        </div>
        {decideState.error ? <DecisionErrorMessage error={decideState.error} /> : null}
        <div className="sc-DecisionDialog-actions">
          <button
            type="button"
            className="sc-Button"
            data-variant="secondary"
            onClick={() => {
              decideState.reset();
              setStep("choose");
            }}
            disabled={pending}
            aria-keyshortcuts="Escape"
          >
            {t.back}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="sc-Button"
            data-variant={reject ? "danger" : "primary"}
            onClick={submit}
            disabled={pending}
            aria-busy={pending || undefined}
            aria-describedby={`${ids}-question`}
          >
            {pending
              ? t.saving
              : decideState.error
                ? m.common.retry
                : reject
                  ? t.confirmRejectButton
                  : t.confirmVerifyButton}
          </button>
        </div>
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
      <div className="sc-DecisionDialog-actions">
        <button
          type="submit"
          className="sc-Button"
          data-variant="primary"
          aria-disabled={!choice || undefined}
          aria-describedby={choice ? undefined : `${ids}-choose-first`}
        >
          {t.continue}
        </button>
        {choice ? null : (
          <span id={`${ids}-choose-first`} className="sc-visually-hidden">
            {t.chooseFirst}
          </span>
        )}
      </div>
    </form>
  );
});
