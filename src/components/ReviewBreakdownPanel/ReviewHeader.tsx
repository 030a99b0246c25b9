import { type ReactNode, useEffect, useRef, useState } from "react";
import { parseTimestamp } from "../../api/schemas/common.js";
import type { CustomerReview } from "../../api/schemas/review.js";
import type { ReviewFacts } from "../../hooks/reviewFacts.js";
import type { RefreshResult } from "../../hooks/useCustomerReview.js";
import type { MutationState } from "../../hooks/useStraddleMutation.js";
import { format } from "../../messages/merge.js";
import { Badge } from "../shared/Badge.js";
import { Button } from "../shared/Button.js";
import { Icon } from "../shared/Icon.js";
import { decisionLabel, enumLabel, plural } from "../shared/labels.js";
import { CodeList, DecisionBadge, Heading } from "../shared/reviewParts.js";
import type { Formatters } from "../shared/useFormat.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";
import { useNow } from "../shared/useNow.js";

const p = "sc-ReviewBreakdownPanel";

/** What the panel asks a person to look at: a flagged module or block, its decision and reasons. */
export interface AttentionItem {
  key: string;
  label: string;
  decision: string;
  codes: readonly string[];
  /** Extra words after the label, e.g. the watchlist's hit count. */
  detail?: string | undefined;
}

export interface RefreshControl {
  state: MutationState<RefreshResult>;
  run: () => void;
}

/** Title, ids and times; then the verdict: status beside the screening decision, and what needs attention. */
export function ReviewHeader({
  review,
  facts,
  titleId,
  headingLevel,
  attention,
  refresh,
  actions,
  f,
}: {
  review: CustomerReview;
  facts: ReviewFacts;
  titleId: string;
  headingLevel: number;
  attention: readonly AttentionItem[];
  refresh: RefreshControl | undefined;
  actions?: ReactNode;
  f: Formatters;
}) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  const customer = review.customer_details;
  const details = review.identity_details ?? undefined;
  const { decision, decisionDisagrees: disagrees } = facts;
  const statusText = enumLabel(m, m.common.customerStatus, customer.status);

  return (
    <>
      <header className={`${p}-header`}>
        <div className={`${p}-titleRow`}>
          <Heading level={headingLevel} id={titleId} className={`${p}-title`}>
            <span className={`${p}-eyebrow`}>{t.title}</span>{" "}
            <span className={`${p}-name`}>{customer.name}</span>
          </Heading>
          {refresh ? <RefreshButton refresh={refresh} /> : null}
        </div>
        <dl className={`sc-Row ${p}-meta`}>
          <div className={`${p}-metaItem`} data-meta="type">
            <dt className="sc-visually-hidden">{t.customerType}</dt>
            <dd>{enumLabel(m, m.common.customerType, customer.type)}</dd>
          </div>
          {details ? (
            <>
              <div className={`${p}-metaItem`} data-meta="review-id">
                <dt>{t.reviewId}</dt>
                <dd>
                  <span className={`${p}-id sc-mono`}>{details.review_id}</span>
                  <CopyButton value={details.review_id} />
                </dd>
              </div>
              <div className={`${p}-metaItem`} data-meta="created">
                <dt>{t.created}</dt>
                <dd>
                  <Timestamp value={details.created_at} f={f} />
                </dd>
              </div>
              <div className={`${p}-metaItem`} data-meta="updated">
                <dt>{t.updated}</dt>
                <dd>
                  <Timestamp value={details.updated_at} f={f} />
                </dd>
              </div>
            </>
          ) : null}
        </dl>
      </header>
      <div className={`${p}-verdict`} data-disagree={disagrees || undefined}>
        <dl className={`${p}-verdictFacts`}>
          <div className={`${p}-verdictFact`} data-fact="status">
            <dt>{t.customerStatus}</dt>
            <dd>
              <Badge value={customer.status}>{statusText}</Badge>
            </dd>
          </div>
          <div className={`${p}-verdictFact`} data-fact="decision">
            <dt>{t.screeningDecision}</dt>
            <dd>
              {details ? (
                <DecisionBadge decision={decision} size="md" />
              ) : (
                <span className={`${p}-none`}>{t.noDecisionYet}</span>
              )}
            </dd>
          </div>
        </dl>
        {disagrees ? (
          <p className={`${p}-disagreement`}>
            <Icon name="info" />
            <span>
              {format(t.disagreement, { decision: decisionLabel(m, decision), status: statusText })}
            </span>
          </p>
        ) : null}
        {details ? <AttentionSummary items={attention} messages={details.messages} f={f} /> : null}
        {actions ? <div className={`sc-Row ${p}-verdictActions`}>{actions}</div> : null}
      </div>
    </>
  );
}

function AttentionSummary({
  items,
  messages,
  f,
}: {
  items: readonly AttentionItem[];
  messages: Record<string, string> | null | undefined;
  f: Formatters;
}) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  if (items.length === 0) {
    return (
      <p className={`sc-Row ${p}-attention`} data-count={0}>
        <Icon name="check" />
        <span>{t.attention.none}</span>
      </p>
    );
  }
  return (
    <div className={`sc-Row ${p}-attention`} data-count={items.length}>
      <Icon name="warning" />
      <p className={`${p}-attentionTitle`}>
        {plural(f.locale, items.length, t.attention, f.number(items.length, 0))}
      </p>
      <ul className={`${p}-attentionList`} aria-label={t.topReasons}>
        {items.map((item) => (
          <li key={item.key} data-decision={item.decision} data-item={item.key}>
            <span className={`${p}-attentionName`}>
              {item.label}
              {item.detail ? <span className={`${p}-attentionDetail`}> · {item.detail}</span> : null}
            </span>
            <Badge value={item.decision} size="sm">
              {decisionLabel(m, item.decision)}
            </Badge>
            {item.codes.length > 0 ? (
              <CodeList codes={item.codes} messages={messages} spelledOut className={`${p}-attentionCodes`} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Locale date and time, then how long ago, with the machine-readable instant. */
function Timestamp({ value, f }: { value: string; f: Formatters }) {
  const m = useMessages(reviewSections);
  const now = useNow();
  const date = parseTimestamp(value);
  const valid = !Number.isNaN(date.getTime());
  return (
    <span className={`${p}-time`}>
      <time dateTime={valid ? date.toISOString() : undefined}>{f.dateTime(value)}</time>
      {valid && now !== null ? (
        <span className={`${p}-relative`}>
          {" "}
          {format(m.reviewPanel.relativeTime, { relative: f.relative(value, now) })}
        </span>
      ) : null}
    </span>
  );
}

function CopyButton({ value }: { value: string }) {
  const m = useMessages(reviewSections);
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = () => {
    const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(value).then(
      () => {
        setCopied(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setCopied(false), 2000);
      },
      () => {},
    );
  };
  return (
    <>
      <Button className={`${p}-copy`} variant="ghost" aria-label={m.reviewPanel.copyReviewId} onClick={copy}>
        {copied ? m.common.copied : m.common.copy}
      </Button>
      <span className="sc-visually-hidden" role="status">
        {copied ? m.common.copied : ""}
      </span>
    </>
  );
}

function RefreshButton({ refresh }: { refresh: RefreshControl }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel.refresh;
  const { state } = refresh;
  const pending = state.isPending;
  const message = pending
    ? t.pending
    : state.status === "error"
      ? t.failed
      : state.status === "success"
        ? state.data?.updated
          ? t.updated
          : t.notYet
        : "";
  return (
    <div className={`${p}-refresh`} data-state={state.status}>
      <p className={`${p}-refreshStatus`} role="status">
        {message}
      </p>
      <Button
        className={`${p}-refreshButton`}
        variant="secondary"
        unavailable={pending}
        data-pending={pending || undefined}
        onClick={() => refresh.run()}
      >
        <Icon name="refresh" />
        {t.action}
      </Button>
    </div>
  );
}
