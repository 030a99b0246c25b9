import { useMemo } from "react";
import * as z from "zod/mini";
import { stringMap } from "../../api/schemas/common.js";
import { type Customer, CustomerSchema } from "../../api/schemas/customer.js";
import { type WatchList, WatchListSchema } from "../../api/schemas/review.js";
import type { WatchlistDisposition, WatchlistDispositions } from "../../hooks/reviewFacts.js";
import { useCustomerReview } from "../../hooks/useCustomerReview.js";
import { useValidated } from "../../hooks/useValidated.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import type { RootStyleProps } from "../shared/rootProps.js";
import { WatchlistView } from "./WatchlistView.js";

/** The options of both modes. */
export interface WatchlistMatchesBaseProps extends RootStyleProps {
  /** Level of the title; each match's list name takes the next level. Defaults to `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** `"compact"` suits side panels: one column, tighter spacing. Defaults to `"comfortable"`. */
  density?: "comfortable" | "compact" | undefined;
  /** Matches shown before a "Show all" button; the strongest correlations come first. Defaults to `5`. */
  collapseAfter?: number;
  /**
   * Controlled dispositions ("Not a match" / "Possible match" / "Confirmed match") by hit key
   * (`WatchlistHit.key`, from `reviewFacts`), with `onDispositionChange`. The API stores none of
   * them: keep them with the decision in your audit log. Uncontrolled when absent.
   */
  dispositions?: WatchlistDispositions | undefined;
  /** A reviewer judged a hit: every disposition so far, and the one that changed. */
  onDispositionChange?:
    | ((
        dispositions: WatchlistDispositions,
        change: { key: string; disposition: WatchlistDisposition },
      ) => void)
    | undefined;
}

/** Fetches the customer's review through `useCustomerReview` (shared with the panel's request). */
export interface WatchlistMatchesFetchProps extends WatchlistMatchesBaseProps {
  customerId: string;
  watchList?: never;
  codeMessages?: never;
  customer?: never;
}

/** Shows `identity_details.watch_list` the host already has; needs no provider. */
export interface WatchlistMatchesDataProps extends WatchlistMatchesBaseProps {
  watchList: WatchList | null | undefined;
  /** The review's `messages` (code → text), to explain the result codes. */
  codeMessages?: Record<string, string> | null | undefined;
  /** The screened customer (`customer_details`): its own value is shown beside each matched field. */
  customer?: Customer | null | undefined;
  customerId?: never;
}

export type WatchlistMatchesProps = WatchlistMatchesFetchProps | WatchlistMatchesDataProps;

/**
 * The watchlist screening of a customer: decision, match count, the lists matched and the
 * result codes, then each match with its list, correlation, matched fields and sources.
 * Source URLs are untrusted: only `http(s)` ones become links (see `safeUrl`); the rest
 * are shown as inert text.
 *
 * Root state: `data-state` (`loading | error | pending | ready`), `data-density`,
 * `data-decision`, `data-count`.
 *
 * @example
 * <WatchlistMatches customerId={id} />
 * <WatchlistMatches watchList={review.identity_details?.watch_list} codeMessages={review.identity_details?.messages} />
 */
export function WatchlistMatches(props: WatchlistMatchesProps) {
  return (
    <ComponentBoundary name="WatchlistMatches" root={props} resetKey={props.customerId ?? props.watchList}>
      {props.customerId !== undefined ? <ConnectedWatchlist {...props} /> : <DataWatchlist {...props} />}
    </ComponentBoundary>
  );
}

// The fetch path's schemas, for data the host hands over directly.
const DataPropsSchema = z.object({
  watchList: z.nullish(WatchListSchema),
  codeMessages: z.nullish(stringMap()),
  customer: z.nullish(CustomerSchema),
});

function DataWatchlist({ watchList, codeMessages, customer, ...options }: WatchlistMatchesDataProps) {
  const given = useMemo(() => ({ watchList, codeMessages, customer }), [watchList, codeMessages, customer]);
  const checked = useValidated(DataPropsSchema, given);
  if (!checked.ok) return <WatchlistView state="error" invalidPaths={checked.paths} options={options} />;
  return (
    <WatchlistView
      state="ready"
      watchList={checked.value.watchList ?? undefined}
      codeMessages={checked.value.codeMessages}
      customer={checked.value.customer ?? undefined}
      options={options}
    />
  );
}

/**
 * The watchlist inside `ReviewBreakdownPanel` (`watchlist="details"`): its data already passed
 * the review's schema and the panel's boundary, so it is not parsed a second time. Not public.
 */
export function CheckedWatchlistMatches({
  watchList,
  codeMessages,
  customer,
  ...options
}: WatchlistMatchesDataProps) {
  return (
    <WatchlistView
      state="ready"
      watchList={watchList ?? undefined}
      codeMessages={codeMessages}
      customer={customer ?? undefined}
      options={options}
    />
  );
}

function ConnectedWatchlist({ customerId, ...options }: WatchlistMatchesFetchProps) {
  const result = useCustomerReview(customerId);
  if (result.status === "pending") return <WatchlistView state="loading" options={options} />;
  const details = result.review?.identity_details;
  if (!result.review) {
    return (
      <WatchlistView
        state="error"
        error={result.error}
        onRetry={() => void result.refetch()}
        options={options}
      />
    );
  }
  return (
    <WatchlistView
      state={details ? "ready" : "pending"}
      watchList={details?.watch_list ?? undefined}
      codeMessages={details?.messages}
      customer={result.review.customer_details}
      options={options}
    />
  );
}
