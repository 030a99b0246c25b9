import { queryOptions } from "@tanstack/react-query";
import { getCustomer, getCustomerReview, type ListCustomersParams, listCustomers } from "../api/endpoints.js";
import type { StraddleError } from "../api/errors.js";
import type { Customer, CustomerSummaryPagedResponse } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import type { StraddleContextValue } from "./context.js";
import { toErrorEvent } from "./events.js";
import { straddleKeys } from "./queryKeys.js";
import { asStraddleError, lazySignal, retryDelay, shouldRetry } from "./retry.js";

/**
 * The one definition of each query (key, request, error report, retry), shared by the hooks
 * that observe it and by the review queue that prefetches it: a prefetched customer or review
 * is exactly what `useCustomer` / `useCustomerReview` would have fetched, under the same key.
 */
export function customerQueryOptions(ctx: StraddleContextValue, id: string) {
  const { config } = ctx;
  return queryOptions<Customer, StraddleError>({
    queryKey: straddleKeys.customer(ctx.scope, id),
    queryFn: async (context) => {
      const signal = await lazySignal(context);
      try {
        return (await getCustomer(config, id, { signal })).data;
      } catch (thrown) {
        const error = asStraddleError(thrown, "GET /v1/customers/{id}");
        if (error.kind !== "aborted") ctx.reportError(toErrorEvent("customer.get", error, id));
        throw error;
      }
    },
    retry: shouldRetry(ctx.retry),
    retryDelay: retryDelay(ctx.retry),
  });
}

export function reviewQueryOptions(ctx: StraddleContextValue, id: string) {
  const { config } = ctx;
  return queryOptions<CustomerReview, StraddleError>({
    queryKey: straddleKeys.review(ctx.scope, id),
    queryFn: async (context) => {
      const signal = await lazySignal(context);
      try {
        return (await getCustomerReview(config, id, { signal })).data;
      } catch (thrown) {
        const error = asStraddleError(thrown, "GET /v1/customers/{id}/review");
        if (error.kind !== "aborted") ctx.reportError(toErrorEvent("review.get", error, id));
        throw error;
      }
    },
    retry: shouldRetry(ctx.retry),
    retryDelay: retryDelay(ctx.retry),
  });
}

/** One page of `GET /v1/customers`, under the key `useCustomerList` uses for the same parameters. */
export function listQueryOptions(ctx: StraddleContextValue, params: ListCustomersParams) {
  const { config } = ctx;
  return queryOptions<CustomerSummaryPagedResponse, StraddleError>({
    queryKey: straddleKeys.list(ctx.scope, params),
    queryFn: async (context) => {
      const signal = await lazySignal(context);
      try {
        return await listCustomers(config, params, { signal });
      } catch (thrown) {
        const error = asStraddleError(thrown, "GET /v1/customers");
        if (error.kind !== "aborted") ctx.reportError(toErrorEvent("customer.list", error, undefined));
        throw error;
      }
    },
    retry: shouldRetry(ctx.retry),
    retryDelay: retryDelay(ctx.retry),
  });
}

/**
 * The mutation key of a review decision (internal): lets the queue tell a decision made in this
 * client (pending or done) from one made elsewhere, and see a 422 on it.
 */
export const decisionMutationKey = (scope: string, id: string) =>
  ["straddle", scope, "decision", id] as const;
