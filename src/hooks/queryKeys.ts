import type { ListCustomersParams } from "../api/endpoints.js";

/**
 * Query keys of the library, scoped by account. Hosts can use them with their own
 * `queryClient` (e.g. to invalidate after a webhook): `straddleKeys.customer(scope, id)`.
 */
export const straddleKeys = {
  all: (scope: string) => ["straddle", scope] as const,
  customer: (scope: string, id: string) => ["straddle", scope, "customer", id] as const,
  review: (scope: string, id: string) => ["straddle", scope, "review", id] as const,
  lists: (scope: string) => ["straddle", scope, "customers"] as const,
  list: (scope: string, params: ListCustomersParams) => ["straddle", scope, "customers", params] as const,
};

/**
 * The mutation key of a review decision (internal): lets the queue tell a decision made in this
 * client (pending or done) from one made elsewhere, and see a 422 on it.
 */
export const decisionMutationKey = (scope: string, id: string) =>
  ["straddle", scope, "decision", id] as const;
