import type { ReactNode } from "react";
import type { Correlation, Decision } from "../../api/schemas/common.js";
import { Badge } from "./Badge.js";
import { CodeChip } from "./CodeChip.js";
import { cx } from "./cx.js";
import { decisionLabel, enumLabel, inUnitRange, own } from "./labels.js";
import { Meter } from "./Meter.js";
import { ShowAllButton, useCapped } from "./ShowAll.js";
import type { Formatters } from "./useFormat.js";
import { reviewSections, useMessages } from "./useMessages.js";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `h1`…`h6`, capped at 6, so hosts can fit the component into their outline. */
export function Heading({
  level,
  className,
  id,
  children,
}: {
  level: number;
  className?: string;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}` as `h${HeadingLevel}`;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

/** A screening decision as a badge; a missing one as "not reported" (no empty badge). */
export function DecisionBadge({
  decision,
  size = "sm",
}: {
  decision: Decision | null | undefined;
  size?: "sm" | "md";
}) {
  const m = useMessages(reviewSections);
  if (decision === null || decision === undefined || decision === "") return <NotReported />;
  return (
    <Badge value={decision} size={size}>
      {decisionLabel(m, decision)}
    </Badge>
  );
}

/** "—" on screen, "Not reported" for screen readers. */
export function NotReported({ className }: { className?: string }) {
  const m = useMessages(reviewSections);
  return (
    <span className={cx("sc-NotReported", className)}>
      <span aria-hidden="true">{m.common.notAvailable}</span>
      <span className="sc-visually-hidden">{m.reviewPanel.notReported}</span>
    </span>
  );
}

/**
 * Result codes as chips, each explained by the review's `messages` when it has the code.
 * With `spelledOut`, each code is followed by its message in plain text (for problems,
 * where the reason must be readable at a glance).
 */
export function CodeList({
  codes,
  messages,
  spelledOut = false,
  className,
}: {
  codes: readonly string[] | null | undefined;
  messages: Record<string, string> | null | undefined;
  spelledOut?: boolean;
  className?: string;
}) {
  const m = useMessages(reviewSections);
  const list = useCapped((codes ?? []).filter((code) => typeof code === "string"));
  if (list.total === 0) return <span className="sc-CodeList-empty">{m.reviewPanel.noCodes}</span>;
  if (spelledOut) {
    return (
      <>
        <ul className={cx("sc-CodeList", className)} data-spelled-out="">
          {list.shown.map((code, index) => {
            const text = own(messages, code);
            return (
              // Codes may repeat; their position keeps the keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for a given review
              <li key={`${index}:${code}`} className="sc-CodeList-item">
                <CodeChip code={code} />
                {text ? <span className="sc-CodeList-text">{text}</span> : null}
              </li>
            );
          })}
        </ul>
        <ShowAllButton list={list} />
      </>
    );
  }
  return (
    <>
      <ul className={cx("sc-CodeList", className)}>
        {list.shown.map((code, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for a given review
          <li key={`${index}:${code}`} className="sc-CodeList-item">
            <CodeChip code={code} explanation={own(messages, code)} />
          </li>
        ))}
      </ul>
      <ShowAllButton list={list} />
    </>
  );
}

/** A risk score as the shared meter, or "not reported". */
export function RiskScore({
  value,
  label,
  f,
}: {
  value: number | null | undefined;
  label: string;
  f: Formatters;
}) {
  const m = useMessages(reviewSections);
  if (typeof value !== "number") return <NotReported />;
  return (
    <Meter
      label={label}
      value={value}
      valueText={formatScore(f.locale, value)}
      outOfRangeText={m.common.outOfRange}
      hideLabel
    />
  );
}

const scoreFormats = new Map<string, Intl.NumberFormat>();

/**
 * Scores with exactly three decimals (`0.140`, `0.912`), so a column of them lines up on
 * the decimal point; values outside 0–1 keep the same form (`123.000`).
 */
export function formatScore(locale: string | undefined, value: number): string {
  const key = locale ?? "";
  let format = scoreFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    scoreFormats.set(key, format);
  }
  return format.format(value);
}

const correlationLevel: Record<string, number> = {
  low_confidence: 1,
  potential_match: 2,
  likely_match: 3,
  high_confidence: 4,
};

/** Strength of a correlation bucket, 1–4; 0 for an unknown or missing one. */
export function correlationRank(value: Correlation | null | undefined): number {
  return value && Object.hasOwn(correlationLevel, value) ? (correlationLevel[value] ?? 0) : 0;
}

/**
 * A correlation bucket and score, in one visual language for the review panel and the
 * watchlist: four bars filled by the bucket's strength, its name, and the score.
 */
export function CorrelationTag({
  value,
  score,
  f,
}: {
  value: Correlation | null | undefined;
  score?: number | null | undefined;
  f: Formatters;
}) {
  const m = useMessages(reviewSections);
  const hasValue = typeof value === "string" && value !== "";
  const hasScore = typeof score === "number";
  if (!hasValue && !hasScore) return <NotReported />;
  const level = correlationRank(value);
  const known = level > 0;
  const scoreOutOfRange = hasScore && !inUnitRange(score);
  return (
    <span
      className="sc-Correlation"
      data-correlation={hasValue ? value : undefined}
      data-level={level}
      data-unknown={hasValue && !known ? "" : undefined}
    >
      {hasValue ? (
        <>
          <span className="sc-Correlation-bars" aria-hidden="true">
            {[1, 2, 3, 4].map((bar) => (
              <span key={bar} className="sc-Correlation-bar" data-on={bar <= level ? "" : undefined} />
            ))}
          </span>
          <span className="sc-Correlation-label">{enumLabel(m, m.common.correlation, value)}</span>
        </>
      ) : null}
      {hasScore ? (
        <span className="sc-Correlation-score">
          {formatScore(f.locale, score)}
          {scoreOutOfRange ? <span className="sc-Correlation-range"> ({m.common.outOfRange})</span> : null}
        </span>
      ) : null}
    </span>
  );
}
