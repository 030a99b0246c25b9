import { useMemo } from "react";
import type { Reputation, ReputationInsights } from "../../api/schemas/review.js";
import { format } from "../../messages/merge.js";
import { plural } from "../shared/labels.js";
import { Heading, RiskScore } from "../shared/reviewParts.js";
import { CheckSection, type CheckSectionProps } from "../shared/Section.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";

const p = "sc-ReviewBreakdownPanel";

type InsightKey = keyof ReputationInsights;
type CountKey = Exclude<InsightKey, `${string}_dates`>;
type DatesKey = Extract<InsightKey, `${string}_dates`>;

/** A count (or amount) and, when the API gives them, the dates behind it. */
interface InsightRow {
  key: CountKey;
  dates?: DatesKey;
  amount?: boolean;
  /** A non-zero value is a bad sign (fraud, returns, declines): it is emphasised. */
  adverse?: boolean;
}

const groups: readonly {
  id: "accounts" | "ach" | "cards" | "applications" | "identity";
  rows: InsightRow[];
}[] = [
  {
    id: "accounts",
    rows: [
      { key: "accounts_count" },
      { key: "accounts_active_count" },
      { key: "accounts_closed_count", dates: "accounts_closed_dates" },
      { key: "accounts_fraud_count", dates: "accounts_fraud_labeled_dates", adverse: true },
      { key: "accounts_fraud_loss_total_amount", amount: true, adverse: true },
    ],
  },
  {
    id: "ach",
    rows: [
      { key: "ach_fraud_transactions_count", dates: "ach_fraud_transactions_dates", adverse: true },
      { key: "ach_fraud_transactions_total_amount", amount: true, adverse: true },
      { key: "ach_returned_transactions_count", dates: "ach_returned_transactions_dates", adverse: true },
      { key: "ach_returned_transactions_total_amount", amount: true, adverse: true },
    ],
  },
  {
    id: "cards",
    rows: [
      { key: "card_fraud_transactions_count", dates: "card_fraud_transactions_dates", adverse: true },
      { key: "card_fraud_transactions_total_amount", amount: true, adverse: true },
      { key: "card_disputed_transactions_count", dates: "card_disputed_transactions_dates", adverse: true },
      { key: "card_disputed_transactions_total_amount", amount: true, adverse: true },
      { key: "card_stopped_transactions_count", dates: "card_stopped_transactions_dates", adverse: true },
    ],
  },
  {
    id: "applications",
    rows: [
      { key: "applications_count", dates: "applications_dates" },
      { key: "applications_approved_count" },
      { key: "applications_declined_count", adverse: true },
      { key: "applications_fraud_count", adverse: true },
    ],
  },
  {
    id: "identity",
    rows: [
      { key: "user_active_profile_count" },
      { key: "user_closed_profile_count" },
      { key: "user_institution_count" },
      { key: "user_address_count" },
      { key: "user_dob_count" },
      { key: "user_email_count" },
      { key: "user_mobile_count" },
    ],
  },
];

/** The latest `YYYY-MM-DD` of a list (ISO dates sort as text); malformed entries are skipped. */
function mostRecent(dates: readonly string[]): string | undefined {
  return dates
    .filter((date) => typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date))
    .reduce<string | undefined>(
      (latest, date) => (latest === undefined || date > latest ? date : latest),
      undefined,
    );
}

/** Decision, risk score, and the insights grouped; only what the API sent is shown. */
export function ReputationSection({
  reputation,
  messages,
  headingLevel,
  f,
}: CheckSectionProps & { reputation: Reputation }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel.reputation;
  const insights = reputation.insights ?? {};
  // Amounts have no documented currency: a plain number with cents.
  const amount = useMemo(
    () => new Intl.NumberFormat(f.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    [f.locale],
  );
  const present = groups
    .map((group) => ({
      ...group,
      rows: group.rows.filter(
        (row) => typeof insights[row.key] === "number" || (row.dates && Array.isArray(insights[row.dates])),
      ),
    }))
    .filter((group) => group.rows.length > 0);

  return (
    <CheckSection kind="reputation" headingLevel={headingLevel} result={reputation} messages={messages}>
      <dl className={`${p}-reputationScore`}>
        <dt>{m.reviewPanel.columns.riskScore}</dt>
        <dd>
          <RiskScore value={reputation.risk_score} label={t.riskScore} f={f} />
        </dd>
      </dl>
      {present.length === 0 ? (
        <p className={`${p}-none`}>{t.noInsights}</p>
      ) : (
        <div className={`${p}-insights`}>
          {present.map((group) => (
            <div key={group.id} className={`${p}-insightGroup`} data-group={group.id}>
              <Heading level={headingLevel + 1} className={`${p}-insightTitle`}>
                {t.groups[group.id]}
              </Heading>
              <dl className={`${p}-insightRows`}>
                {group.rows.map((row) => {
                  const raw = insights[row.key];
                  const dates = row.dates ? insights[row.dates] : undefined;
                  const dateList = Array.isArray(dates) ? dates : undefined;
                  // A date list without its count still tells how many there were.
                  const value = typeof raw === "number" ? raw : (dateList?.length ?? 0);
                  const latest = dateList ? mostRecent(dateList) : undefined;
                  const showDateCount = dateList && typeof raw === "number" && raw !== dateList.length;
                  return (
                    <div
                      key={row.key}
                      className={`${p}-insight`}
                      data-insight={row.key}
                      data-adverse={row.adverse && value > 0 ? "" : undefined}
                    >
                      <dt>{t.insights[row.key as keyof typeof t.insights]}</dt>
                      <dd className={`${p}-insightValue`}>
                        {row.amount ? amount.format(value) : f.number(value, 0)}
                      </dd>
                      {latest || showDateCount ? (
                        <dd className={`${p}-insightDates`}>
                          {[
                            showDateCount
                              ? plural(f.locale, dateList.length, t.dateCount, f.number(dateList.length, 0))
                              : null,
                            latest ? format(t.mostRecent, { date: f.date(latest.slice(0, 10)) }) : null,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </dd>
                      ) : null}
                    </div>
                  );
                })}
              </dl>
            </div>
          ))}
        </div>
      )}
    </CheckSection>
  );
}
