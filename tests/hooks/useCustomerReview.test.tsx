import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { decideCustomerReview } from "../../src/api/endpoints";
import { useCustomer, useCustomerList, useCustomerReview } from "../../src/hooks";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "./harness";

const inReview = sandboxIds.reviewIndividualHighRisk;
const verified = sandboxIds.verifiedIndividual;

describe("useCustomerReview", () => {
  test("derives the facts a reviewer needs", async () => {
    const h = setup();
    const { result } = renderHook(() => useCustomerReview(inReview), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    const r = result.current;
    if (r.status !== "success") throw new Error("not loaded");
    expect(r.customerStatus).toBe("review");
    expect(r.canDecide).toBe(true);
    expect(r.hasIdentityDetails).toBe(true);
    // Individual modules only, flagged ones first.
    const names = r.modules.map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => !n.startsWith("business_"))).toBe(true);
    const firstCalm = r.modules.findIndex((m) => m.module.decision === "accept");
    const lastFlagged = r.modules.map((m) => m.module.decision).lastIndexOf("reject");
    if (firstCalm >= 0 && lastFlagged >= 0) expect(lastFlagged).toBeLessThan(firstCalm);
    expect(r.flaggedModules.length).toBeGreaterThan(0);
  });

  test("a verified customer cannot be decided; a pending one has no identity details", async () => {
    const h = setup();
    const { result } = renderHook(
      () => ({ done: useCustomerReview(verified), pending: useCustomerReview(sandboxIds.pendingNoDetails) }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.done.status).toBe("success"));
    await waitFor(() => expect(result.current.pending.status).toBe("success"));
    expect(result.current.done.canDecide).toBe(false);
    expect(result.current.pending.hasIdentityDetails).toBe(false);
    expect(result.current.pending.modules).toEqual([]);
  });

  test("decide sends one PATCH and refreshes the customer, its review and the lists", async () => {
    const h = setup();
    const { result } = renderHook(
      () => ({
        review: useCustomerReview(inReview),
        customer: useCustomer(inReview),
        list: useCustomerList({ status: ["review"], page_size: 1000 }),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.review.status).toBe("success"));
    await waitFor(() => expect(result.current.customer.status).toBe("success"));
    await waitFor(() => expect(result.current.list.status).toBe("success"));
    expect(result.current.list.customers?.some((c) => c.id === inReview)).toBe(true);
    const reviewGets = h.count("GET", "/review");

    let outcome: Awaited<ReturnType<typeof result.current.review.decide>> | undefined;
    await act(async () => {
      outcome = await result.current.review.decide("rejected", { note: "Synthetic identity" });
    });
    expect(h.count("PATCH")).toBe(1);
    expect(h.calls.find((c) => c.method === "PATCH")?.body).toEqual({ status: "rejected" });
    expect(outcome).toMatchObject({
      status: "rejected",
      note: "Synthetic identity",
      customer: { status: "rejected" },
    });
    // The customer is updated from the response, the review is refetched, the list drops it.
    expect(result.current.customer.customer?.status).toBe("rejected");
    await waitFor(() => expect(h.count("GET", "/review")).toBe(reviewGets + 1));
    await waitFor(() => expect(result.current.review.customerStatus).toBe("rejected"));
    await waitFor(() => expect(result.current.list.customers?.some((c) => c.id === inReview)).toBe(false));
  });

  test("ten rapid decide calls send exactly one PATCH", async () => {
    const h = setup({ latency: 30 });
    const { result } = renderHook(() => useCustomerReview(inReview), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    await act(async () => {
      const calls = Array.from({ length: 10 }, () => result.current.decide("verified"));
      await Promise.all(calls);
    });
    expect(h.count("PATCH")).toBe(1);
  });

  test("a decision on a customer no longer in review gives the 422 and refetches the review", async () => {
    const h = setup();
    const { result } = renderHook(() => useCustomerReview(inReview), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    // Another reviewer decided meanwhile (straight to the sandbox, past this cache).
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, inReview, { status: "verified" });
    const gets = h.count("GET", "/review");
    let error: unknown;
    await act(async () => {
      error = await result.current.decide("rejected").catch((e: unknown) => e);
    });
    expect(error).toMatchObject({ kind: "http", status: 422 });
    expect(String((error as Error).message)).toMatch(/Verified cannot be changed/);
    await waitFor(() => expect(result.current.decideState.error?.status).toBe(422));
    await waitFor(() => expect(h.count("GET", "/review")).toBe(gets + 1));
    await waitFor(() => expect(result.current.canDecide).toBe(false));
  });

  test("refresh puts refresh_review, then refetches the review until its id changes", async () => {
    const h = setup({ refreshDelayMs: 60 });
    const { result } = renderHook(
      () => useCustomerReview(inReview, { refreshPollIntervalMs: 25, refreshMaxPolls: 20 }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.status).toBe("success"));
    const before = result.current.review?.identity_details?.review_id;
    let refreshed: Awaited<ReturnType<typeof result.current.refresh>> | undefined;
    await act(async () => {
      refreshed = await result.current.refresh();
    });
    expect(h.count("PUT", "/refresh_review")).toBe(1);
    expect(refreshed?.updated).toBe(true);
    expect(result.current.review?.identity_details?.review_id).not.toBe(before);
    // Bounded: it polled more than once (the new review needed 60 ms) but stopped once it changed.
    const polls = h.count("GET", "/review") - 1;
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(polls).toBeLessThan(20);
  });

  test("refresh gives up after the bound when the review never changes", async () => {
    const h = setup({ refreshDelayMs: 60_000 });
    const { result } = renderHook(
      () => useCustomerReview(inReview, { refreshPollIntervalMs: 5, refreshMaxPolls: 3 }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.status).toBe("success"));
    let refreshed: Awaited<ReturnType<typeof result.current.refresh>> | undefined;
    await act(async () => {
      refreshed = await result.current.refresh();
    });
    expect(refreshed?.updated).toBe(false);
    expect(h.count("GET", "/review")).toBe(1 + 3);
  });
});
