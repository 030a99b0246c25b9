import {
  defaultRangeExtractor,
  observeElementRect,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from "@tanstack/react-virtual";
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { parseTimestamp, type SortField, type SortOrder } from "../../api/schemas/common.js";
import type { CustomerSummary } from "../../api/schemas/customer.js";
import { format } from "../../messages/merge.js";
import type { StraddleMessages } from "../../messages/types.js";
import { Badge } from "../shared/Badge.js";
import { Icon } from "../shared/Icon.js";
import { Skeleton } from "../shared/Skeleton.js";
import { type Formatters, useFormat } from "../shared/useFormat.js";
import { tableSections, useMessages } from "../shared/useMessages.js";
import { useNow } from "../shared/useNow.js";

const c = "sc-CustomerTable";
/** A first guess of a row's height in px; every rendered row is then measured. */
const ROW_ESTIMATE = 53;
const HEADER_ESTIMATE = 37;
const OVERSCAN = 8;
/** Viewport assumed while the scroll area has no height (jsdom, a hidden tab): some rows still render. */
const FALLBACK_VIEWPORT = 560;

const useIsomorphicLayoutEffect = typeof document !== "undefined" ? useLayoutEffect : useEffect;

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

  // The row that holds the tab stop; a new page starts on the selected row, else the first.
  const initialActive = () => Math.max(0, selectedId ? rows.findIndex((row) => row.id === selectedId) : 0);
  const [activeIndex, setActiveIndex] = useState(initialActive);
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActiveIndex(initialActive());
  }
  const active = Math.min(activeIndex, Math.max(0, count - 1));

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

  // Focus follows the keyboard once the row is rendered (it may take a scroll first).
  const pendingFocus = useRef<number | null>(null);
  useIsomorphicLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    pendingFocus.current = next;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
  };

  const rowIndexOf = (target: EventTarget): number | undefined => {
    const row = (target as Element).closest?.("tr[data-index]");
    if (!row || !bodyRef.current?.contains(row)) return undefined;
    const index = Number(row.getAttribute("data-index"));
    return Number.isInteger(index) ? index : undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target);
    if (index === undefined) return;
    const viewport = scrollRef.current?.clientHeight ?? 0;
    const pageStep = Math.max(1, Math.floor((viewport - headerHeight) / ROW_ESTIMATE) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      PageDown: () => moveTo(index + pageStep),
      PageUp: () => moveTo(index - pageStep),
      Enter: () => {
        const customer = rows[index];
        if (customer) onSelect(customer);
      },
      " ": () => {
        const customer = rows[index];
        if (customer) onSelect(customer);
      },
    };
    const action = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (!action || event.altKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    action();
  };

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target);
    const customer = index === undefined ? undefined : rows[index];
    if (index === undefined || !customer) return;
    setActiveIndex(index);
    onSelect(customer);
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target);
    if (index !== undefined && index !== active) setActiveIndex(index);
  };

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
          <tbody
            ref={bodyRef}
            className={`${c}-body`}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onFocus={onFocus}
          >
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

const Row = memo(function Row({
  customer,
  index,
  rowIndex,
  tabbable,
  selected,
  measure,
  f,
  m,
}: {
  customer: CustomerSummary;
  index: number;
  rowIndex: number;
  tabbable: boolean;
  selected: boolean;
  measure: (node: Element | null) => void;
  f: Formatters;
  m: Pick<StraddleMessages, "common" | "customerTable">;
}) {
  const t = m.customerTable;
  const now = useNow();
  const created = parseTimestamp(customer.created_at);
  const valid = !Number.isNaN(created.getTime());
  const day = valid ? f.date(created.toISOString().slice(0, 10)) : "";
  return (
    <tr
      ref={measure}
      data-index={index}
      className={`${c}-row`}
      aria-rowindex={rowIndex}
      aria-current={selected || undefined}
      data-selected={selected || undefined}
      data-status={customer.status}
      data-type={customer.type}
      tabIndex={tabbable ? 0 : -1}
    >
      <th scope="row" className={`${c}-cell ${c}-cellCustomer`}>
        <span className={`${c}-name`}>{customer.name}</span>
        <span className={`${c}-email`}>{customer.email}</span>
        {/* Shown instead of the Type and Created columns when the table is narrow (CSS); it wraps
            rather than cut the date short. */}
        <span className={`${c}-compact`}>
          <span className={`${c}-compactLine`}>
            <span className={`${c}-compactType`}>{m.common.customerType[customer.type]}</span>
            {valid ? (
              <>
                {/* Spaces kept as text: read aloud and copied as "Individual · Mar 1, 2026". */}{" "}
                <span className={`${c}-compactSeparator`} aria-hidden="true">
                  ·
                </span>{" "}
                <time className={`${c}-compactDate`} dateTime={created.toISOString()}>
                  {day}
                </time>
              </>
            ) : null}
          </span>
        </span>
      </th>
      <td className={`${c}-cell ${c}-cellType`}>
        <span className={`${c}-type`} data-type={customer.type}>
          {m.common.customerType[customer.type]}
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellStatus`}>
        <Badge value={customer.status} size="sm">
          {m.common.customerStatus[customer.status]}
        </Badge>
      </td>
      <td className={`${c}-cell ${c}-cellCreated`}>
        {valid ? (
          <time
            dateTime={created.toISOString()}
            title={
              now === null
                ? f.dateTime(customer.created_at)
                : format(t.createdTitle, {
                    dateTime: f.dateTime(customer.created_at),
                    relative: f.relative(customer.created_at, now),
                  })
            }
          >
            {day}
          </time>
        ) : (
          customer.created_at
        )}
      </td>
      <td className={`${c}-cell ${c}-cellExternalId`}>
        {customer.external_id ? (
          <span className={`${c}-externalId`} title={customer.external_id}>
            {customer.external_id}
          </span>
        ) : (
          <span className={`${c}-none`}>{m.common.notAvailable}</span>
        )}
      </td>
      <td className={`${c}-cell ${c}-cellOpen`}>
        <Icon name="chevronNext" className={`${c}-openIcon`} />
      </td>
    </tr>
  );
});

/** Grey stand-ins in the cells' own shapes; `data-size` picks a width from the stylesheet. */
function SkeletonRow({ index }: { index: number }) {
  const size = String(index % 4);
  return (
    <tr className={`${c}-row`} data-skeleton="">
      <td className={`${c}-cell ${c}-cellCustomer`}>
        <span className={`${c}-name ${c}-skeleton`} data-size={size}>
          <Skeleton />
        </span>
        <span className={`${c}-email ${c}-skeleton`} data-size="email">
          <Skeleton />
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellType`}>
        <span className={`${c}-skeleton`} data-size="pill">
          <Skeleton />
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellStatus`}>
        <span className={`${c}-skeleton`} data-size="pill">
          <Skeleton />
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellCreated`}>
        <span className={`${c}-skeleton`} data-size="date">
          <Skeleton />
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellExternalId`}>
        <span className={`${c}-skeleton`} data-size="id">
          <Skeleton />
        </span>
      </td>
      <td className={`${c}-cell ${c}-cellOpen`} />
    </tr>
  );
}
