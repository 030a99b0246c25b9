import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import type { StraddleError } from "../api/errors.js";
import { createIdempotencyKey } from "../api/ids.js";
import type { StraddleContextValue } from "./context.js";
import type { StraddleOperation } from "./events.js";
import { reportFailure } from "./reportError.js";
import { retryDelay, shouldRetry } from "./retry.js";
import { stableStringify } from "./stableStringify.js";

/** State of one mutation, as every mutating hook returns it. */
export interface MutationState<TData> {
  status: "idle" | "pending" | "error" | "success";
  isPending: boolean;
  error: StraddleError | null;
  data: TData | undefined;
  /** Clears `error`/`data` (e.g. when a dialog closes). */
  reset: () => void;
}

interface Attempt<TInput> {
  key: string;
  input: string;
  promise: Promise<unknown> | null;
  last: TInput;
}

/**
 * One mutation with the library's safety rules:
 * - an attempt carries one `Idempotency-Key`, reused by its automatic retries and by a
 *   manual retry of the same input after a retryable failure (network, 5xx, 429);
 * - calling again while it is pending sends nothing and returns the pending promise;
 * - the input (which may carry SSN, DOB or EIN) never enters TanStack's mutation cache: the
 *   mutation's `variables` are the idempotency key alone, the input stays in this component's
 *   memory while the attempt runs, and the settled mutation is dropped from the cache.
 */
export function useStraddleMutation<TInput, TData>(
  ctx: StraddleContextValue,
  operation: StraddleOperation,
  endpoint: string,
  run: (input: TInput, idempotencyKey: string) => Promise<TData>,
  options: {
    customerId?: string | null | undefined;
    /** Lets observers of the mutation cache find this mutation (e.g. the review queue). */
    mutationKey?: readonly unknown[] | undefined;
    onSuccess?: (data: TData, input: TInput) => unknown;
    /** After the last attempt failed (retries done), e.g. to refetch what the error says is stale. */
    onError?: (error: StraddleError) => unknown;
  } = {},
): MutationState<TData> & { mutate: (input: TInput) => Promise<TData> } {
  const attempt = useRef<Attempt<TInput> | null>(null);
  const runRef = useRef(run);
  runRef.current = run;
  const onSuccessRef = useRef(options.onSuccess);
  onSuccessRef.current = options.onSuccess;
  const onErrorRef = useRef(options.onError);
  onErrorRef.current = options.onError;
  const customerId = options.customerId;
  // Inputs by idempotency key, while their attempt runs (retries included); never in the cache.
  const inputs = useRef(new Map<string, TInput>());

  const mutation = useMutation<TData, StraddleError, { key: string }>(
    {
      ...(options.mutationKey ? { mutationKey: options.mutationKey } : {}),
      mutationFn: async ({ key }) => {
        try {
          if (!inputs.current.has(key)) throw new Error("The mutation's input is gone.");
          return await runRef.current(inputs.current.get(key) as TInput, key);
        } catch (thrown) {
          throw reportFailure(ctx, { operation, endpoint, customerId }, thrown);
        }
      },
      retry: shouldRetry(ctx.retry),
      retryDelay: retryDelay(ctx.retry),
      onSuccess: (data, { key }) => onSuccessRef.current?.(data, inputs.current.get(key) as TInput),
      onError: (error) => onErrorRef.current?.(error),
      // Nothing of a settled mutation is kept once no component watches it.
      gcTime: 0,
    },
    ctx.queryClient,
  );
  const { mutateAsync } = mutation;

  const mutate = useCallback(
    (input: TInput): Promise<TData> => {
      const current = attempt.current;
      if (current?.promise) return current.promise as Promise<TData>;
      const fingerprint = stableStringify(input);
      const key = current && current.input === fingerprint ? current.key : createIdempotencyKey();
      const next: Attempt<TInput> = { key, input: fingerprint, promise: null, last: input };
      attempt.current = next;
      inputs.current.set(key, input);
      const promise = mutateAsync({ key }).then(
        (data) => {
          inputs.current.delete(key);
          if (attempt.current === next) attempt.current = null;
          return data;
        },
        (error: StraddleError) => {
          inputs.current.delete(key);
          // Keep the key for a manual retry only where the change may have been applied.
          if (attempt.current === next) attempt.current = error.retryable ? { ...next, promise: null } : null;
          throw error;
        },
      );
      next.promise = promise;
      return promise;
    },
    [mutateAsync],
  );

  return {
    mutate,
    status: mutation.status,
    isPending: mutation.isPending,
    error: mutation.error ?? null,
    data: mutation.data,
    reset: mutation.reset,
  };
}

/** The state fields alone, for a hook that returns a mutation's state beside its action. */
export function stateOf<T>(m: MutationState<T>): MutationState<T> {
  return { status: m.status, isPending: m.isPending, error: m.error, data: m.data, reset: m.reset };
}
