import { getCustomer, getCustomerReview, type ListCustomersParams, listCustomers } from "../api/endpoints.js";
import type { Customer, CustomerSummaryPagedResponse } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import type { StraddleContextValue } from "./context.js";
import { straddleKeys } from "./queryKeys.js";
import type { StraddleQuery } from "./useStraddleQuery.js";

/**
 * The one definition of each query (key, API call, what `onError` names), shared by the hooks
 * that observe it and by the review queue that prefetches it. A `null` id fetches nothing.
 */
export function customerQuery(ctx: StraddleContextValue, id: string | null): StraddleQuery<Customer> {
  return {
    key: straddleKeys.customer(ctx.scope, id ?? ""),
    operation: "customer.get",
    endpoint: "GET /v1/customers/{id}",
    customerId: id,
    request: id ? async (signal) => (await getCustomer(ctx.config, id, { signal })).data : null,
  };
}

export function reviewQuery(ctx: StraddleContextValue, id: string | null): StraddleQuery<CustomerReview> {
  return {
    key: straddleKeys.review(ctx.scope, id ?? ""),
    operation: "review.get",
    endpoint: "GET /v1/customers/{id}/review",
    customerId: id,
    request: id ? async (signal) => (await getCustomerReview(ctx.config, id, { signal })).data : null,
  };
}

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
