import { buildUpdateBody, type CustomerChanges } from "../api/buildUpdateBody.js";
import { deleteCustomer, getCustomer, updateCustomer } from "../api/endpoints.js";
import type { StraddleError } from "../api/errors.js";
import type { Customer, CustomerUnmasked } from "../api/schemas/customer.js";
import { useStraddle } from "./context.js";
import { noId } from "./customerId.js";
import { invalidateAfterChange, removeCustomerFromCache } from "./invalidate.js";
import { customerQuery } from "./queries.js";
import { straddleKeys } from "./queryKeys.js";
import type { StraddleQueryResult, WithDataAlias } from "./result.js";
import { type MutationState, stateOf, useStraddleMutation } from "./useStraddleMutation.js";
import { useStraddleQuery } from "./useStraddleQuery.js";
import { useUnmask } from "./useUnmask.js";

export type { CustomerChanges } from "../api/buildUpdateBody.js";

export interface UseCustomerOptions {
  /** How long unmasked values stay available. Defaults to the provider's `unmaskTimeoutMs`. */
  unmaskTimeoutMs?: number;
}

export interface UseCustomerActions {
  /** PUT with the full record: the current values plus `changes`. Resolves to the saved customer. */
  update: (changes: CustomerChanges) => Promise<Customer>;
  updateState: MutationState<Customer>;
  /** Deletes the customer for good, and drops it from every cached list. */
  remove: () => Promise<Customer>;
  removeState: MutationState<Customer>;
  /**
   * Fetches dob/ssn/ein in clear **outside the shared cache**, reports it to `onUnmask`,
   * and forgets it after the timeout, on unmount, and when the id changes.
   */
  unmask: () => Promise<CustomerUnmasked>;
  /** The unmasked record while it is held, else `undefined`. */
  unmasked: CustomerUnmasked | undefined;
  /** When the unmasked values will be forgotten (ms since epoch). */
  unmaskedUntil: number | undefined;
  isUnmasking: boolean;
  unmaskError: StraddleError | null;
  /** Forgets the unmasked values now. */
  hideUnmasked: () => void;
}

export type UseCustomerResult = WithDataAlias<StraddleQueryResult<Customer>, "customer"> & UseCustomerActions;

/**
 * The customer with this id (masked), and what can be done to it.
 *
 * @param id The customer's id, or `null` to fetch nothing.
 * @returns The query state (`customer`, `status`, `error`…) plus `update`, `remove` and `unmask`.
 * @example
 * const { status, customer, error } = useCustomer(selectedId ?? null);
 * if (status === "success") return <h2>{customer.name}</h2>;
 */
export function useCustomer(id: string | null, options: UseCustomerOptions = {}): UseCustomerResult {
  const ctx = useStraddle("useCustomer");
  const { config, queryClient, scope } = ctx;

  const query = useStraddleQuery(ctx, customerQuery(ctx, id), { name: "customer" });

  const current = query.data;
  const update = useStraddleMutation<CustomerChanges, Customer>(
    ctx,
    "customer.update",
    "PUT /v1/customers/{id}",
    async (changes, idempotencyKey) => {
      if (!id) throw noId("PUT /v1/customers/{id}");
      const base =
        current ??
        queryClient.getQueryData<Customer>(straddleKeys.customer(scope, id)) ??
        (await fetchCurrent(id));
      return (await updateCustomer(config, id, buildUpdateBody(base, changes), { idempotencyKey })).data;
    },
    {
      customerId: id,
      onSuccess: (saved) => {
        queryClient.setQueryData(straddleKeys.customer(scope, saved.id), saved);
        return invalidateAfterChange(queryClient, scope, saved.id);
      },
    },
  );
  function fetchCurrent(customerId: string): Promise<Customer> {
    return queryClient.fetchQuery({
      queryKey: straddleKeys.customer(scope, customerId),
      queryFn: async ({ signal }) => (await getCustomer(config, customerId, { signal })).data,
    });
  }

  const remove = useStraddleMutation<void, Customer>(
    ctx,
    "customer.delete",
    "DELETE /v1/customers/{id}",
    async (_input, idempotencyKey) => {
      if (!id) throw noId("DELETE /v1/customers/{id}");
      return (await deleteCustomer(config, id, { idempotencyKey })).data;
    },
    { customerId: id, onSuccess: (deleted) => removeCustomerFromCache(queryClient, scope, deleted.id) },
  );

  const unmasking = useUnmask(id, options.unmaskTimeoutMs ?? ctx.unmaskTimeoutMs);

  return {
    ...query,
    update: update.mutate,
    updateState: stateOf(update),
    remove: () => remove.mutate(undefined),
    removeState: stateOf(remove),
    ...unmasking,
  };
}
