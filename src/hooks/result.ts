import type { UseQueryResult } from "@tanstack/react-query";
import type { StraddleError } from "../api/errors.js";

interface QueryResultBase {
  /** A request is in flight (first load or background refetch). */
  isFetching: boolean;
  /** First load in flight: no data yet. */
  isLoading: boolean;
  /** The data shown belongs to the previous parameters while the new ones load (lists). */
  isPlaceholderData: boolean;
  /** `"idle"` when nothing is fetching, e.g. for a `null` id. */
  fetchStatus: "fetching" | "paused" | "idle";
  /** Time the data was last fetched (ms since epoch), `0` before. */
  dataUpdatedAt: number;
  refetch: () => Promise<unknown>;
}

/**
 * The query-cache convention, as a discriminated union: `status === "success"` narrows
 * `data` to the value, `status === "error"` narrows `error` to a {@link StraddleError}.
 */
export type StraddleQueryResult<TData> =
  | (QueryResultBase & {
      status: "pending";
      data: undefined;
      error: null;
      isPending: true;
      isSuccess: false;
      isError: false;
    })
  | (QueryResultBase & {
      status: "error";
      /** The last good data, if a refetch failed after a success. */
      data: TData | undefined;
      error: StraddleError;
      isPending: false;
      isSuccess: false;
      isError: true;
    })
  | (QueryResultBase & {
      status: "success";
      data: TData;
      error: null;
      isPending: false;
      isSuccess: true;
      isError: false;
    });

/** Adds a domain name (`customer`, `review`…) for `data` to every member of the union. */
export type WithDataAlias<R, Name extends string> = R extends { data: infer D }
  ? R & { [K in Name]: D }
  : never;

/** The result with `data` also under `name`: one place types the alias for every member of the union. */
export function withDataAlias<TData, Name extends string>(
  result: StraddleQueryResult<TData>,
  name: Name,
): WithDataAlias<StraddleQueryResult<TData>, Name> {
  return { ...result, [name]: result.data } as WithDataAlias<StraddleQueryResult<TData>, Name>;
}

/** Copies the fields of TanStack's result that the public union promises. */
export function toQueryResult<TData>(
  query: UseQueryResult<TData, StraddleError>,
): StraddleQueryResult<TData> {
  const base: QueryResultBase = {
    isFetching: query.isFetching,
    isLoading: query.isLoading,
    isPlaceholderData: query.isPlaceholderData,
    fetchStatus: query.fetchStatus,
    dataUpdatedAt: query.dataUpdatedAt,
    refetch: query.refetch,
  };
  if (query.status === "success") {
    return {
      ...base,
      status: "success",
      data: query.data,
      error: null,
      isPending: false,
      isSuccess: true,
      isError: false,
    };
  }
  if (query.status === "error") {
    return {
      ...base,
      status: "error",
      data: query.data,
      error: query.error,
      isPending: false,
      isSuccess: false,
      isError: true,
    };
  }
  return {
    ...base,
    status: "pending",
    data: undefined,
    error: null,
    isPending: true,
    isSuccess: false,
    isError: false,
  };
}
