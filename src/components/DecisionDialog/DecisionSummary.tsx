import type { WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { summarizeDispositions } from "../../hooks/reviewFacts.js";
import type { UseCustomerReviewResult } from "../../hooks/useCustomerReview.js";
import { Badge } from "../shared/Badge.js";
import { dispositionSummaryText } from "../shared/dispositionText.js";
import { decisionLabel } from "../shared/labels.js";
import { useFormat } from "../shared/useFormat.js";
import { dialogSections, useMessages } from "../shared/useMessages.js";

/** Who is decided on, and what the screening found: the same facts as the panel's verdict (`reviewFacts`). */
export function Summary({
  review,
  dispositions,
}: {
  review: UseCustomerReviewResult;
  dispositions: WatchlistDispositions;
}) {
  const m = useMessages(dialogSections);
  const f = useFormat();
  const t = m.decisionDialog;
  if (review.status !== "success") {
    return <p className="sc-DecisionDialog-loading">{t.loadingCustomer}</p>;
  }
  const customer = review.review.customer_details;
  // The same list as the panel's "N checks need attention" (reviewFacts), with the same labels.
  const flagged = review.attention.map((item) => ({
    key: item.key,
    label: item.kind === "module" ? m.common.modules[item.key] : t.blocks[item.key],
    decision: item.decision,
  }));
  const hits = review.watchListHits;
  return (
    <div className="sc-DecisionDialog-summary">
      <section className="sc-DecisionDialog-customer" aria-label={t.customerHeading}>
        <p className="sc-DecisionDialog-name">{customer.name}</p>
        <p className="sc-Row sc-DecisionDialog-meta">
          <span>{m.common.customerType[customer.type]}</span>
          <Badge value={customer.status} size="sm">
            {m.common.customerStatus[customer.status]}
          </Badge>
        </p>
      </section>
      <section className="sc-DecisionDialog-screening" aria-label={t.screeningHeading}>
        {review.hasIdentityDetails ? (
          <dl className="sc-DecisionDialog-facts">
            <div>
              <dt>{t.overallDecision}</dt>
              <dd>
                <Badge value={review.decision} size="sm">
                  {decisionLabel(m, review.decision)}
                </Badge>
              </dd>
            </div>
            <div>
              <dt>{t.flaggedModules}</dt>
              <dd>
                {flagged.length === 0 ? (
                  t.nothingFlagged
                ) : (
                  <ul className="sc-DecisionDialog-flagged">
                    {flagged.map(({ key, label, decision }) => (
                      <li key={key}>
                        <span>{label}</span>
                        <Badge value={decision} size="sm">
                          {decisionLabel(m, decision)}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div>
              <dt>{t.watchlistMatches}</dt>
              <dd className="sc-DecisionDialog-count">{review.watchListMatchCount}</dd>
            </div>
            {hits.length > 0 ? (
              <div>
                <dt>{t.hitsCleared}</dt>
                <dd className="sc-DecisionDialog-judged">
                  {dispositionSummaryText(m.common, summarizeDispositions(hits, dispositions), f)}
                </dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>{t.noScreening}</p>
        )}
      </section>
    </div>
  );
}
