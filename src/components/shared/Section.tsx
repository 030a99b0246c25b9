import type { ReactNode } from "react";
import type { Decision } from "../../api/schemas/common.js";
import { needsAttention } from "../../hooks/reviewFacts.js";
import { CodeList, DecisionBadge, Heading } from "./reviewParts.js";
import type { Formatters } from "./useFormat.js";
import { reviewSections, useMessages } from "./useMessages.js";

const p = "sc-ReviewBreakdownPanel";

export type SectionKind = "modules" | "kyc" | "networkAlerts" | "watchlist" | "reputation" | "otherMessages";

/**
 * One block of the panel: a heading with the block's decision and a short summary, the
 * content, then its result codes (spelled out with their messages when it needs attention).
 */
export function Section({
  kind,
  headingLevel,
  decision,
  showDecision = true,
  summary,
  codes,
  messages,
  attention = needsAttention(decision),
  children,
}: {
  kind: SectionKind;
  headingLevel: number;
  decision?: Decision | null | undefined;
  showDecision?: boolean;
  summary?: ReactNode;
  codes?: readonly string[] | null | undefined;
  messages?: Record<string, string> | null | undefined;
  attention?: boolean;
  children?: ReactNode;
}) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  return (
    <section
      className={`${p}-section`}
      data-section={kind}
      data-decision={decision ?? undefined}
      data-attention={attention || undefined}
    >
      <div className={`sc-Row ${p}-sectionHead`}>
        <Heading level={headingLevel} className={`${p}-sectionTitle`}>
          {t.sections[kind]}
        </Heading>
        {showDecision ? <DecisionBadge decision={decision} /> : null}
        {summary ? <span className={`${p}-sectionSummary`}>{summary}</span> : null}
      </div>
      {children}
      {codes !== undefined ? (
        <dl className={`${p}-codes`}>
          <dt>{t.columns.codes}</dt>
          <dd>
            <CodeList codes={codes} messages={messages} spelledOut={attention} />
          </dd>
        </dl>
      ) : null}
    </section>
  );
}

/** The review's `messages` (code → text) that spell out a block's result codes. */
export type CodeMessages = Record<string, string> | null | undefined;

/** What every check block (KYC, network alerts, watchlist, reputation) is given besides its result. */
export interface CheckSectionProps {
  messages: CodeMessages;
  headingLevel: number;
  f: Formatters;
}

/** A check's block: its decision badge, and its result codes (none sent: an empty list). */
export function CheckSection({
  result,
  ...section
}: {
  kind: Exclude<SectionKind, "modules" | "otherMessages">;
  headingLevel: number;
  result: { decision?: Decision | null | undefined; codes?: readonly string[] | null | undefined };
  summary?: ReactNode;
  messages: CodeMessages;
  children?: ReactNode;
}) {
  return <Section {...section} decision={result.decision} showDecision codes={result.codes ?? null} />;
}
