import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { describe, expect, test } from "vitest";
import type { StraddleFetcher, StraddleRequest } from "../../src/api/fetcher";
import { StraddleProvider, straddleKeys, useCustomer, useCustomerList } from "../../src/hooks";
import { sandboxIds } from "../../src/sandbox";
import { deferred, setup } from "./harness";

const alice = sandboxIds.verifiedIndividual;
const bob = sandboxIds.reviewIndividualHighRisk;

describe("useCustomer", () => {
  test("a null id fetches nothing", async () => {
    const h = setup();
    const { result } = renderHook(() => useCustomer(null), { wrapper: h.wrapper });
    await new Promise((r) => setTimeout(r, 30));
    expect(h.calls).toHaveLength(0);
    expect(result.current.status).toBe("pending");
    expect(result.current.fetchStatus).toBe("idle");
  });

  test("two components asking for the same customer at once send one request", async () => {
    const h = setup({ latency: 20 });
    function Name() {
      const { customer } = useCustomer(alice);
      return <p>{customer?.name ?? "loading"}</p>;
    }
    render(
      <h.wrapper>
        <Name />
        <Name />
      </h.wrapper>,
    );
    const name = h.sandbox.store.get(alice)?.name ?? "";
    expect(await screen.findAllByText(name)).toHaveLength(2);
    expect(h.count("GET")).toBe(1);
  });

  test("changing the id aborts the old request and never shows the old customer, even when its answer lands last", async () => {
    const h = setup();
    const gates = new Map<string, ReturnType<typeof deferred<void>>>();
    const signals: AbortSignal[] = [];
    // The first customer's answer is held back until after the second one has arrived.
    const slowFetcher: StraddleFetcher = async (request: StraddleRequest) => {
      if (request.signal) signals.push(request.signal);
      if (request.path.endsWith(encodeURIComponent(alice))) {
        const gate = deferred<void>();
        gates.set(alice, gate);
        await gate.promise;
        // Answer even though aborted: the late response must still be ignored.
        return h.sandbox.fetcher({ ...request, signal: undefined });
      }
      return h.fetcher(request);
    };
    let setId: (id: string) => void = () => {};
    function Screen() {
      const [id, set] = useState(alice);
      setId = set;
      const { customer, status } = useCustomer(id);
      return (
        <p data-testid="shown">
          {status}:{customer?.id ?? "none"}
        </p>
      );
    }
    render(
      <StraddleProvider fetcher={slowFetcher} queryClient={h.queryClient}>
        <Screen />
      </StraddleProvider>,
    );
    await waitFor(() => expect(gates.has(alice)).toBe(true));
    act(() => setId(bob));
    await waitFor(() => expect(screen.getByTestId("shown").textContent).toBe(`success:${bob}`));
    expect(signals[0]?.aborted).toBe(true);
    gates.get(alice)?.resolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId("shown").textContent).toBe(`success:${bob}`);
  });

  test("StrictMode's double effects send no duplicate request", async () => {
    const h = setup();
    function Name() {
      const { customer } = useCustomer(alice);
      return <p>{customer?.name ?? "loading"}</p>;
    }
    render(
      <StrictMode>
        <h.wrapper>
          <Name />
        </h.wrapper>
      </StrictMode>,
    );
    await screen.findByText(h.sandbox.store.get(alice)?.name ?? "");
    expect(h.count("GET")).toBe(1);
  });

  test("update sends the full PUT body (current record + changes) and refreshes review and lists", async () => {
    const h = setup();
    const { result } = renderHook(
      () => ({ customer: useCustomer(bob), list: useCustomerList({ page_size: 100 }) }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.customer.status).toBe("success"));
    await waitFor(() => expect(result.current.list.status).toBe("success"));
    const before = result.current.customer.customer;
    const listGets = h.count("GET", "/v1/customers");

    let saved: unknown;
    await act(async () => {
      saved = await result.current.customer.update({
        name: "Renamed Person",
        device: { ip_address: "10.0.0.7" },
      });
    });
    const put = h.calls.find((c) => c.method === "PUT");
    expect(put?.body).toMatchObject({
      name: "Renamed Person",
      email: before?.email,
      phone: before?.phone,
      status: before?.status,
      device: { ip_address: "10.0.0.7" },
    });
    expect(put?.headers["Idempotency-Key"]).toMatch(/^[\w-]{10,40}$/);
    expect(saved).toMatchObject({ name: "Renamed Person" });
    expect(result.current.customer.customer?.name).toBe("Renamed Person");
    // The list showing it is refetched.
    await waitFor(() => expect(h.count("GET", "/v1/customers")).toBe(listGets + 1));
    expect(h.queryClient.getQueryState(straddleKeys.review("default", bob))?.isInvalidated ?? true).toBe(
      true,
    );
  });

  test("remove deletes and drops the customer from every cached list at once", async () => {
    const h = setup();
    const { result } = renderHook(
      () => ({ customer: useCustomer(bob), list: useCustomerList({ page_size: 1000 }) }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.list.status).toBe("success"));
    await waitFor(() => expect(result.current.customer.status).toBe("success"));
    expect(result.current.list.customers?.some((c) => c.id === bob)).toBe(true);
    const total = result.current.list.page?.totalItems ?? 0;
    await act(async () => {
      await result.current.customer.remove();
    });
    expect(h.count("DELETE")).toBe(1);
    expect(result.current.list.customers?.some((c) => c.id === bob)).toBe(false);
    await waitFor(() => expect(result.current.list.page?.totalItems).toBe(total - 1));
    expect(h.sandbox.store.get(bob)).toBeUndefined();
  });
});

describe("useCustomer().unmask", () => {
  test("fetches outside the shared cache, reports onUnmask, and forgets after the timeout", async () => {
    const h = setup({}, { unmaskTimeoutMs: 80 });
    const { result } = renderHook(() => useCustomer(alice), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    let record: Awaited<ReturnType<typeof result.current.unmask>> | undefined;
    await act(async () => {
      record = await result.current.unmask();
    });
    const ssn = record?.compliance_profile?.ssn;
    expect(ssn).toMatch(/^\d{3}-\d{2}-\d{4}$/);
    expect(result.current.unmasked?.compliance_profile?.ssn).toBe(ssn);
    expect(h.unmasks).toEqual([{ customerId: alice, at: expect.any(Date) }]);
    // Nothing unmasked in the shared cache.
    const cached = JSON.stringify(
      h.queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
    );
    expect(cached).not.toContain(ssn);
    expect(cached).toContain("***-**-****");
    await waitFor(() => expect(result.current.unmasked).toBeUndefined(), { timeout: 1000 });
  });

  test("is forgotten on unmount and on id change; failures reach onError without personal data", async () => {
    const h = setup();
    let setId: (id: string) => void = () => {};
    const seen: (string | undefined)[] = [];
    function Panel() {
      const [id, set] = useState(alice);
      setId = set;
      const c = useCustomer(id);
      seen.push(c.unmasked?.compliance_profile?.ssn ?? undefined);
      return (
        <button type="button" onClick={() => void c.unmask().catch(() => {})}>
          unmask
        </button>
      );
    }
    const { unmount } = render(
      <h.wrapper>
        <Panel />
      </h.wrapper>,
    );
    await act(async () => {
      screen.getByRole("button").click();
    });
    await waitFor(() => expect(seen.at(-1)).toMatch(/\d{3}-\d{2}-\d{4}/));
    act(() => setId(bob));
    expect(seen.at(-1)).toBeUndefined();

    h.sandbox.fail("customers.unmasked", { status: 403 });
    await act(async () => {
      screen.getByRole("button").click();
    });
    await waitFor(() => expect(h.errors.some((e) => e.operation === "customer.unmask")).toBe(true));
    const event = h.errors.find((e) => e.operation === "customer.unmask");
    expect(event).toMatchObject({ status: 403, kind: "http", customerId: bob });
    expect(Object.keys(event ?? {}).sort()).toEqual(
      ["customerId", "endpoint", "kind", "operation", "requestId", "retryable", "status", "type"].sort(),
    );
    unmount();
  });

  test("an unmask answered after unmount is dropped and not reported", async () => {
    const h = setup({ latency: 40 });
    const { result, unmount } = renderHook(() => useCustomer(alice), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.unmask().catch((e: unknown) => e);
    });
    unmount();
    const outcome = await pending;
    expect(outcome).toMatchObject({ kind: "aborted" });
    expect(h.unmasks).toHaveLength(0);
    expect(h.errors).toHaveLength(0);
  });
});
