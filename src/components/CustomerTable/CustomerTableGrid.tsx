import {
  defaultRangeExtractor,
  observeElementRect,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from "@tanstack/react-virtual";
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import type { SortField, SortOrder } from "../../api/schemas/common.js";
import type { CustomerSummary } from "../../api/schemas/customer.js";
import { Icon } from "../shared/Icon.js";
import { useFormat } from "../shared/useFormat.js";
import { tableSections, useMessages } from "../shared/useMessages.js";
import { Row, SkeletonRow } from "./CustomerTableRows.js";
import { useIsomorphicLayoutEffect, useRovingRows } from "./useRovingRows.js";

const c = "sc-CustomerTable";
/** A first guess of a row's height in px; every rendered row is then measured. */
const ROW_ESTIMATE = 53;
const HEADER_ESTIMATE = 37;
const OVERSCAN = 8;
/** Viewport assumed while the scroll area has no height (jsdom, a hidden tab): some rows still render. */
const FALLBACK_VIEWPORT = 560;

export interface GridSort {
  by: SortField | undefined;
  order: SortOrder | undefined;
}

export interface CustomerTableGridProps {
  /** The rows of the page; `undefined` while the first page loads (skeleton rows). */
  customers: readonly CustomerSummary[] | undefined;
  /** Position of the first row in the whole list (0-based), for `aria-rowindex`. */
  offset: number;
  totalItems: number | undefined;
  busy: boolean;
  caption: string;
  sort: GridSort;
  onSort: (field: SortField) => void;
  selectedId: string | null | undefined;
  onSelect: (customer: CustomerSummary) => void;
  /** Changes when another page, filter or sort arrives: back to the top and the first row. */
  resetKey: string;
  skeletonRows: number;
  /** Shown under the header instead of rows (empty, error). */
  message?: ReactNode;
}

/**
 * A real `<table>` whose body is virtualized: only the rows in view (plus a few) are in
 * the DOM, between spacer rows that keep the scroll height; the focused row always
 * stays rendered so focus is never lost while scrolling. Rows carry `aria-rowindex` in the
 * whole list and the table `aria-rowcount`, so assistive tech knows where it is.
 * The body is one tab stop (roving tabindex).
 */
export function CustomerTableGrid({
  customers,
  offset,
  totalItems,
  busy,
  caption,
  sort,
  onSort,
  selectedId,
  onSelect,
  resetKey,
  skeletonRows,
  message,
}: CustomerTableGridProps) {
  const m = useMessages(tableSections);
  const t = m.customerTable;
  const f = useFormat();
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = customers ?? [];
  const count = rows.length;

  const [headerHeight, setHeaderHeight] = useState(HEADER_ESTIMATE);
  useIsomorphicLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const update = () => setHeaderHeight(head.offsetHeight || HEADER_ESTIMATE);
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const { active, handlers } = useRovingRows({
    rows,
    selectedId,
    resetKey,
    bodyRef,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: "auto" }),
    pageStep: () => {
      const viewport = scrollRef.current?.clientHeight ?? 0;
      return Math.max(1, Math.floor((viewport - headerHeight) / ROW_ESTIMATE) - 1);
    },
    onSelect,
  });

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active < range.count && !indexes.includes(active)) {
        indexes.push(active);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [active],
  );

  const getItemKey = useCallback((index: number) => customers?.[index]?.id ?? index, [customers]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    observeElementRect: observeRectOrFallback,
    // On the server (no element to measure) the first rows still render, as they will in the browser.
    initialRect: { width: 0, height: FALLBACK_VIEWPORT },
  });

  // A new page, filter or sort: back to the top.
  const firstKey = useRef(resetKey);
  useEffect(() => {
    if (firstKey.current === resetKey) return;
    firstKey.current = resetKey;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const body: ReactNode[] = [];
  if (customers) {
    let end = 0;
    for (const item of items) {
      const customer = rows[item.index];
      if (!customer) continue;
      const start = item.start - margin;
      if (start > end) body.push(<Spacer key={`gap-${item.index}`} height={start - end} />);
      body.push(
        <Row
          key={item.key}
          customer={customer}
          index={item.index}
          rowIndex={offset + item.index + 2}
          tabbable={item.index === active}
          selected={customer.id === selectedId}
          measure={virtualizer.measureElement}
          f={f}
          m={m}
        />,
      );
      end = item.end - margin;
    }
    const total = virtualizer.getTotalSize();
    if (total > end) body.push(<Spacer key="gap-end" height={total - end} />);
  }

  return (
    <div ref={scrollRef} className={`${c}-scroll`}>
      <table
        className={`${c}-table`}
        aria-rowcount={customers && totalItems !== undefined ? totalItems + 1 : undefined}
        aria-busy={busy || undefined}
        aria-describedby={count > 0 ? hintId : undefined}
      >
        <caption className="sc-visually-hidden">{caption}</caption>
        <colgroup>
          <col className={`${c}-colCustomer`} />
          <col className={`${c}-colType`} />
          <col className={`${c}-colStatus`} />
          <col className={`${c}-colCreated`} />
          <col className={`${c}-colExternalId`} />
          <col className={`${c}-colOpen`} />
        </colgroup>
        <thead ref={headRef} className={`${c}-head`}>
          <tr aria-rowindex={1}>
            <SortHeader field="name" sort={sort} onSort={onSort} className={`${c}-cellCustomer`}>
              {t.columns.customer}
            </SortHeader>
            <th scope="col" className={`${c}-th ${c}-cellType`}>
              {t.columns.type}
            </th>
            <th scope="col" className={`${c}-th ${c}-cellStatus`}>
              {t.columns.status}
            </th>
            <SortHeader field="created_at" sort={sort} onSort={onSort} className={`${c}-cellCreated`}>
              {t.columns.created}
            </SortHeader>
            <th scope="col" className={`${c}-th ${c}-cellExternalId`}>
              {t.columns.externalId}
            </th>
            <th scope="col" className={`${c}-th ${c}-cellOpen`}>
              <span className="sc-visually-hidden">{t.columns.open}</span>
            </th>
          </tr>
        </thead>
        {customers ? (
          <tbody ref={bodyRef} className={`${c}-body`} {...handlers}>
            {body}
          </tbody>
        ) : (
          <tbody className={`${c}-body`} aria-hidden="true">
            {Array.from({ length: skeletonRows }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have nothing else to key on
              <SkeletonRow key={index} index={index} />
            ))}
          </tbody>
        )}
      </table>
      {message ? <div className={`${c}-message`}>{message}</div> : null}
      <p id={hintId} className="sc-visually-hidden">
        {t.keyboardHint}
      </p>
    </div>
  );
}

const estimateSize = () => ROW_ESTIMATE;

function observeRectOrFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    onRect(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT }),
  );
}

function SortHeader({
  field,
  sort,
  onSort,
  className,
  children,
}: {
  field: SortField;
  sort: GridSort;
  onSort: (field: SortField) => void;
  className: string;
  children: string;
}) {
  const activeOrder = sort.by === field ? sort.order : undefined;
  return (
    <th
      scope="col"
      className={`${c}-th ${className}`}
      aria-sort={activeOrder === "asc" ? "ascending" : activeOrder === "desc" ? "descending" : undefined}
      data-sorted={activeOrder}
    >
      <button type="button" className={`${c}-sort`} onClick={() => onSort(field)}>
        {children}
        <SortGlyph order={activeOrder} />
      </button>
    </th>
  );
}

function SortGlyph({ order }: { order: SortOrder | undefined }) {
  const name = order === "asc" ? "sortAsc" : order === "desc" ? "sortDesc" : "sortNone";
  return <Icon name={name} className={`${c}-sortIcon`} />;
}

function Spacer({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row is not focusable; hidden so it is not counted as a row
    <tr className={`${c}-spacer`} aria-hidden="true">
      {/* One cell, no colspan: the columns hidden on narrow tables must not come back through it. */}
      <td height={Math.round(height)} />
    </tr>
  );
}
