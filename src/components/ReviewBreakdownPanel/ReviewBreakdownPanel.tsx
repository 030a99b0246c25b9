import { type ReactNode, useMemo, useRef } from "react";
import { type CustomerReview, CustomerReviewSchema } from "../../api/schemas/review.js";
import { reviewFacts } from "../../hooks/reviewFacts.js";
import { type RefreshResult, useCustomerReview } from "../../hooks/useCustomerReview.js";
import { useValidated } from "../../hooks/useValidated.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import type { RootStyleProps } from "../shared/rootProps.js";
import { PanelView } from "./PanelView.js";
import type { RefreshControl } from "./ReviewHeader.js";

/** The options of both modes. */
export interface ReviewBreakdownPanelBaseProps extends RootStyleProps {
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
    <ComponentBoundary name="ReviewBreakdownPanel" root={props} resetKey={props.customerId ?? props.review}>
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
