import {
  type KycField,
  type KycResult,
  kycFields,
  type NetworkAlerts,
  type WatchList,
} from "../../api/schemas/review.js";
import { watchlistMatchCount } from "../../hooks/reviewFacts.js";
import { format } from "../../messages/merge.js";
import { Icon } from "../shared/Icon.js";
import { plural } from "../shared/labels.js";
import { CheckSection, type CheckSectionProps, Section } from "../shared/Section.js";
import { ShowAllButton, useCapped } from "../shared/ShowAll.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";
import { PassedDisclosure } from "./PassedDisclosure.js";

const p = "sc-ReviewBreakdownPanel";

/** The ten KYC validations as a description list: ✓ passed, ✗ failed, – not checked. */
export function KycSection({ kyc, messages, headingLevel, f }: CheckSectionProps & { kyc: KycResult }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel.kyc;
  const validations = kyc.validations ?? {};
  const results = kycFields.map((field) => {
    const value = validations[field];
    return { field, result: value === true ? "pass" : value === false ? "fail" : "unchecked" } as const;
  });
  const passedResults = results.filter((r) => r.result === "pass");
  // Failed first, then not checked: what needs judgement leads; passes collapse to one line.
  const open = [
    ...results.filter((r) => r.result === "fail"),
    ...results.filter((r) => r.result === "unchecked"),
  ];
  const passed = passedResults.length;
  const failed = results.filter((r) => r.result === "fail").length;
  const summary = [
    format(t.summary, { passed: f.number(passed, 0), total: f.number(results.length, 0) }),
    failed > 0 ? format(t.failedCount, { count: f.number(failed, 0) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <CheckSection kind="kyc" headingLevel={headingLevel} result={kyc} summary={summary} messages={messages}>
      {open.length > 0 ? <KycTiles results={open} /> : null}
      {passedResults.length > 0 ? (
        <PassedDisclosure
          kind="kyc"
          summary={plural(f.locale, passed, t.passedCollapsed, f.number(passed, 0))}
        >
          <KycTiles results={passedResults} />
        </PassedDisclosure>
      ) : null}
    </CheckSection>
  );
}

type KycTileResult = { field: KycField; result: "pass" | "fail" | "unchecked" };

function KycTiles({ results }: { results: readonly KycTileResult[] }) {
  const t = useMessages(reviewSections).reviewPanel.kyc;
  return (
    <dl className={`${p}-kycGrid`}>
      {results.map(({ field, result }) => (
        <div key={field} className={`${p}-kycItem`} data-result={result}>
          <dt>{t.fields[field]}</dt>
          <dd>
            <Icon name={result === "pass" ? "check" : result === "fail" ? "cross" : "minus"} />
            {result === "pass" ? t.passed : result === "fail" ? t.failed : t.notChecked}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function NetworkAlertsSection({
  alerts,
  messages,
  headingLevel,
}: Omit<CheckSectionProps, "f"> & { alerts: NetworkAlerts }) {
  const m = useMessages(reviewSections);
  const list = useCapped((alerts.alerts ?? []).filter((alert) => typeof alert === "string" && alert !== ""));
  return (
    <CheckSection kind="networkAlerts" headingLevel={headingLevel} result={alerts} messages={messages}>
      {list.total > 0 ? (
        <>
          <ul className={`${p}-alerts`} aria-label={m.reviewPanel.networkAlerts.alerts}>
            {list.shown.map((alert, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: alerts may repeat; the list is static
              <li key={index} className={`${p}-alert`}>
                <Icon name="warning" />
                <span>{alert}</span>
              </li>
            ))}
          </ul>
          <ShowAllButton list={list} />
        </>
      ) : (
        <p className={`${p}-none`}>{m.reviewPanel.networkAlerts.none}</p>
      )}
    </CheckSection>
  );
}

const MATCHED_SHOWN = 5;

/** Decision, match count and the lists matched; the matches themselves are `<WatchlistMatches>`'s. */
export function WatchlistSummarySection({
  watchList,
  messages,
  headingLevel,
  f,
}: CheckSectionProps & { watchList: WatchList }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel.watchlist;
  const names = (watchList.matches ?? []).map((match) => match.list_name).filter(Boolean) as string[];
  const lists = [...new Set(names.length > 0 ? names : (watchList.matched ?? []).filter(Boolean))];
  const count = watchlistMatchCount(watchList);
  return (
    <CheckSection
      kind="watchlist"
      headingLevel={headingLevel}
      result={watchList}
      summary={plural(f.locale, count, t.matchCount, f.number(count, 0))}
      messages={messages}
    >
      {lists.length > 0 ? (
        <ul className={`${p}-matchedLists`} aria-label={t.matchedLists}>
          {lists.slice(0, MATCHED_SHOWN).map((name) => (
            <li key={name}>{name}</li>
          ))}
          {lists.length > MATCHED_SHOWN ? (
            <li className={`${p}-more`}>
              {format(t.more, { count: f.number(lists.length - MATCHED_SHOWN, 0) })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </CheckSection>
  );
}

/** The review's messages whose code is shown nowhere else in the panel. */
export function OtherMessagesSection({
  entries,
  headingLevel,
}: {
  entries: readonly (readonly [string, string])[];
  headingLevel: number;
}) {
  const list = useCapped(entries);
  return (
    <Section kind="otherMessages" headingLevel={headingLevel} showDecision={false} attention={false}>
      <dl className={`${p}-messages`}>
        {list.shown.map(([code, text]) => (
          <div key={code} className={`${p}-message`}>
            <dt className="sc-mono">{code}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <ShowAllButton list={list} />
    </Section>
  );
}
