import { type CSSProperties, useState } from "react";
import type { ListCustomersParams } from "../../api/endpoints.js";
import type { SortField, SortOrder } from "../../api/schemas/common.js";
import type { CustomerSummary } from "../../api/schemas/customer.js";
import { stableStringify } from "../../hooks/stableStringify.js";
import { useCustomerList } from "../../hooks/useCustomerList.js";
import { Button } from "../shared/Button.js";
import { cx } from "../shared/cx.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import { ErrorState } from "../shared/ErrorState.js";
import { plural } from "../shared/labels.js";
import { StateMessage } from "../shared/StateMessage.js";
import { useControllableState } from "../shared/useControllableState.js";
import { useFormat } from "../shared/useFormat.js";
import { tableSections, useMessages } from "../shared/useMessages.js";
import { CustomerTableFilters } from "./CustomerTableFilters.js";
import { CustomerTableGrid, type GridSort } from "./CustomerTableGrid.js";
import { CustomerTablePagination } from "./CustomerTablePagination.js";
import { allowedPageSizes, clampPageSize, cleanParams, hasFilters, withoutFilters } from "./params.js";

export interface CustomerTableProps {
  /** A row was chosen (click, Enter or Space on the focused row). */
  onSelect?: (customer: CustomerSummary) => void;
  /**
   * Controlled list state: filters, sort, page and page size, as sent to the list endpoint.
   * Pass it with `onParamsChange` to keep the table in the host's URL or router. When absent,
   * the table keeps its own state (starting from `defaultParams`).
   */
  params?: ListCustomersParams;
  /**
   * Every change the person makes, as the whole new params: empty values and `page_number: 1`
   * are left out, so they serialise into a short URL. A new filter, sort or page size drops
   * `page_number` (back to the first page).
   */
  onParamsChange?: (params: ListCustomersParams) => void;
  /** Uncontrolled initial params (ignored when `params` is given). */
  defaultParams?: ListCustomersParams;
  /**
   * Page sizes offered; values outside 1–1000 are dropped. The first one is the default page
   * size. Defaults to `[25, 50, 100, 250, 1000]`.
   */
  pageSizes?: readonly number[];
  /**
   * The customer shown as selected (`aria-current`, `data-selected`), e.g. the one open in a
   * detail pane; `null` for none. When absent, the table highlights the last row chosen.
   */
  selectedId?: string | null;
  /** Pause after the last keystroke before the search is sent, in ms. Defaults to `300`. */
  searchDebounceMs?: number;
  /**
   * Height of the whole table (a number is px). Defaults to the CSS custom property
   * `--sc-CustomerTable-height`, unset: the table fills the height its container gives (a
   * flex or grid pane, a box with a height), filters and pagination stay in view and only the
   * rows scroll, under a sticky header. In a container without a height of its own, the rows
   * area stops at `--sc-CustomerTable-max-height` (one viewport, `100dvh`), so a page of 1000
   * rows stays virtualized.
   */
  height?: number | string;
  /** The table's accessible name (a visually hidden `<caption>`). Defaults to "Customers". */
  caption?: string;
  /** Added to the root element's class names. */
  className?: string;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

type TableState = "loading" | "error" | "empty" | "ready" | "refreshing";

const SKELETON_ROWS = 8;

/**
 * The customers list for an admin panel: search (debounced), status, type and created-date
 * filters, sorting by name or creation date, pages of up to 1000 rows, and keyboard
 * navigation. Rows are virtualized, so a page of 1000 scrolls smoothly, inside a real
 * `<table>` with `aria-rowcount`/`aria-rowindex`.
 *
 * Root state: `data-state` (`loading | error | empty | ready | refreshing`); the table has
 * `aria-busy` while a page loads. Rows: `data-selected`, `data-status`, `data-type`.
 *
 * @example
 * const [params, setParams] = useSearchParamsState();
 * <CustomerTable params={params} onParamsChange={setParams} onSelect={(c) => navigate(`/customers/${c.id}`)} />
 */
export function CustomerTable(props: CustomerTableProps) {
  return (
    <ComponentBoundary name="CustomerTable" root={props}>
      <CustomerTableRoot {...props} />
    </ComponentBoundary>
  );
}

function CustomerTableRoot({
  onSelect,
  params: paramsProp,
  onParamsChange,
  defaultParams,
  pageSizes,
  selectedId: selectedIdProp,
  searchDebounceMs = 300,
  height,
  caption,
  className,
  unstyled,
}: CustomerTableProps) {
  const m = useMessages(tableSections);
  const t = m.customerTable;
  const f = useFormat();

  const [params, setParams] = useControllableState(
    paramsProp,
    () => cleanParams(defaultParams ?? {}),
    onParamsChange,
  );
  const sizes = allowedPageSizes(pageSizes);
  const pageSize = clampPageSize(params.page_size, sizes[0] ?? 25);
  const request: ListCustomersParams = { ...params, page_size: pageSize };
  const list = useCustomerList(request);

  const change = (next: ListCustomersParams) => setParams(cleanParams(next));
  const changeFilters = (patch: ListCustomersParams) =>
    change({ ...params, ...patch, page_number: undefined });

  const [selectedId, setSelectedId] = useControllableState<string | null>(selectedIdProp, null);
  const select = (customer: CustomerSummary) => {
    setSelectedId(customer.id);
    onSelect?.(customer);
  };

  const meta = list.data?.meta;
  const sort: GridSort = {
    by: params.sort_by ?? sortFieldOf(meta?.sort_by),
    order: params.sort_order ?? sortOrderOf(meta?.sort_order),
  };
  const onSort = (field: SortField) => {
    const order: SortOrder =
      sort.by === field ? (sort.order === "asc" ? "desc" : "asc") : field === "name" ? "asc" : "desc";
    change({ ...params, sort_by: field, sort_order: order, page_number: undefined });
  };

  // The rows on screen belong to this request once they are no longer the previous page's.
  const requestKey = stableStringify({ ...request, page_number: list.pageNumber });
  const [shownKey, setShownKey] = useState(requestKey);
  if (list.data && !list.isPlaceholderData && shownKey !== requestKey) setShownKey(requestKey);

  const customers = list.customers;
  const page = list.page;
  const filtered = hasFilters(params);
  const state: TableState =
    list.status === "error"
      ? "error"
      : !customers
        ? "loading"
        : list.isPlaceholderData || list.isFetching
          ? "refreshing"
          : customers.length === 0
            ? "empty"
            : "ready";

  const total = page?.totalItems;
  const countText =
    total !== undefined
      ? plural(f.locale, total, t.count, f.number(total, 0))
      : state === "loading"
        ? t.loading
        : "";

  const clear = () => change(withoutFilters(params));
  const retry = () => void list.refetch();
  const errorMessage = (
    <ErrorState title={t.errorTitle} detail={t.errorDetail} error={list.error} onRetry={retry} />
  );
  const emptyMessage = filtered ? (
    <StateMessage kind="empty" title={t.emptyTitle}>
      <p>{t.emptyDetail}</p>
      <Button variant="secondary" onClick={clear}>
        {t.clearFilters}
      </Button>
    </StateMessage>
  ) : (
    <StateMessage kind="empty" title={t.emptyNoFiltersTitle}>
      <p>{t.emptyNoFiltersDetail}</p>
    </StateMessage>
  );
  const rowsShown = customers !== undefined && customers.length > 0;

  const style =
    height === undefined
      ? undefined
      : ({
          "--sc-CustomerTable-height": typeof height === "number" ? `${height}px` : height,
        } as CSSProperties);

  return (
    <div
      className={cx("sc-root sc-CustomerTable", className)}
      data-sc-unstyled={unstyled || undefined}
      data-state={state}
      style={style}
    >
      <CustomerTableFilters
        params={params}
        onChange={changeFilters}
        onClear={clear}
        showClear={filtered}
        searchDebounceMs={searchDebounceMs}
        countText={countText}
      />
      <div className="sc-CustomerTable-frame">
        <div className="sc-CustomerTable-progress" aria-hidden="true">
          <div className="sc-CustomerTable-progressBar" />
        </div>
        {state === "error" && rowsShown ? (
          <div className="sc-CustomerTable-banner">{errorMessage}</div>
        ) : null}
        <CustomerTableGrid
          customers={state === "error" && !rowsShown ? [] : customers}
          offset={page ? (page.number - 1) * page.size : 0}
          totalItems={total}
          busy={state === "loading" || state === "refreshing"}
          caption={caption ?? t.caption}
          sort={sort}
          onSort={onSort}
          selectedId={selectedId}
          onSelect={select}
          resetKey={shownKey}
          skeletonRows={Math.min(pageSize, SKELETON_ROWS)}
          message={
            state === "error" && !rowsShown
              ? errorMessage
              : customers?.length === 0
                ? emptyMessage
                : undefined
          }
        />
        <CustomerTablePagination
          pageNumber={list.pageNumber}
          totalPages={page?.totalPages}
          pageSize={pageSize}
          pageSizes={sizes}
          onPage={(pageNumber) => change({ ...params, page_number: pageNumber })}
          onPageSize={(size) => change({ ...params, page_size: size, page_number: undefined })}
        />
      </div>
    </div>
  );
}

function sortFieldOf(value: string | undefined): SortField | undefined {
  return value === "name" || value === "created_at" ? value : undefined;
}

function sortOrderOf(value: string | undefined): SortOrder | undefined {
  return value === "asc" || value === "desc" ? value : undefined;
}
