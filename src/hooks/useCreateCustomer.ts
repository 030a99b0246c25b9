import { createCustomer } from "../api/endpoints.js";
import type { Customer } from "../api/schemas/customer.js";
import type { CreateCustomerInput } from "../api/schemas/requests.js";
import { useStraddle } from "./context.js";
import { straddleKeys } from "./queryKeys.js";
import { type MutationState, stateOf, useStraddleMutation } from "./useStraddleMutation.js";

export interface UseCreateCustomerResult extends MutationState<Customer> {
  /**
   * `POST /v1/customers`. A second call while one is pending sends nothing; a retry with the
   * same input after a network or server failure reuses the `Idempotency-Key`, so the
   * customer is created at most once.
   */
  create: (input: CreateCustomerInput) => Promise<Customer>;
}

/**
 * Creates customers; the new customer is put in the cache and lists are refetched.
 *
 * @example
 * const { create, isPending, error } = useCreateCustomer();
 * const customer = await create({ type: "individual", name, email, phone, device: { ip_address } });
 */
export function useCreateCustomer(): UseCreateCustomerResult {
  const ctx = useStraddle("useCreateCustomer");
  const { config, queryClient, scope } = ctx;
  const mutation = useStraddleMutation<CreateCustomerInput, Customer>(
    ctx,
    "customer.create",
    "POST /v1/customers",
    async (input, idempotencyKey) => (await createCustomer(config, input, { idempotencyKey })).data,
    {
      onSuccess: (customer) => {
        queryClient.setQueryData(straddleKeys.customer(scope, customer.id), customer);
        return queryClient.invalidateQueries({ queryKey: straddleKeys.lists(scope) });
      },
    },
  );
  return { create: mutation.mutate, ...stateOf(mutation) };
}
