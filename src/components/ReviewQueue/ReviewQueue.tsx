import { createElement, useEffect, useId, useRef, useState } from "react";
import type { Customer } from "../../api/schemas/customer.js";
import type { WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { type ReviewQueueFilters, useReviewQueue } from "../../hooks/useReviewQueue.js";
import { format } from "../../messages/merge.js";
import type { DecisionDetails } from "../DecisionDialog/DecisionDialog.js";
import { ReviewBreakdownPanel } from "../ReviewBreakdownPanel/ReviewBreakdownPanel.js";
import { Badge } from "../shared/Badge.js";
import { Button } from "../shared/Button.js";
import { cx } from "../shared/cx.js";
import { Icon } from "../shared/Icon.js";
import { plural } from "../shared/labels.js";
import type { RootStyleProps } from "../shared/rootProps.js";
import { StateMessage } from "../shared/StateMessage.js";
import { useFormat } from "../shared/useFormat.js";
import { queueSections, useMessages } from "../shared/useMessages.js";
import { WatchlistMatches } from "../WatchlistMatches/WatchlistMatches.js";
import { type DecisionHandle, InlineDecision } from "./InlineDecision.js";
import { ariaKeys, KeyTable, keyLabel, useShortcutListener } from "./keys.js";
import { type ReviewQueueShortcuts, resolveShortcuts, shortcutActions } from "./shortcuts.js";

export interface ReviewQueueProps extends ReviewQueueFilters, RootStyleProps {
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
}

const q = "sc-ReviewQueue";

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
  useShortcutListener({ rootRef, decisionRef, queue, keys, toggleHelp: () => setSheetOpen((open) => !open) });

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

  // The queue's two error states (no first page; no next page) retry the same way.
  const failed = {
    kind: "error",
    onRetry: queue.retry,
    retryLabel: m.common.retry,
    className: `${q}-state`,
  } as const;

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
      <div className={`sc-Row ${q}-bar`}>
        {createElement(`h${level}`, { id: `${ids}-title`, className: `${q}-title` }, t.title)}
        {state === "ready" ? <p className={`${q}-progress`}>{progress}</p> : null}
        <nav className={`${q}-nav`} aria-label={t.navigation}>
          {(["previous", "next"] as const).map((action) => (
            <Button
              key={action}
              variant="secondary"
              onClick={queue[action]}
              disabled={!(action === "next" ? queue.hasNext : queue.hasPrevious)}
              aria-keyshortcuts={ariaKeys(keys, action)}
            >
              {t[action]}
            </Button>
          ))}
          <Button
            variant="ghost"
            aria-expanded={sheetOpen}
            aria-controls={`${ids}-shortcuts`}
            aria-keyshortcuts={ariaKeys(keys, "help")}
            onClick={() => setSheetOpen((open) => !open)}
          >
            {t.shortcutsButton}
          </Button>
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
            <KeyTable keys={keys} />
          </>
        ) : (
          <p className={`${q}-hint`}>{t.shortcutsOff}</p>
        )}
        <Button variant="secondary" onClick={() => setSheetOpen(false)}>
          {t.closeShortcuts}
        </Button>
      </section>

      <div className={`sc-Row ${q}-notice`} role="status">
        {queue.lastSkipped ? (
          <>
            <Icon name="info" />
            <p>{format(t.skipped, { name: queue.lastSkipped.name })}</p>
            <Button variant="ghost" onClick={queue.dismissSkipped}>
              {t.dismiss}
            </Button>
          </>
        ) : null}
      </div>

      {state === "ready" && queue.error ? <StateMessage {...failed} title={t.moreError} /> : null}
      {state === "loading" ? <p className={`${q}-loading`}>{t.loading}</p> : null}
      {state === "error" ? (
        <StateMessage {...failed} title={t.errorTitle}>
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
            <header className={`sc-Row ${q}-header`}>
              {createElement(
                `h${sub}`,
                { id: `${ids}-name`, className: `${q}-name`, tabIndex: -1, ref: nameRef },
                name,
              )}
              <p className={`sc-Row ${q}-meta`}>
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
                <Button variant="secondary" onClick={() => onOpenCustomer(currentId)}>
                  {t.openCustomer}
                </Button>
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
                verified: keys.verify[0] ? keyLabel(t, keys.verify[0]) : undefined,
                rejected: keys.reject[0] ? keyLabel(t, keys.reject[0]) : undefined,
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
                <KeyTable keys={keys} />
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
