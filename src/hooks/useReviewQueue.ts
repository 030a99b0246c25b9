import { useQueries } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ListCustomersParams } from "../api/endpoints.js";
import type { StraddleError } from "../api/errors.js";
import type { Customer, CustomerSummary } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import { useStraddle } from "./context.js";
import { customerQuery, listQuery, reviewQuery } from "./queries.js";
import { type DropReason, neighbourOf, scanDrops } from "./reviewQueueDrops.js";
import { stableStringify } from "./stableStringify.js";
import { straddleQueryOptions, useStraddleQuery } from "./useStraddleQuery.js";

/** The list filters of the queue: every filter of `GET /v1/customers` but the status (always `review`) and the page. */
export type ReviewQueueFilters = Omit<ListCustomersParams, "status" | "page_number">;

export interface UseReviewQueueOptions extends ReviewQueueFilters {
  /**
   * Controlled mode: the customer on screen (e.g. from the URL), with `onCurrentIdChange`.
   * `null` or an id that left the queue: the queue shows the first customer and reports it.
   */
  currentId?: string | null | undefined;
  /** Every change of the current customer: `next()`, `previous()`, `goTo()`, an automatic advance. */
  onCurrentIdChange?: ((id: string | null) => void) | undefined;
  /** After a decision on the current customer, move on to the next one. Defaults to `true`. */
  autoAdvance?: boolean | undefined;
  /** Fetch the next customer's record and review while the current one is read. Defaults to `true`. */
  prefetch?: boolean | undefined;
  /** Load the next page when fewer than this many loaded customers follow the current one. Defaults to `3`. */
  lookahead?: number | undefined;
}

export type ReviewQueueStatus = "pending" | "error" | "empty" | "ready";

/** A customer that left the queue because it was decided somewhere else (another reviewer, the API). */
export interface ReviewQueueSkip {
  id: string;
  name: string;
}

export interface UseReviewQueueResult {
  /** `pending` until the first page arrives; `empty` when nobody is left in review. */
  status: ReviewQueueStatus;
  /** The first page's failure (with `status: "error"`), or a later page's. */
  error: StraddleError | null;
  /** Refetches the pages that failed. */
  retry: () => void;
  currentId: string | null;
  /** The current customer's row from the list (there at once, before its record loads). */
  current: CustomerSummary | null;
  /** The current customer's full (masked) record, shared with `useCustomer`. */
  customer: Customer | undefined;
  /** The current customer's review, shared with `useCustomerReview` and the panels. */
  review: CustomerReview | undefined;
  /** The current customer's record or review is still on its way (never after a prefetched `next()`). */
  isCurrentLoading: boolean;
  /** With `autoAdvance: false`: the current customer was just decided here and stays until `next()`. */
  currentDecided: boolean;
  /** 1-based place of the current customer in the queue, `null` when there is none. */
  position: number | null;
  /** Customers in the queue, loaded or not (the current one included). */
  total: number;
  /** Customers after the current one. */
  remaining: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  goTo: (id: string) => void;
  /** The loaded customers of the queue, in order. */
  items: readonly CustomerSummary[];
  /** A further page is being fetched. */
  isLoadingMore: boolean;
  /** Customers decided in this client since the queue opened. */
  decidedCount: number;
  /** Customers skipped because they were decided elsewhere since the queue opened. */
  skippedCount: number;
  /** The last customer skipped that way, for a message; cleared by `dismissSkipped()`. */
  lastSkipped: ReviewQueueSkip | null;
  dismissSkipped: () => void;
}

interface Session {
  filterKey: string;
  pageCount: number;
  dropped: ReadonlyMap<string, DropReason>;
  lastSkipped: ReviewQueueSkip | null;
}

const DEFAULT_PAGE_SIZE = 25;

/**
 * The customers waiting for a decision, one at a time: status `review`, oldest first unless
 * `sort_by`/`sort_order` say otherwise, across pages (the next page loads before the end).
 *
 * - The next customer's record and review are prefetched under the keys of `useCustomer` and
 *   `useCustomerReview`, so `next()` shows them without a request or a loading state.
 * - A decision on a queued customer (through `useCustomerReview(id).decide`, `<DecisionDialog>` or
 *   `<ReviewQueue>`) drops it from the queue; with `autoAdvance` the next one comes up.
 * - A customer decided elsewhere meanwhile (the decision answers 422, or a refetch shows another
 *   status) is skipped and reported in `lastSkipped`: it is never decided twice.
 *
 * @example
 * const queue = useReviewQueue({ types: ["individual"] });
 * if (queue.status === "empty") return <p>Nothing to review</p>;
 * return <><p>{queue.position} of {queue.total}</p><ReviewBreakdownPanel customerId={queue.currentId} /></>;
 */
export function useReviewQueue(options: UseReviewQueueOptions = {}): UseReviewQueueResult {
  const ctx = useStraddle("useReviewQueue");
  const { queryClient, scope } = ctx;
  const {
    currentId: controlledId,
    onCurrentIdChange,
    autoAdvance = true,
    prefetch = true,
    lookahead = 3,
    ...filterOptions
  } = options;

  const filters: ListCustomersParams = {
    page_size: DEFAULT_PAGE_SIZE,
    sort_by: "created_at",
    sort_order: "asc",
    ...definedOnly(filterOptions),
    status: ["review"],
  };
  const filterKey = stableStringify(filters);

  // One session per set of filters: pages loaded, customers that left, the last skip.
  const [session, setSession] = useState<Session>(() => newSession(filterKey));
  let current: Session = session;
  if (session.filterKey !== filterKey) {
    current = newSession(filterKey);
    setSession(current);
  }
  const { pageCount, dropped } = current;

  const pages = useQueries(
    {
      queries: Array.from({ length: pageCount }, (_, index) =>
        straddleQueryOptions(ctx, listQuery(ctx, { ...filters, page_number: index + 1 })),
      ),
    },
    queryClient,
  );

  // Every customer met in any page, in queue order, kept for the session (pages shift as
  // customers are decided; a customer never moves back once met).
  const seen = useRef<{ filterKey: string; order: string[]; rows: Map<string, CustomerSummary> }>({
    filterKey,
    order: [],
    rows: new Map(),
  });
  if (seen.current.filterKey !== filterKey) seen.current = { filterKey, order: [], rows: new Map() };
  const inPages = new Set<string>();
  for (const page of pages) {
    for (const row of page.data?.data ?? []) {
      inPages.add(row.id);
      if (!seen.current.rows.has(row.id)) seen.current.order.push(row.id);
      seen.current.rows.set(row.id, row);
    }
  }
  const { order, rows } = seen.current;

  // The last page that arrived (a later one may be loading, or have failed).
  const lastMeta = [...pages].reverse().find((page) => page.data !== undefined)?.data?.meta;
  const hasMorePages = lastMeta ? lastMeta.page_number < lastMeta.total_pages : false;
  const firstPage = pages[0];
  const pagesSettled = pages.every((page) => page.status === "success" && !page.isFetching);
  const pageError = pages.find((page) => page.error)?.error ?? null;

  // The customer the reviewer chose (or the host, controlled) and the one actually shown.
  const controlled = controlledId !== undefined;
  const [chosenState, setChosenState] = useState<string | null>(null);
  const chosen = controlled ? controlledId : chosenState;
  const keepsDecided = (id: string) => !autoAdvance && id === chosen && dropped.get(id) === "decided";
  const nav = order.filter((id) => !dropped.has(id) || keepsDecided(id));

  let currentId: string | null;
  if (chosen && nav.includes(chosen)) currentId = chosen;
  else if (chosen && rows.has(chosen)) currentId = neighbourOf(chosen, order, nav);
  else if (chosen && (firstPage?.status === "pending" || hasMorePages)) currentId = chosen;
  else currentId = nav[0] ?? null;

  const index = currentId ? nav.indexOf(currentId) : -1;
  const nextId = index >= 0 ? (nav[index + 1] ?? null) : (nav[0] ?? null);
  const previousId = index > 0 ? (nav[index - 1] ?? null) : null;

  // Reads the caches for customers that left `review`: decided here, or elsewhere.
  const scan = () => {
    const { changes, skipped } = scanDrops(queryClient, scope, {
      order,
      dropped,
      pages,
      gone: (id) => pagesSettled && !hasMorePages && !inPages.has(id),
      nameOf: (id) => rows.get(id)?.name ?? "",
    });
    if (changes.size === 0) return;
    setSession((s) => {
      if (s.filterKey !== filterKey) return s;
      const next = new Map(s.dropped);
      for (const [id, reason] of changes) next.set(id, reason);
      return { ...s, dropped: next, lastSkipped: skipped ?? s.lastSkipped };
    });
  };
  const scanRef = useRef(scan);
  scanRef.current = scan;

  // A decision or a refetch anywhere in the app (panels, dialogs, other hooks) updates the caches.
  useEffect(() => {
    const ours = (key: readonly unknown[]) =>
      key[0] === "straddle" && key[1] === scope && (key[2] === "customer" || key[2] === "review");
    const offQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && ours(event.query.queryKey)) scanRef.current();
    });
    const offMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated") scanRef.current();
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [queryClient, scope]);
  // …and so do the pages of the queue itself.
  useEffect(() => scanRef.current());

  // Report the customer shown when it differs from the one chosen (first load, auto-advance).
  const onChangeRef = useRef(onCurrentIdChange);
  onChangeRef.current = onCurrentIdChange;
  const ready = firstPage?.status === "success";
  useEffect(() => {
    if (!ready || currentId === chosen) return;
    if (!controlled) setChosenState(currentId);
    onChangeRef.current?.(currentId);
  }, [ready, currentId, chosen, controlled]);

  const select = useCallback(
    (id: string | null) => {
      if (!controlled) setChosenState(id);
      onChangeRef.current?.(id);
    },
    [controlled],
  );

  // The current customer's record and review: the same queries as useCustomer / useCustomerReview.
  const currentCustomer = useStraddleQuery(ctx, customerQuery(ctx, currentId)).data;
  const currentReview = useStraddleQuery(ctx, reviewQuery(ctx, currentId)).data;
  const currentLoaded = currentReview !== undefined && currentCustomer !== undefined;

  // Prefetch the next customer once the current one is on screen. prefetchQuery dedupes with any
  // request in flight and skips fresh data: StrictMode's second effect sends nothing.
  useEffect(() => {
    if (!prefetch || !nextId || !currentLoaded) return;
    void queryClient.prefetchQuery(straddleQueryOptions(ctx, customerQuery(ctx, nextId)));
    void queryClient.prefetchQuery(straddleQueryOptions(ctx, reviewQuery(ctx, nextId)));
  }, [prefetch, nextId, currentLoaded, queryClient, ctx]);

  // Load the next page before the reviewer reaches the end of the loaded ones.
  const loadedAfter = index >= 0 ? nav.length - 1 - index : nav.length;
  const needMore = hasMorePages && pagesSettled && loadedAfter < lookahead;
  useEffect(() => {
    if (!needMore) return;
    setSession((s) =>
      s.filterKey === filterKey && s.pageCount === pageCount ? { ...s, pageCount: pageCount + 1 } : s,
    );
  }, [needMore, filterKey, pageCount]);

  const serverTotal = lastMeta?.total_items ?? 0;
  const unloaded = hasMorePages ? Math.max(0, serverTotal - inPages.size) : 0;
  const total = nav.length + unloaded;
  const position = index >= 0 ? index + 1 : null;

  let status: ReviewQueueStatus;
  if (firstPage?.status === "error" && !firstPage.data) status = "error";
  else if (!firstPage || firstPage.status === "pending") status = "pending";
  else if (nav.length === 0) status = hasMorePages ? "pending" : "empty";
  else status = "ready";

  let decidedCount = 0;
  let skippedCount = 0;
  for (const reason of dropped.values()) {
    if (reason === "decided") decidedCount++;
    else skippedCount++;
  }

  return {
    status,
    error: pageError,
    retry: () => {
      for (const page of pages) if (page.status === "error") void page.refetch();
    },
    currentId,
    current: currentId ? (rows.get(currentId) ?? null) : null,
    customer: currentCustomer,
    review: currentReview,
    isCurrentLoading: currentId !== null && !currentLoaded,
    currentDecided: currentId !== null && dropped.get(currentId) === "decided",
    position,
    total,
    remaining: position === null ? total : Math.max(0, total - position),
    hasNext: nextId !== null || (index >= 0 && hasMorePages),
    hasPrevious: previousId !== null,
    next: () => {
      if (nextId) select(nextId);
      else if (hasMorePages && pagesSettled && !pageError)
        setSession((s) => ({ ...s, pageCount: s.pageCount + 1 }));
    },
    previous: () => {
      if (previousId) select(previousId);
    },
    goTo: (id: string) => select(id),
    items: nav.flatMap((id) => {
      const row = rows.get(id);
      return row ? [row] : [];
    }),
    isLoadingMore: pages.length > 1 && pages.some((page) => page.status === "pending"),
    decidedCount,
    skippedCount,
    lastSkipped: current.lastSkipped,
    dismissSkipped: () => setSession((s) => (s.lastSkipped ? { ...s, lastSkipped: null } : s)),
  };
}

function newSession(filterKey: string): Session {
  return { filterKey, pageCount: 1, dropped: new Map(), lastSkipped: null };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
