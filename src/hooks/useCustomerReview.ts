import { useMemo } from "react";
import { decideCustomerReview, getCustomerReview, refreshCustomerReview } from "../api/endpoints.js";
import type { ReviewDecisionStatus } from "../api/schemas/common.js";
import type { Customer } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import { useStraddle } from "./context.js";
import { requireId } from "./customerId.js";
import { invalidateAfterChange, patchReviewCustomer } from "./invalidate.js";
import { reviewQuery } from "./queries.js";
import { decisionMutationKey, straddleKeys } from "./queryKeys.js";
import type { StraddleQueryResult, WithDataAlias } from "./result.js";
import { type ReviewFacts, reviewFacts } from "./reviewFacts.js";
import { type MutationState, stateOf, useStraddleMutation } from "./useStraddleMutation.js";
import { useStraddleQuery } from "./useStraddleQuery.js";

export interface UseCustomerReviewOptions {
  /** Wait between polls of the review after `refresh()`. Defaults to `500`. */
  refreshPollIntervalMs?: number;
  /** Polls before `refresh()` gives up waiting for the new review. Defaults to `10`. */
  refreshMaxPolls?: number;
}

export interface DecideOptions {
  /** The reviewer's note. The API stores only the status; the note is returned for the host's audit log. */
  note?: string;
}

export interface DecisionResult {
  customer: Customer;
  status: ReviewDecisionStatus;
  note: string | undefined;
}

export interface RefreshResult {
  /** Whether a new review (new id or `updated_at`) arrived within the polling bound. */
  updated: boolean;
  review: CustomerReview | undefined;
}

export interface UseCustomerReviewActions {
  /** `PATCH …/review`. Only while `canDecide`; refreshes the customer, its review and lists. */
  decide: (status: ReviewDecisionStatus, options?: DecideOptions) => Promise<DecisionResult>;
  decideState: MutationState<DecisionResult>;
  /** `PUT …/refresh_review`, then refetches the review until it changes (bounded). */
  refresh: () => Promise<RefreshResult>;
  refreshState: MutationState<RefreshResult>;
}

/** Derived facts, present once the review has loaded. */
export type ReviewFactsFields = { [K in keyof ReviewFacts]: ReviewFacts[K] | undefined };

type ReviewQuery = WithDataAlias<StraddleQueryResult<CustomerReview>, "review">;
type WithFacts<R> = R extends { status: "success" } ? R & ReviewFacts : R & ReviewFactsFields;

export type UseCustomerReviewResult = WithFacts<ReviewQuery> & UseCustomerReviewActions;

/**
 * The identity review of a customer, with the facts a reviewer needs and the decision.
 *
 * @param id The customer's id, or `null` to fetch nothing.
 * @example
 * const review = useCustomerReview(id);
 * if (review.status === "success" && review.canDecide) await review.decide("verified", { note });
 */
export function useCustomerReview(
  id: string | null,
  options: UseCustomerReviewOptions = {},
): UseCustomerReviewResult {
  const ctx = useStraddle("useCustomerReview");
  const { config, queryClient, scope } = ctx;

  const query = useStraddleQuery(ctx, reviewQuery(ctx, id), { name: "review" });

  const afterCustomerChange = (customer: Customer) => {
    queryClient.setQueryData(straddleKeys.customer(scope, customer.id), customer);
    patchReviewCustomer(queryClient, scope, customer);
    return invalidateAfterChange(queryClient, scope, customer.id);
  };

  const decide = useStraddleMutation<
    { status: ReviewDecisionStatus; note: string | undefined },
    DecisionResult
  >(
    ctx,
    "review.decide",
    "PATCH /v1/customers/{id}/review",
    async ({ status, note }, idempotencyKey) => {
      const customerId = requireId(id);
      const customer = (await decideCustomerReview(config, customerId, { status }, { idempotencyKey })).data;
      return { customer, status, note };
    },
    {
      customerId: id,
      mutationKey: decisionMutationKey(scope, id ?? ""),
      onSuccess: (result) => afterCustomerChange(result.customer),
      // A 422 means the status changed on the server meanwhile: show the current review.
      onError: (error) => {
        if (error.status === 422 && id)
          void queryClient.invalidateQueries({ queryKey: straddleKeys.review(scope, id) });
      },
    },
  );

  const pollInterval = options.refreshPollIntervalMs ?? 500;
  const maxPolls = options.refreshMaxPolls ?? 10;
  const refresh = useStraddleMutation<void, RefreshResult>(
    ctx,
    "review.refresh",
    "PUT /v1/customers/{id}/refresh_review",
    async (_input, idempotencyKey) => {
      const customerId = requireId(id);
      const reviewKey = straddleKeys.review(scope, customerId);
      const before = queryClient.getQueryData<CustomerReview>(reviewKey)?.identity_details;
      const customer = (await refreshCustomerReview(config, customerId, { idempotencyKey })).data;
      queryClient.setQueryData(straddleKeys.customer(scope, customer.id), customer);
      for (let poll = 0; poll < maxPolls; poll++) {
        await sleep(pollInterval);
        const review = await queryClient.fetchQuery({
          queryKey: reviewKey,
          queryFn: async ({ signal }) => (await getCustomerReview(config, customerId, { signal })).data,
          staleTime: 0,
        });
        const after = review.identity_details;
        if (after && (after.review_id !== before?.review_id || after.updated_at !== before?.updated_at)) {
          void queryClient.invalidateQueries({ queryKey: straddleKeys.lists(scope) });
          return { updated: true, review };
        }
      }
      return { updated: false, review: queryClient.getQueryData<CustomerReview>(reviewKey) };
    },
    { customerId: id },
  );

  const facts = useMemo(() => (query.data ? reviewFacts(query.data) : undefined), [query.data]);
  return {
    ...withFacts(query, facts),
    decide: (status: ReviewDecisionStatus, decideOptions?: DecideOptions) =>
      decide.mutate({ status, note: decideOptions?.note }),
    decideState: stateOf(decide),
    refresh: () => refresh.mutate(undefined),
    refreshState: stateOf(refresh),
  };
}

/** The facts beside the query: all of them once it succeeded, `undefined` fields before. */
function withFacts(query: ReviewQuery, facts: ReviewFacts | undefined): WithFacts<ReviewQuery> {
  if (query.status === "success") return { ...query, ...(facts ?? reviewFacts(query.data)) };
  return { ...query, ...(facts ?? emptyFacts) };
}

const emptyFacts: ReviewFactsFields = {
  customerStatus: undefined,
  canDecide: undefined,
  hasIdentityDetails: undefined,
  decision: undefined,
  decisionDisagrees: undefined,
  modules: undefined,
  flaggedModules: undefined,
  passedModules: undefined,
  attention: undefined,
  watchList: undefined,
  watchListHits: undefined,
  watchListMatchCount: undefined,
};

function sleep(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}
