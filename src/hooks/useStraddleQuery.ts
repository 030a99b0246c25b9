import { keepPreviousData, type QueryKey, queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import type { StraddleError } from "../api/errors.js";
import type { StraddleContextValue } from "./context.js";
import { lazySignal } from "./lazySignal.js";
import { type FailureSite, reportFailure } from "./reportError.js";
import { type StraddleQueryResult, toQueryResult, type WithDataAlias, withDataAlias } from "./result.js";
import { retryDelay, shouldRetry } from "./retry.js";

/**
 * One query of the library: what a hook adds to the base is its key, its API call and the
 * names it reports under. The definitions live in `queries.ts`.
 */
export interface StraddleQuery<TData> extends FailureSite {
  /** The cache key, scoped by account (`straddleKeys`). */
  key: QueryKey;
  /** The API call; `null` fetches nothing (an idle query, e.g. for a `null` id). */
  request: ((signal: AbortSignal) => Promise<TData>) | null;
}

/**
 * TanStack options of a query, with the library's rules: the signal read lazily (StrictMode
 * sends one request, not two), anything thrown turned into a reported {@link StraddleError},
 * and the provider's retry policy. The hooks observe these options; the review queue also
 * prefetches them, so a prefetched entry is exactly what the hook would have fetched.
 */
export function straddleQueryOptions<TData>(ctx: StraddleContextValue, query: StraddleQuery<TData>) {
  const { request } = query;
  return queryOptions<TData, StraddleError, TData, QueryKey>({
    queryKey: query.key,
    queryFn: request
      ? async (context) => {
          const signal = await lazySignal(context);
          try {
            return await request(signal);
          } catch (thrown) {
            throw reportFailure(ctx, query, thrown);
          }
        }
      : skipToken,
    retry: shouldRetry(ctx.retry),
    retryDelay: retryDelay(ctx.retry),
  });
}

export interface UseStraddleQueryOptions {
  /** Keep the previous key's data on screen while the new key loads (pages of a list). */
  keepPrevious?: boolean;
}

/**
 * The base of every query hook: TanStack's `useQuery` on {@link straddleQueryOptions}, as the
 * public union; with `name`, the data is also under its domain name (`customer`, `review`).
 */
export function useStraddleQuery<TData, Name extends string>(
  ctx: StraddleContextValue,
  query: StraddleQuery<TData>,
  options: UseStraddleQueryOptions & { name: Name },
): WithDataAlias<StraddleQueryResult<TData>, Name>;
export function useStraddleQuery<TData>(
  ctx: StraddleContextValue,
  query: StraddleQuery<TData>,
  options?: UseStraddleQueryOptions,
): StraddleQueryResult<TData>;
export function useStraddleQuery<TData>(
  ctx: StraddleContextValue,
  query: StraddleQuery<TData>,
  options: UseStraddleQueryOptions & { name?: string } = {},
) {
  const observed = useQuery(
    {
      ...straddleQueryOptions(ctx, query),
      ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    },
    ctx.queryClient,
  );
  const result = toQueryResult(observed);
  return options.name === undefined ? result : withDataAlias(result, options.name);
}
