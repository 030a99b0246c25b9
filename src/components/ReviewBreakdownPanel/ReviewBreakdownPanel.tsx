import { type ReactNode, useId, useMemo, useRef } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { Decision } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import { type CustomerReview, CustomerReviewSchema, type IdentityDetails } from "../../api/schemas/review.js";
import { needsAttention, type ReviewFacts, reviewFacts } from "../../hooks/reviewFacts.js";
import { type RefreshResult, useCustomerReview } from "../../hooks/useCustomerReview.js";
import { useValidated } from "../../hooks/useValidated.js";
import { format } from "../../messages/merge.js";
import { accessErrorOf } from "../shared/accessError.js";
import { cx } from "../shared/cx.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import { InvalidData } from "../shared/InvalidData.js";
import { own, plural } from "../shared/labels.js";
import { Heading } from "../shared/reviewParts.js";
import { Section, type SectionKind } from "../shared/Section.js";
import { StateMessage } from "../shared/StateMessage.js";
import { type Formatters, useFormat } from "../shared/useFormat.js";
import { type MessageSections, reviewSections, useMessages } from "../shared/useMessages.js";
import { CheckedWatchlistMatches } from "../WatchlistMatches/WatchlistMatches.js";
import {
  KycSection,
  NetworkAlertsSection,
  OtherMessagesSection,
  WatchlistSummarySection,
} from "./checkSections.js";
import { ModuleList } from "./ModuleList.js";
import { PanelSkeleton } from "./PanelSkeleton.js";
import { ReputationSection } from "./ReputationSection.js";
import { type AttentionItem, type RefreshControl, ReviewHeader } from "./ReviewHeader.js";

interface ReviewBreakdownPanelBaseProps {
  /** Level of the panel's title; section titles take the next level, module names the one after. Defaults to `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** `"compact"` suits side panels: modules as cards, tighter spacing. Defaults to `"comfortable"`. */
  density?: "comfortable" | "compact";
  /**
   * How the watchlist screening appears: its decision and match count (`"summary"`), every
   * match through `<WatchlistMatches>` (`"details"`), or not at all (`"hidden"`, when the
   * host shows `<WatchlistMatches>` beside the panel). Defaults to `"summary"`.
   */
  watchlist?: "summary" | "details" | "hidden";
  /**
   * Shown in the verdict at the top, beside what needs attention: the place for the decision
   * (e.g. `<DecisionDialog customerId={id} />`) in a reviewer's workspace.
   */
  actions?: ReactNode;
  /** Added to the root element's class names. */
  className?: string;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

/** Fetches the review of a customer through `useCustomerReview`; needs `<StraddleProvider>`. */
export interface ReviewBreakdownPanelFetchProps extends ReviewBreakdownPanelBaseProps {
  customerId: string;
  review?: never;
  /** Shows a "Refresh review" button that starts a new screening (`refresh()`). Defaults to `false`. */
  allowRefresh?: boolean;
  /** Called when a refresh finished; `updated` tells whether the new review arrived in time. */
  onRefreshed?: (result: RefreshResult) => void;
}

/** Shows a review the host already has (the `data` of `CustomerReviewV1`); needs no provider. */
export interface ReviewBreakdownPanelDataProps extends ReviewBreakdownPanelBaseProps {
  review: CustomerReview;
  customerId?: never;
  allowRefresh?: never;
  onRefreshed?: never;
}

export type ReviewBreakdownPanelProps = ReviewBreakdownPanelFetchProps | ReviewBreakdownPanelDataProps;

/**
 * Why the screening flagged a customer: the verdict first (customer status beside the
 * screening's decision, and what needs attention), then every breakdown module — flagged
 * ones first — the KYC validations, network alerts, watchlist, reputation and any other
 * message of the review.
 *
 * Root state: `data-state` (`loading | error | pending | ready`), `data-density`,
 * `data-status`, `data-decision`, `data-attention`.
 *
 * @example
 * <ReviewBreakdownPanel customerId={id} allowRefresh />
 * <ReviewBreakdownPanel review={response.data} density="compact" />
 */
export function ReviewBreakdownPanel(props: ReviewBreakdownPanelProps) {
  return (
    <ComponentBoundary
      name="ReviewBreakdownPanel"
      className={props.className}
      unstyled={props.unstyled}
      resetKey={props.customerId ?? props.review}
    >
      {props.customerId !== undefined ? <ConnectedPanel {...props} /> : <DataPanel {...props} />}
    </ComponentBoundary>
  );
}

function DataPanel({ review: given, ...options }: ReviewBreakdownPanelDataProps) {
  // The host's data gets the fetch path's check: a wrong shape is an error state, not a throw.
  const checked = useValidated(CustomerReviewSchema, given);
  const review = checked.ok ? checked.value : undefined;
  const facts = useMemo(() => (review ? reviewFacts(review) : undefined), [review]);
  if (!review || !facts)
    return <PanelView invalidPaths={checked.ok ? [] : checked.paths} options={options} />;
  return <PanelView review={review} facts={facts} options={options} />;
}

function ConnectedPanel({
  customerId,
  allowRefresh,
  onRefreshed,
  ...options
}: ReviewBreakdownPanelFetchProps) {
  const result = useCustomerReview(customerId);
  const onRefreshedRef = useRef(onRefreshed);
  onRefreshedRef.current = onRefreshed;
  const retry = () => void result.refetch();

  if (result.status === "pending") return <PanelView loading options={options} />;
  if (!result.review) return <PanelView error={result.error} onRetry={retry} options={options} />;

  const refresh: RefreshControl | undefined = allowRefresh
    ? {
        state: result.refreshState,
        run: () => {
          result.refresh().then(
            (outcome) => onRefreshedRef.current?.(outcome),
            // The failure is shown from `refreshState`.
            () => {},
          );
        },
      }
    : undefined;
  const facts = result.status === "success" ? result : reviewFacts(result.review);
  return (
    <PanelView
      review={result.review}
      facts={facts}
      staleError={result.status === "error" ? result.error : null}
      onRetry={retry}
      refresh={refresh}
      options={options}
    />
  );
}

type PanelOptions = ReviewBreakdownPanelBaseProps;

const p = "sc-ReviewBreakdownPanel";

/** The one rendering path of both modes. */
function PanelView({
  loading,
  review,
  facts,
  error,
  invalidPaths,
  staleError,
  onRetry,
  refresh,
  options,
}: {
  loading?: boolean;
  /** Direct-data mode: where the given review failed the schema. */
  invalidPaths?: readonly string[];
  review?: CustomerReview;
  facts?: ReviewFacts;
  error?: StraddleError | null;
  staleError?: StraddleError | null;
  onRetry?: () => void;
  refresh?: RefreshControl | undefined;
  options: PanelOptions;
}) {
  const m = useMessages(reviewSections);
  const f = useFormat();
  const titleId = useId();
  const level = options.headingLevel ?? 2;
  const density = options.density ?? "comfortable";
  const details = review?.identity_details ?? undefined;
  const state = loading ? "loading" : !review || !facts ? "error" : details ? "ready" : "pending";
  const attention = review && facts && details ? attentionItems(m, facts, f) : [];

  const root = {
    className: cx("sc-root", p, options.className),
    "data-sc-unstyled": options.unstyled || undefined,
    "aria-labelledby": titleId,
    "aria-busy": loading || refresh?.state.isPending || undefined,
    "data-state": state,
    "data-density": density,
    "data-status": review?.customer_details.status,
    "data-decision": details?.decision ?? undefined,
    "data-attention": attention.length > 0 || undefined,
    "data-disagree": facts?.decisionDisagrees || undefined,
  };

  if (state === "loading") {
    return (
      <section {...root}>
        <PanelSkeleton titleId={titleId} headingLevel={level} />
        <p className="sc-visually-hidden" role="status">
          {m.reviewPanel.loading}
        </p>
      </section>
    );
  }

  if (!review || !facts) {
    const accessError = invalidPaths ? undefined : accessErrorOf(error);
    return (
      <section {...root} data-error={accessError}>
        <header className={`${p}-header`}>
          <div className={`${p}-titleRow`}>
            <Heading level={level} id={titleId} className={`${p}-title`}>
              <span className={`${p}-name`}>{m.reviewPanel.title}</span>
            </Heading>
          </div>
        </header>
        <div className={`${p}-body`}>
          {accessError ? (
            <StateMessage
              kind="error"
              title={accessError === "notFound" ? m.reviewPanel.notFoundTitle : m.reviewPanel.forbiddenTitle}
            >
              <p>
                {accessError === "notFound" ? m.reviewPanel.notFoundDetail : m.reviewPanel.forbiddenDetail}
              </p>
            </StateMessage>
          ) : (
            <StateMessage
              kind="error"
              title={m.reviewPanel.errorTitle}
              onRetry={onRetry}
              retryLabel={m.common.retry}
            >
              {invalidPaths ? <InvalidData paths={invalidPaths} /> : <ErrorDetail error={error ?? null} />}
            </StateMessage>
          )}
        </div>
      </section>
    );
  }

  return (
    <section {...root}>
      <ReviewHeader
        review={review}
        titleId={titleId}
        headingLevel={level}
        attention={attention}
        refresh={refresh}
        actions={options.actions}
        f={f}
      />
      {staleError ? (
        <div className={`${p}-body`}>
          <StateMessage
            kind="error"
            title={m.reviewPanel.staleError}
            onRetry={onRetry}
            retryLabel={m.common.retry}
          >
            <ErrorDetail error={staleError} />
          </StateMessage>
        </div>
      ) : null}
      {details ? (
        <Blocks
          details={details}
          customer={review.customer_details}
          facts={facts}
          level={level + 1}
          options={options}
          f={f}
        />
      ) : (
        <div className={`${p}-body`}>
          {review.customer_details.status === "pending" ? (
            <StateMessage
              kind="info"
              title={m.reviewPanel.pending.title}
              onRetry={onRetry}
              retryLabel={m.reviewPanel.pending.checkAgain}
            >
              {m.reviewPanel.pending.detail}
            </StateMessage>
          ) : (
            <StateMessage kind="info" title={m.reviewPanel.notScreened.title}>
              {m.reviewPanel.notScreened.detail}
            </StateMessage>
          )}
        </div>
      )}
    </section>
  );
}

const rankOf = (decision: Decision | null | undefined) =>
  decision === "reject" ? 0 : decision === "review" ? 1 : needsAttention(decision) ? 2 : 3;

/** `facts.attention` with its labels: the list behind "N checks need attention". */
function attentionItems(m: MessageSections<"common" | "reviewPanel">, facts: ReviewFacts, f: Formatters) {
  return facts.attention.map(
    (item): AttentionItem => ({
      key: item.key,
      label:
        item.kind === "module"
          ? (own(m.common.modules, item.key) ?? item.key)
          : m.reviewPanel.sections[item.key],
      decision: item.decision,
      codes: item.codes,
      detail:
        item.key === "watchlist"
          ? plural(
              f.locale,
              facts.watchListMatchCount,
              m.reviewPanel.watchlist.matchCount,
              f.number(facts.watchListMatchCount, 0),
            )
          : undefined,
    }),
  );
}

/** The panel's blocks, those that need attention first, then in reading order. */
function Blocks({
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
  const m = useMessages(reviewSections);
  const t = m.reviewPanel;
  const messages = details.messages;
  const watchlistMode = options.watchlist ?? "summary";
  const blocks: { key: SectionKind; rank: number; node: ReactNode }[] = [];
  const shownCodes = new Set<string>();
  const show = (codes: readonly string[] | null | undefined) => {
    for (const code of codes ?? []) shownCodes.add(code);
  };

  for (const { module } of facts.modules) show(module.codes);
  blocks.push({
    key: "modules",
    rank: Math.min(2, ...facts.modules.map(({ module }) => rankOf(module.decision))),
    node: (
      <Section
        kind="modules"
        headingLevel={level}
        showDecision={false}
        attention={facts.flaggedModules.length > 0}
        summary={plural(f.locale, facts.modules.length, t.moduleCount, f.number(facts.modules.length, 0))}
      >
        <ModuleList modules={facts.modules} messages={messages} headingLevel={level + 1} f={f} />
      </Section>
    ),
  });
  if (details.kyc) {
    show(details.kyc.codes);
    blocks.push({
      key: "kyc",
      rank: rankOf(details.kyc.decision),
      node: <KycSection kyc={details.kyc} messages={messages} headingLevel={level} f={f} />,
    });
  }
  if (details.network_alerts) {
    show(details.network_alerts.codes);
    blocks.push({
      key: "networkAlerts",
      rank: rankOf(details.network_alerts.decision),
      node: <NetworkAlertsSection alerts={details.network_alerts} messages={messages} headingLevel={level} />,
    });
  }
  // Hidden here means shown beside the panel (WatchlistMatches): its codes are not "other" messages.
  if (details.watch_list) show(details.watch_list.codes);
  if (details.watch_list && watchlistMode !== "hidden") {
    blocks.push({
      key: "watchlist",
      rank: rankOf(details.watch_list.decision),
      node:
        watchlistMode === "details" ? (
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
        ),
    });
  }
  if (details.reputation) {
    show(details.reputation.codes);
    blocks.push({
      key: "reputation",
      rank: rankOf(details.reputation.decision),
      node: (
        <ReputationSection reputation={details.reputation} messages={messages} headingLevel={level} f={f} />
      ),
    });
  }
  // Stable: equal ranks keep the reading order above.
  blocks.sort((a, b) => a.rank - b.rank);
  const others = Object.entries(messages ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !shownCodes.has(entry[0]),
  );

  return (
    <div className={`${p}-blocks`}>
      {blocks.map((block) => (
        <div key={block.key} className={`${p}-block`} data-block={block.key}>
          {block.node}
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

function ErrorDetail({ error }: { error: StraddleError | null }) {
  const m = useMessages(reviewSections);
  const t = m.reviewPanel.errorDetail;
  const text = !error
    ? t.other
    : error.kind === "network"
      ? t.network
      : error.kind === "invalid_response"
        ? t.invalidResponse
        : error.status === 404
          ? t.notFound
          : error.status === 401 || error.status === 403
            ? t.forbidden
            : t.other;
  return (
    <>
      <p>{text}</p>
      {error?.requestId ? (
        <p className="sc-mono">{format(m.common.requestId, { id: error.requestId })}</p>
      ) : null}
    </>
  );
}
