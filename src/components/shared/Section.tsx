import type { ReactNode } from "react";
import type { Decision } from "../../api/schemas/common.js";
import { needsAttention } from "../../hooks/reviewFacts.js";
import { CodeList, DecisionBadge, Heading } from "./reviewParts.js";
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
      <div className={`${p}-sectionHead`}>
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
