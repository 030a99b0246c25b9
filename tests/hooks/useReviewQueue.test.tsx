import { act, renderHook, waitFor } from "@testing-library/react";
import { type ReactNode, StrictMode } from "react";
import { describe, expect, test } from "vitest";
import { decideCustomerReview } from "../../src/api/endpoints";
import { type UseReviewQueueOptions, useCustomerReview, useReviewQueue } from "../../src/hooks";
import { sandboxIds } from "../../src/sandbox";
import { type Harness, setup } from "./harness";

// The sandbox's customers in review, oldest first (created_at ascending).
const first = sandboxIds.reviewIndividualHighRisk; // Tom Haverford
const second = sandboxIds.reviewBusiness; // Entertainment 720 Inc
const third = sandboxIds.individualWatchlist; // Lucius Vandermeer
const IN_REVIEW = 25;

const customerGets = (h: Harness, id: string) => h.count("GET", `/v1/customers/${id}`);
const reviewGets = (h: Harness, id: string) => h.count("GET", `/v1/customers/${id}/review`);
const listGets = (h: Harness, page?: number) =>
  h.calls.filter(
    (call) =>
      call.method === "GET" &&
      call.path === "/v1/customers" &&
      (page === undefined || call.query?.page_number === page),
  ).length;

function renderQueue(h: Harness, options: UseReviewQueueOptions = {}) {
  return renderHook(
    (props: UseReviewQueueOptions) => ({ queue: useReviewQueue(props), review: useCustomerReview(null) }),
    { wrapper: h.wrapper, initialProps: options },
  );
}

/** The queue and, beside it, the decision hook on its current customer (as a screen would). */
function renderQueueWithDecision(h: Harness, options: UseReviewQueueOptions = {}) {
  return renderHook(
    () => {
      const queue = useReviewQueue(options);
      const review = useCustomerReview(queue.currentId);
      return { queue, review };
    },
    { wrapper: h.wrapper },
  );
}

describe("useReviewQueue", () => {
  test("the customers in review, oldest first, with the first one current", async () => {
    const h = setup();
    const { result } = renderQueue(h);
    expect(result.current.queue.status).toBe("pending");
    expect(result.current.queue.current).toBeNull();
    await waitFor(() => expect(result.current.queue.status).toBe("ready"));
    const q = result.current.queue;
    expect(q.currentId).toBe(first);
    expect(q.position).toBe(1);
    expect(q.total).toBe(IN_REVIEW);
    expect(q.remaining).toBe(IN_REVIEW - 1);
    expect(q.hasPrevious).toBe(false);
    expect(q.hasNext).toBe(true);
    expect(q.items.every((row) => row.status === "review")).toBe(true);
    const created = q.items.map((row) => row.created_at);
    expect(created).toEqual([...created].sort());
    // One list request, with status=review and the default order.
    expect(listGets(h)).toBe(1);
    expect(h.calls[0]?.query).toMatchObject({ status: "review", sort_by: "created_at", sort_order: "asc" });
  });

  test("sort_order and types are passed to the list", async () => {
    const h = setup();
    const { result } = renderQueue(h, { sort_order: "desc", types: ["business"] });
    await waitFor(() => expect(result.current.queue.status).toBe("ready"));
    expect(result.current.queue.items.every((row) => row.type === "business")).toBe(true);
    const created = result.current.queue.items.map((row) => row.created_at);
    expect(created).toEqual([...created].sort().reverse());
    expect(h.calls[0]?.query).toMatchObject({ types: "business", sort_order: "desc" });
  });

  test("next() after the prefetch shows the next customer with zero new requests and no loading state", async () => {
    const h = setup();
    const { result } = renderQueue(h);
    await waitFor(() => expect(result.current.queue.customer?.id).toBe(first));
    await waitFor(() => expect(result.current.queue.review?.customer_details.id).toBe(first));
    // The next customer's record and review are fetched while the first one is read.
    await waitFor(() => expect(customerGets(h, second)).toBe(1));
    await waitFor(() => expect(reviewGets(h, second)).toBe(1));
    await waitFor(() => expect(h.queryClient.isFetching()).toBe(0));
    const before = h.calls.length;

    act(() => result.current.queue.next());
    // Synchronously after next(): the record and review are there.
    expect(result.current.queue.currentId).toBe(second);
    expect(result.current.queue.position).toBe(2);
    expect(result.current.queue.isCurrentLoading).toBe(false);
    expect(result.current.queue.customer?.id).toBe(second);
    expect(result.current.queue.review?.customer_details.id).toBe(second);
    const requestsForSecond = h.calls.slice(before).filter((call) => call.path.includes(second));
    expect(requestsForSecond).toEqual([]);
    // The one after is prefetched in turn.
    await waitFor(() => expect(reviewGets(h, third)).toBe(1));
    expect(customerGets(h, second)).toBe(1);
    expect(reviewGets(h, second)).toBe(1);

    act(() => result.current.queue.previous());
    expect(result.current.queue.currentId).toBe(first);
    expect(result.current.queue.isCurrentLoading).toBe(false);
    act(() => result.current.queue.goTo(third));
    expect(result.current.queue.position).toBe(3);
  });

  test("without prefetch, next() has to load the customer", async () => {
    const h = setup();
    const { result } = renderQueue(h, { prefetch: false });
    await waitFor(() => expect(result.current.queue.customer?.id).toBe(first));
    await waitFor(() => expect(h.queryClient.isFetching()).toBe(0));
    expect(reviewGets(h, second)).toBe(0);
    act(() => result.current.queue.next());
    expect(result.current.queue.isCurrentLoading).toBe(true);
    await waitFor(() => expect(result.current.queue.isCurrentLoading).toBe(false));
    expect(reviewGets(h, second)).toBe(1);
  });

  test("a decision through useCustomerReview sends one PATCH; the customer leaves the queue and the next comes up", async () => {
    const h = setup();
    const { result } = renderQueueWithDecision(h);
    await waitFor(() => expect(result.current.review.canDecide).toBe(true));
    await act(async () => {
      await result.current.review.decide("verified", { note: "ok" });
    });
    expect(h.count("PATCH")).toBe(1);
    expect(h.calls.find((call) => call.method === "PATCH")?.path).toBe(`/v1/customers/${first}/review`);
    await waitFor(() => expect(result.current.queue.currentId).toBe(second));
    const q = result.current.queue;
    expect(q.items.some((row) => row.id === first)).toBe(false);
    expect(q.position).toBe(1);
    expect(q.total).toBe(IN_REVIEW - 1);
    expect(q.decidedCount).toBe(1);
    expect(q.skippedCount).toBe(0);
    expect(q.lastSkipped).toBeNull();
    // previous() does not bring a decided customer back.
    expect(q.hasPrevious).toBe(false);
    await waitFor(() => expect(result.current.review.canDecide).toBe(true));
    await act(async () => {
      await result.current.review.decide("rejected");
    });
    expect(h.count("PATCH")).toBe(2);
    await waitFor(() => expect(result.current.queue.currentId).toBe(third));
    expect(result.current.queue.decidedCount).toBe(2);
  });

  test("autoAdvance: false keeps the decided customer on screen until next()", async () => {
    const h = setup();
    const { result } = renderQueueWithDecision(h, { autoAdvance: false });
    await waitFor(() => expect(result.current.review.canDecide).toBe(true));
    await act(async () => {
      await result.current.review.decide("verified");
    });
    await waitFor(() => expect(result.current.queue.decidedCount).toBe(1));
    expect(result.current.queue.currentId).toBe(first);
    expect(result.current.queue.currentDecided).toBe(true);
    act(() => result.current.queue.next());
    expect(result.current.queue.currentId).toBe(second);
    expect(result.current.queue.items.some((row) => row.id === first)).toBe(false);
    act(() => result.current.queue.previous());
    expect(result.current.queue.currentId).toBe(second);
  });

  test("the current customer decided elsewhere: the decision answers 422, the queue skips it with a message", async () => {
    const h = setup();
    const { result } = renderQueueWithDecision(h);
    await waitFor(() => expect(result.current.review.canDecide).toBe(true));
    // Another reviewer decides it, past this client's cache.
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, first, { status: "rejected" });
    let error: unknown;
    await act(async () => {
      error = await result.current.review.decide("verified").catch((e: unknown) => e);
    });
    expect(error).toMatchObject({ status: 422 });
    // The one PATCH of this client was refused; it is not sent again.
    expect(h.count("PATCH")).toBe(1);
    await waitFor(() => expect(result.current.queue.currentId).toBe(second));
    expect(result.current.queue.lastSkipped).toEqual({ id: first, name: "Tom Haverford" });
    expect(result.current.queue.skippedCount).toBe(1);
    expect(result.current.queue.decidedCount).toBe(0);
    expect(result.current.queue.items.some((row) => row.id === first)).toBe(false);
    act(() => result.current.queue.dismissSkipped());
    expect(result.current.queue.lastSkipped).toBeNull();
    expect(h.count("PATCH")).toBe(1);
  });

  test("the next customer decided elsewhere before it is reached: its prefetched review shows it, next() skips it", async () => {
    const h = setup();
    const { result, rerender } = renderQueue(h, { prefetch: false });
    // The list was read while the second customer was still in review…
    await waitFor(() => expect(result.current.queue.customer?.id).toBe(first));
    expect(result.current.queue.items[1]?.id).toBe(second);
    // …then another reviewer decides it; the prefetch reads its new status.
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, second, { status: "verified" });
    rerender({ prefetch: true });
    await waitFor(() => expect(reviewGets(h, second)).toBe(1));
    await waitFor(() => expect(result.current.queue.skippedCount).toBe(1));
    expect(result.current.queue.lastSkipped?.id).toBe(second);
    act(() => result.current.queue.next());
    expect(result.current.queue.currentId).toBe(third);
    expect(h.count("PATCH")).toBe(0);
  });

  test("a refetch showing another status drops the customer, decided or not by this client", async () => {
    const h = setup();
    const { result } = renderQueue(h);
    await waitFor(() => expect(result.current.queue.review?.customer_details.id).toBe(first));
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, first, { status: "verified" });
    await act(async () => {
      await h.queryClient.invalidateQueries({ queryKey: ["straddle", "default", "review", first] });
    });
    await waitFor(() => expect(result.current.queue.currentId).toBe(second));
    expect(result.current.queue.lastSkipped?.id).toBe(first);
  });

  test("across pages: the next page loads before the end, and the total counts every page", async () => {
    const h = setup();
    const { result } = renderQueue(h, { page_size: 5, prefetch: false });
    await waitFor(() => expect(result.current.queue.status).toBe("ready"));
    expect(result.current.queue.total).toBe(IN_REVIEW);
    expect(result.current.queue.items).toHaveLength(5);
    expect(listGets(h, 2)).toBe(0);
    act(() => result.current.queue.next()); // 2 of 5 loaded: three follow
    act(() => result.current.queue.next()); // 3: two follow, fewer than the lookahead
    await waitFor(() => expect(listGets(h, 2)).toBe(1));
    await waitFor(() => expect(result.current.queue.items).toHaveLength(10));
    expect(result.current.queue.position).toBe(3);
    expect(result.current.queue.total).toBe(IN_REVIEW);
    for (let i = 0; i < 22; i++) {
      act(() => result.current.queue.next());
      await waitFor(() => expect(result.current.queue.position).toBe(4 + i));
    }
    expect(result.current.queue.position).toBe(IN_REVIEW);
    expect(result.current.queue.hasNext).toBe(false);
    expect(listGets(h, 5)).toBe(1);
    expect(listGets(h, 6)).toBe(0);
  });

  test("controlled: currentId comes from the host; moves are reported through onCurrentIdChange", async () => {
    const h = setup();
    const changes: (string | null)[] = [];
    const { result, rerender } = renderQueue(h, {
      currentId: third,
      onCurrentIdChange: (id) => changes.push(id),
    });
    await waitFor(() => expect(result.current.queue.status).toBe("ready"));
    expect(result.current.queue.currentId).toBe(third);
    expect(result.current.queue.position).toBe(3);
    act(() => result.current.queue.next());
    expect(changes).toEqual([sandboxIds.manyWatchlistMatches]);
    // Nothing moves until the host passes the new id.
    expect(result.current.queue.currentId).toBe(third);
    rerender({ currentId: sandboxIds.manyWatchlistMatches, onCurrentIdChange: (id) => changes.push(id) });
    expect(result.current.queue.position).toBe(4);
    // null: the first customer, reported to the host.
    rerender({ currentId: null, onCurrentIdChange: (id) => changes.push(id) });
    expect(result.current.queue.currentId).toBe(first);
    await waitFor(() => expect(changes.at(-1)).toBe(first));
  });

  test("empty: null-safe, and navigation does nothing", async () => {
    const h = setup();
    const { result } = renderQueue(h, { created_to: "2000-01-01" });
    await waitFor(() => expect(result.current.queue.status).toBe("empty"));
    const q = result.current.queue;
    expect(q.currentId).toBeNull();
    expect(q.current).toBeNull();
    expect(q.customer).toBeUndefined();
    expect(q.position).toBeNull();
    expect(q.total).toBe(0);
    expect(q.remaining).toBe(0);
    expect(q.hasNext).toBe(false);
    act(() => {
      q.next();
      q.previous();
    });
    expect(result.current.queue.currentId).toBeNull();
    expect(h.calls.filter((call) => call.path !== "/v1/customers")).toEqual([]);
  });

  test("the first page fails: error, then retry", async () => {
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.list", { status: 500 });
    const { result } = renderQueue(h);
    await waitFor(() => expect(result.current.queue.status).toBe("error"));
    expect(result.current.queue.error?.status).toBe(500);
    act(() => result.current.queue.retry());
    await waitFor(() => expect(result.current.queue.status).toBe("ready"));
  });

  test("StrictMode: one request per list page, record and review", async () => {
    const h = setup();
    const strict = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <h.wrapper>{children}</h.wrapper>
      </StrictMode>
    );
    const { result } = renderHook(() => useReviewQueue(), { wrapper: strict });
    await waitFor(() => expect(result.current.review?.customer_details.id).toBe(first));
    await waitFor(() => expect(reviewGets(h, second)).toBe(1));
    await waitFor(() => expect(h.queryClient.isFetching()).toBe(0));
    expect(listGets(h)).toBe(1);
    expect(customerGets(h, first)).toBe(1);
    expect(reviewGets(h, first)).toBe(1);
    expect(customerGets(h, second)).toBe(1);
    expect(reviewGets(h, second)).toBe(1);
    expect(h.calls).toHaveLength(5);
  });
});
