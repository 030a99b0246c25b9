import { useCallback, useState } from "react";
import type { ListCustomersParams } from "../api/endpoints.js";
import type { CustomerSummary, CustomerSummaryPagedResponse } from "../api/schemas/customer.js";
import { useStraddle } from "./context.js";
import { listQuery } from "./queries.js";
import type { StraddleQueryResult } from "./result.js";
import { stableStringify } from "./stableStringify.js";
import { useStraddleQuery } from "./useStraddleQuery.js";

export interface PageInfo {
  /** 1-based. */
  number: number;
  size: number;
  totalItems: number;
  totalPages: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

export interface UseCustomerListExtras {
  /** The rows on screen (the previous page's while the next one loads). */
  customers: CustomerSummary[] | undefined;
  /** Paging facts from the response meta; `undefined` before the first page. */
  page: PageInfo | undefined;
  /** The page number being asked for (it can run ahead of `page.number` while loading). */
  pageNumber: number;
  goToPage: (pageNumber: number) => void;
  nextPage: () => void;
  previousPage: () => void;
}

export type UseCustomerListResult = StraddleQueryResult<CustomerSummaryPagedResponse> & UseCustomerListExtras;

const DEFAULT_PAGE_SIZE = 25;

/**
 * A page of customers with every filter of the list endpoint. The page number is kept
 * here (starting at `params.page_number ?? 1`) and goes back to 1 when a filter changes;
 * the previous page stays on screen while the next one loads.
 *
 * @example
 * const list = useCustomerList({ status: ["review"], sort_by: "created_at", sort_order: "desc" });
 * list.customers?.map((c) => <Row key={c.id} customer={c} />);
 */
export function useCustomerList(params: ListCustomersParams = {}): UseCustomerListResult {
  const ctx = useStraddle("useCustomerList");

  const { page_number: requestedPage, ...filters } = params;
  const filterKey = stableStringify(filters);
  const [paging, setPaging] = useState({ filterKey, requestedPage, page: requestedPage ?? 1 });
  let page = paging.page;
  if (paging.filterKey !== filterKey || paging.requestedPage !== requestedPage) {
    // New filters (or a new page from the host): start from the host's page, or 1.
    page = requestedPage ?? 1;
    setPaging({ filterKey, requestedPage, page });
  }

  const effective: ListCustomersParams = { page_size: DEFAULT_PAGE_SIZE, ...filters, page_number: page };
  const result = useStraddleQuery(ctx, listQuery(ctx, effective), { keepPrevious: true });
  const meta = result.data?.meta;
  const info: PageInfo | undefined = meta && {
    number: meta.page_number,
    size: meta.page_size,
    totalItems: meta.total_items,
    totalPages: meta.total_pages,
    hasNext: meta.page_number < meta.total_pages,
    hasPrevious: meta.page_number > 1,
  };
  const totalPages = meta?.total_pages;

  const goToPage = useCallback(
    (next: number) => {
      const bounded = Math.max(1, totalPages ? Math.min(next, totalPages) : next);
      setPaging((p) => ({ ...p, page: bounded }));
    },
    [totalPages],
  );

  return {
    ...result,
    customers: result.data?.data,
    page: info,
    pageNumber: page,
    goToPage,
    nextPage: () => goToPage(page + 1),
    previousPage: () => goToPage(page - 1),
  };
}
