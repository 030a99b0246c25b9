import type { ModuleEntry } from "../../hooks/reviewFacts.js";
import { format } from "../../messages/merge.js";
import { own, plural } from "../shared/labels.js";
import { CodeList, CorrelationTag, DecisionBadge, Heading, RiskScore } from "../shared/reviewParts.js";
import type { Formatters } from "../shared/useFormat.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";
import { PassedDisclosure } from "./PassedDisclosure.js";

const p = "sc-ReviewBreakdownPanel";

/**
 * The modules that need attention, one row each, then those that passed collapsed to one
 * line ("7 checks passed", expandable). Rows are in the order given (flagged first). On a wide panel the
 * rows line up under a column header; on a narrow one, or in compact density, each row is
 * a small card. Each field carries its own label, so the header row is only visual.
 */
export function ModuleList({
  flagged,
  passed,
  messages,
  headingLevel,
  f,
}: {
  /** `ReviewFacts.flaggedModules`. */
  flagged: readonly ModuleEntry[];
  /** `ReviewFacts.passedModules`. */
  passed: readonly ModuleEntry[];
  messages: Record<string, string> | null | undefined;
  headingLevel: number;
  f: Formatters;
}) {
  const t = useMessages(reviewSections).reviewPanel;
  if (flagged.length + passed.length === 0) return <p className={`${p}-empty`}>{t.noModules}</p>;
  const table = { messages, headingLevel, f };
  return (
    <>
      {flagged.length > 0 ? <ModuleTable modules={flagged} flagged {...table} /> : null}
      {passed.length > 0 ? (
        <PassedDisclosure
          kind="modules"
          summary={plural(f.locale, passed.length, t.passedChecks, f.number(passed.length, 0))}
        >
          <ModuleTable modules={passed} flagged={false} {...table} />
        </PassedDisclosure>
      ) : null}
    </>
  );
}

function ModuleTable({
  modules,
  flagged,
  messages,
  headingLevel,
  f,
}: {
  modules: readonly ModuleEntry[];
  /** The rows need attention: their codes are spelled out. */
  flagged: boolean;
  messages: Record<string, string> | null | undefined;
  headingLevel: number;
  f: Formatters;
}) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  return (
    <div className={`${p}-moduleTable`}>
      <ModuleHead />
      <ul className={`${p}-modules`}>
        {modules.map(({ name, module }) => {
          const label = own(m.common.modules, name) ?? name;
          return (
            <li
              key={name}
              className={`${p}-module`}
              data-module={name}
              data-decision={module.decision ?? undefined}
              data-attention={flagged || undefined}
            >
              <Heading level={headingLevel} className={`${p}-moduleName`}>
                {label}
              </Heading>
              <dl className={`${p}-moduleFields`}>
                <div className={`${p}-field`} data-field="decision">
                  <dt>{t.columns.decision}</dt>
                  <dd>
                    <DecisionBadge decision={module.decision} />
                  </dd>
                </div>
                <div className={`${p}-field`} data-field="risk">
                  <dt>{t.columns.riskScore}</dt>
                  <dd>
                    <RiskScore
                      value={module.risk_score}
                      label={format(t.moduleRiskScore, { name: label })}
                      f={f}
                    />
                  </dd>
                </div>
                <div className={`${p}-field`} data-field="correlation">
                  <dt>{t.columns.correlation}</dt>
                  <dd>
                    <CorrelationTag value={module.correlation} score={module.correlation_score} f={f} />
                  </dd>
                </div>
                <div className={`${p}-field`} data-field="codes">
                  <dt>{t.columns.codes}</dt>
                  <dd>
                    <CodeList codes={module.codes} messages={messages} spelledOut={flagged} />
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The column header of the module rows (also the skeleton's): only visual, each field has its own label. */
export function ModuleHead() {
  const t = useMessages(reviewSections).reviewPanel;
  return (
    <div className={`${p}-moduleHead`} aria-hidden="true">
      <span>{t.columns.check}</span>
      <span>{t.columns.decision}</span>
      <span>{t.columns.riskScore}</span>
      <span>{t.columns.correlation}</span>
      <span>{t.columns.codes}</span>
    </div>
  );
}
