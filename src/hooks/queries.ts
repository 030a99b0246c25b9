import type { QueryKey } from "@tanstack/react-query";
import { getCustomer, getCustomerReview, type ListCustomersParams, listCustomers } from "../api/endpoints.js";
import type { RequestOptions, StraddleClientConfig } from "../api/request.js";
import type { CustomerSummaryPagedResponse } from "../api/schemas/customer.js";
import type { StraddleContextValue } from "./context.js";
import type { StraddleOperation } from "./events.js";
import { straddleKeys } from "./queryKeys.js";
import type { StraddleQuery } from "./useStraddleQuery.js";

/*
 * The one definition of each query (key, API call, what `onError` names), shared by the hooks
 * that observe it and by the review queue that prefetches it.
 */

/** `GET /v1/customers/{id}` (masked), under the key `useCustomer` reads. */
export const customerQuery = (ctx: StraddleContextValue, id: string | null) =>
  ofCustomer(ctx, id, straddleKeys.customer, "customer.get", "GET /v1/customers/{id}", getCustomer);

/** `GET /v1/customers/{id}/review`, under the key `useCustomerReview` reads. */
export const reviewQuery = (ctx: StraddleContextValue, id: string | null) =>
  ofCustomer(ctx, id, straddleKeys.review, "review.get", "GET /v1/customers/{id}/review", getCustomerReview);

/** One page of `GET /v1/customers` (the key holds every parameter). */
export function listQuery(
  ctx: StraddleContextValue,
  params: ListCustomersParams,
): StraddleQuery<CustomerSummaryPagedResponse> {
  return {
    key: straddleKeys.list(ctx.scope, params),
    operation: "customer.list",
    endpoint: "GET /v1/customers",
    request: (signal) => listCustomers(ctx.config, params, { signal }),
  };
}

/** A query about one customer; a `null` id fetches nothing. */
function ofCustomer<TData>(
  ctx: StraddleContextValue,
  id: string | null,
  key: (scope: string, id: string) => QueryKey,
  operation: StraddleOperation,
  endpoint: string,
  call: (config: StraddleClientConfig, id: string, options: RequestOptions) => Promise<{ data: TData }>,
): StraddleQuery<TData> {
  return {
    key: key(ctx.scope, id ?? ""),
    operation,
    endpoint,
    customerId: id,
    request: id ? async (signal) => (await call(ctx.config, id, { signal })).data : null,
  };
}
