import { skipToken, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { deleteCustomer, getCustomer, getCustomerUnmasked, updateCustomer } from "../api/endpoints.js";
import { StraddleError } from "../api/errors.js";
import type { Customer, CustomerUnmasked } from "../api/schemas/customer.js";
import type { UpdateCustomerInput } from "../api/schemas/requests.js";
import { useStraddle } from "./context.js";
import { toErrorEvent } from "./events.js";
import { invalidateAfterChange, removeCustomerFromCache } from "./invalidate.js";
import { straddleKeys } from "./queryKeys.js";
import { customerQueryOptions } from "./queryOptions.js";
import { type StraddleQueryResult, toQueryResult, type WithDataAlias } from "./result.js";
import { asStraddleError } from "./retry.js";
import { type MutationState, useStraddleMutation } from "./useStraddleMutation.js";

/**
 * Changes to apply with `update()`. Fields left out keep their current value; `null`
 * removes an optional part (address, external id, metadata). The compliance profile is
 * sent only when given (the stored one comes back masked and cannot be sent again).
 */
export type CustomerChanges = {
  [K in keyof UpdateCustomerInput]?: K extends "name" | "email" | "phone" | "status" | "device"
    ? UpdateCustomerInput[K]
    : UpdateCustomerInput[K] | null;
};

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

  const query = useQuery<Customer, StraddleError>(
    id ? customerQueryOptions(ctx, id) : { queryKey: straddleKeys.customer(scope, ""), queryFn: skipToken },
    queryClient,
  );

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
        (await fetchCurrent());
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
  async function fetchCurrent(): Promise<Customer> {
    if (!id) throw noId("PUT /v1/customers/{id}");
    return queryClient.fetchQuery({
      queryKey: straddleKeys.customer(scope, id),
      queryFn: async ({ signal }) => (await getCustomer(config, id, { signal })).data,
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

  const result = toQueryResult(query);
  return {
    ...result,
    customer: result.data,
    update: update.mutate,
    updateState: pickState(update),
    remove: () => remove.mutate(undefined),
    removeState: pickState(remove),
    ...unmasking,
  } as UseCustomerResult;
}

function pickState<T>(m: MutationState<T>): MutationState<T> {
  return { status: m.status, isPending: m.isPending, error: m.error, data: m.data, reset: m.reset };
}

function noId(endpoint: string) {
  return new StraddleError({
    kind: "invalid_request",
    endpoint,
    message: `${endpoint} needs a customer id.`,
  });
}

/** The PUT body: the API requires name, email, phone, status and device every time. */
export function buildUpdateBody(current: Customer, changes: CustomerChanges): UpdateCustomerInput {
  const device = changes.device ?? current.device;
  if (!device || /\*/.test(device.ip_address)) {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint: "PUT /v1/customers/{id}",
      message:
        "The API requires the device IP on every update, and the stored one is masked or missing: pass `device: { ip_address }` in the changes.",
    });
  }
  const body: UpdateCustomerInput = {
    name: changes.name ?? current.name,
    email: changes.email ?? current.email,
    phone: changes.phone ?? current.phone,
    status: changes.status ?? current.status,
    device: { ip_address: device.ip_address },
  };
  const address = changes.address === undefined ? current.address : changes.address;
  if (address) {
    body.address = {
      address1: address.address1,
      city: address.city,
      state: address.state,
      zip: address.zip,
      ...(address.address2 ? { address2: address.address2 } : {}),
    };
  }
  const externalId = changes.external_id === undefined ? current.external_id : changes.external_id;
  if (externalId) body.external_id = externalId;
  const metadata = changes.metadata === undefined ? current.metadata : changes.metadata;
  if (metadata) body.metadata = metadata;
  if (changes.compliance_profile) body.compliance_profile = changes.compliance_profile;
  return body;
}

/** Unmasked data lives in this component's state only, and never longer than `timeoutMs`. */
function useUnmask(id: string | null, timeoutMs: number) {
  const ctx = useStraddle("useCustomer");
  const [held, setHeld] = useState<{ id: string; record: CustomerUnmasked; until: number } | null>(null);
  const [isUnmasking, setIsUnmasking] = useState(false);
  const [unmaskError, setUnmaskError] = useState<StraddleError | null>(null);
  // The request in flight belongs to the id it was made for; it is shared only with calls for that id.
  const inFlight = useRef<{ id: string; promise: Promise<CustomerUnmasked>; abort: AbortController } | null>(
    null,
  );
  const currentId = useRef(id);
  currentId.current = id;
  const mounted = useRef(true);

  const hideUnmasked = useCallback(() => setHeld(null), []);

  // Forget on unmount; cancel a request that would land afterwards.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      inFlight.current?.abort.abort();
      inFlight.current = null;
      setHeld(null);
    };
  }, []);
  // Forget on id change: the previous id's request is aborted and its answer dropped.
  useEffect(() => {
    const request = inFlight.current;
    if (request && request.id !== id) {
      request.abort.abort();
      inFlight.current = null;
      setIsUnmasking(false);
    }
    setHeld((h) => (h && h.id !== id ? null : h));
    setUnmaskError(null);
  }, [id]);
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => setHeld(null), Math.max(0, held.until - Date.now()));
    return () => clearTimeout(timer);
  }, [held]);

  const unmask = useCallback((): Promise<CustomerUnmasked> => {
    const endpoint = "GET /v1/customers/{id}/unmasked";
    const pending = inFlight.current;
    if (pending && pending.id === id) return pending.promise;
    if (!id) return Promise.reject(noId(endpoint));
    // A call made for an id the hook no longer shows (a stale `unmask`) fetches nothing.
    if (id !== currentId.current) return Promise.reject(abandoned(endpoint));
    pending?.abort.abort();
    const abort = new AbortController();
    // Whether this request still belongs to what the hook shows.
    const current = () => mounted.current && !abort.signal.aborted && currentId.current === id;
    setIsUnmasking(true);
    setUnmaskError(null);
    const promise = getCustomerUnmasked(ctx.config, id, { signal: abort.signal })
      .then((response) => {
        const record = response.data;
        // An answer for another customer than the one asked for is never shown.
        if (!current() || record.id !== id) throw abandoned(endpoint);
        setHeld({ id, record, until: Date.now() + timeoutMs });
        ctx.reportUnmask({ customerId: record.id, at: new Date() });
        return record;
      })
      .catch((thrown: unknown) => {
        const error = asStraddleError(thrown, endpoint);
        if (error.kind !== "aborted") ctx.reportError(toErrorEvent("customer.unmask", error, id));
        if (current() && error.kind !== "aborted") setUnmaskError(error);
        throw error;
      })
      .finally(() => {
        if (inFlight.current?.promise === promise) {
          inFlight.current = null;
          if (mounted.current) setIsUnmasking(false);
        }
      });
    inFlight.current = { id, promise, abort };
    return promise;
  }, [ctx, id, timeoutMs]);

  const visible = held && held.id === id ? held : null;
  return {
    unmask,
    unmasked: visible?.record,
    unmaskedUntil: visible?.until,
    isUnmasking,
    unmaskError,
    hideUnmasked,
  };
}

/** The rejection of an unmask whose id is no longer the hook's: its answer is dropped. */
function abandoned(endpoint: string) {
  return new StraddleError({
    kind: "aborted",
    endpoint,
    message: "The unmasking was abandoned: the customer id changed before the answer arrived.",
  });
}
