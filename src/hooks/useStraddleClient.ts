import { useMemo } from "react";
import type { StraddleClientConfig } from "../api/request.js";
import { useStraddle } from "./context.js";
import { straddleKeys } from "./queryKeys.js";

/**
 * The provider's connection to Straddle, for calls the hooks do not make. Narrow on purpose:
 * the fetcher with the provider's scope, and a way to tell the hooks' cache that something
 * changed.
 */
export interface StraddleClient {
  /**
   * The provider's fetcher, `accountId` and `correlationId`. Pass it to the API functions of
   * `straddle-customers-react/headless` (`getCustomer(client.config, id)`,
   * `listCustomers(client.config, params)`, …): every response is validated with the endpoint's
   * schema, failures are `StraddleError`s, mutations carry an `Idempotency-Key`.
   */
  readonly config: StraddleClientConfig;
  /**
   * Refetches what the hooks hold for one customer (the customer, its review and every list),
   * or for every customer when no id is given. Call it after a custom mutation.
   */
  invalidate(customerId?: string): Promise<void>;
}

/**
 * The {@link StraddleClient} of the nearest `<StraddleProvider>`, for custom calls.
 *
 * @example
 * const client = useStraddleClient();
 * const review = await refreshCustomerReview(client.config, id);
 * await client.invalidate(id);
 */
export function useStraddleClient(): StraddleClient {
  const { config, queryClient, scope } = useStraddle("useStraddleClient");
  return useMemo(
    () => ({
      config,
      invalidate: async (customerId?: string) => {
        if (customerId === undefined) {
          await queryClient.invalidateQueries({ queryKey: straddleKeys.all(scope) });
          return;
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: straddleKeys.customer(scope, customerId) }),
          queryClient.invalidateQueries({ queryKey: straddleKeys.review(scope, customerId) }),
          queryClient.invalidateQueries({ queryKey: straddleKeys.lists(scope) }),
        ]);
      },
    }),
    [config, queryClient, scope],
  );
}
