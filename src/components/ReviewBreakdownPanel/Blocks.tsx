import type { ReactNode } from "react";
import type { Customer } from "../../api/schemas/customer.js";
import type { IdentityDetails } from "../../api/schemas/review.js";
import {
  orderSections,
  otherMessages,
  type ReviewFacts,
  type ReviewSection,
} from "../../hooks/reviewFacts.js";
import { plural } from "../shared/labels.js";
import { Section } from "../shared/Section.js";
import type { Formatters } from "../shared/useFormat.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";
import { CheckedWatchlistMatches } from "../WatchlistMatches/WatchlistMatches.js";
import {
  KycSection,
  NetworkAlertsSection,
  OtherMessagesSection,
  WatchlistSummarySection,
} from "./checkSections.js";
import { ModuleList } from "./ModuleList.js";
import type { PanelOptions } from "./PanelView.js";
import { ReputationSection } from "./ReputationSection.js";

const p = "sc-ReviewBreakdownPanel";

/** The panel's blocks in `orderSections`' order (those that need attention first), then the other messages. */
export function Blocks({
  details,
  customer,
  facts,
  level,
  options,
  f,
}: {
  details: IdentityDetails;
  customer: Customer;
  facts: ReviewFacts;
  level: number;
  options: PanelOptions;
  f: Formatters;
}) {
  const t = useMessages(reviewSections).reviewPanel;
  const messages = details.messages;
  const watchlistMode = options.watchlist ?? "summary";
  // Hidden here means shown beside the panel (WatchlistMatches): its codes are not "other" messages.
  const sections = orderSections(details, facts.modules).filter(
    (key) => key !== "watchlist" || watchlistMode !== "hidden",
  );
  const others = otherMessages(details);

  const node = (key: ReviewSection): ReactNode => {
    switch (key) {
      case "modules":
        return (
          <Section
            kind="modules"
            headingLevel={level}
            showDecision={false}
            attention={facts.flaggedModules.length > 0}
            summary={plural(f.locale, facts.modules.length, t.moduleCount, f.number(facts.modules.length, 0))}
          >
            <ModuleList
              flagged={facts.flaggedModules}
              passed={facts.passedModules}
              messages={messages}
              headingLevel={level + 1}
              f={f}
            />
          </Section>
        );
      case "kyc":
        return details.kyc ? (
          <KycSection kyc={details.kyc} messages={messages} headingLevel={level} f={f} />
        ) : null;
      case "networkAlerts":
        return details.network_alerts ? (
          <NetworkAlertsSection alerts={details.network_alerts} messages={messages} headingLevel={level} />
        ) : null;
      case "watchlist":
        if (!details.watch_list) return null;
        return watchlistMode === "details" ? (
          <CheckedWatchlistMatches
            watchList={details.watch_list}
            codeMessages={messages}
            customer={customer}
            headingLevel={Math.min(level, 4) as 1 | 2 | 3 | 4}
            density={options.density}
            className={`${p}-watchlist`}
          />
        ) : (
          <WatchlistSummarySection
            watchList={details.watch_list}
            messages={messages}
            headingLevel={level}
            f={f}
          />
        );
      case "reputation":
        return details.reputation ? (
          <ReputationSection reputation={details.reputation} messages={messages} headingLevel={level} f={f} />
        ) : null;
    }
  };

  return (
    <div className={`${p}-blocks`}>
      {sections.map((key) => (
        <div key={key} className={`${p}-block`} data-block={key}>
          {node(key)}
        </div>
      ))}
      {others.length > 0 ? (
        <div className={`${p}-block`} data-block="otherMessages">
          <OtherMessagesSection entries={others} headingLevel={level} />
        </div>
      ) : null}
    </div>
  );
}
