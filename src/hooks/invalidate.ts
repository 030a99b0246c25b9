import type { QueryClient } from "@tanstack/react-query";
import type { Customer, CustomerSummary } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import { straddleKeys } from "./queryKeys.js";

interface ListPage {
  data: CustomerSummary[];
  meta: { total_items: number } & Record<string, unknown>;
}

/**
 * After a change to one customer: its review and every list that may show it are
 * refetched (the customer itself was already set from the response).
 */
export function invalidateAfterChange(client: QueryClient, scope: string, id: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: straddleKeys.review(scope, id) }),
    client.invalidateQueries({ queryKey: straddleKeys.lists(scope) }),
  ]);
}

/** Keeps the review's `customer_details` in step with a customer returned by a mutation. */
export function patchReviewCustomer(client: QueryClient, scope: string, customer: Customer) {
  client.setQueryData<CustomerReview>(straddleKeys.review(scope, customer.id), (review) =>
    review ? { ...review, customer_details: customer } : review,
  );
}

/** After a delete: gone from the cache and from every cached list page at once. */
export function removeCustomerFromCache(client: QueryClient, scope: string, id: string) {
  client.removeQueries({ queryKey: straddleKeys.customer(scope, id), exact: true });
  client.removeQueries({ queryKey: straddleKeys.review(scope, id), exact: true });
  client.setQueriesData<ListPage>({ queryKey: straddleKeys.lists(scope) }, (page) => {
    if (!page?.data.some((row) => row.id === id)) return page;
    return {
      ...page,
      data: page.data.filter((row) => row.id !== id),
      meta: { ...page.meta, total_items: Math.max(0, page.meta.total_items - 1) },
    };
  });
  return client.invalidateQueries({ queryKey: straddleKeys.lists(scope) });
}
