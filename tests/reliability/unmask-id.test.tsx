import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, test } from "vitest";
import type { StraddleFetcher, StraddleRequest } from "../../src/api/fetcher";
import { useCustomer } from "../../src/hooks";
import { StraddleContext, useStraddle } from "../../src/hooks/context";
import { sandboxIds } from "../../src/sandbox";
import { deferred, setup } from "../hooks/harness";

const alice = sandboxIds.verifiedIndividual;
const bob = sandboxIds.reviewIndividualHighRisk;

/**
 * Defect 1 of issue 12: an `unmask()` belongs to the id it was called for. The fetcher here
 * holds every unmasked request until the test releases it, and ignores abort signals (the
 * worst transport a host may pass), so only the hook can drop a late answer.
 */
function gatedUnmask() {
  const h = setup();
  const held: { request: StraddleRequest; release: () => void }[] = [];
  const fetcher: StraddleFetcher = (request) => {
    if (!request.path.endsWith("/unmasked")) return h.fetcher(request);
    const gate = deferred<void>();
    held.push({ request, release: () => gate.resolve() });
    const { signal: _ignored, ...rest } = request;
    return gate.promise.then(() => h.sandbox.fetcher(rest));
  };
  const ssnOf = (id: string) =>
    (h.sandbox.store.get(id)?.compliance_profile as { ssn?: string } | null | undefined)?.ssn ?? "(no ssn)";
  return { h, held, fetcher, ssnOf };
}

function renderCustomer(g: ReturnType<typeof gatedUnmask>, first: string) {
  const wrapper = g.h.wrapper;
  return renderHook(({ id }: { id: string }) => useCustomer(id), {
    initialProps: { id: first },
    wrapper: ({ children }) => wrapper({ children: <Swap fetcher={g.fetcher}>{children}</Swap> }),
  });
}

// The harness's provider, with the gated fetcher.
function Swap({ fetcher, children }: { fetcher: StraddleFetcher; children: ReactNode }) {
  const ctx = useStraddle();
  return (
    <StraddleContext.Provider value={{ ...ctx, config: { ...ctx.config, fetcher } }}>
      {children}
    </StraddleContext.Provider>
  );
}

describe("useCustomer().unmask belongs to its id (issue 12, defect 1)", () => {
  test("an unmask in flight when the id changes is aborted, and its late answer is never shown", async () => {
    const g = gatedUnmask();
    const { result, rerender } = renderCustomer(g, alice);
    await waitFor(() => expect(result.current.status).toBe("success"));

    let outcome: unknown;
    act(() => {
      result.current.unmask().then(
        (value) => {
          outcome = value;
        },
        (error: unknown) => {
          outcome = error;
        },
      );
    });
    await waitFor(() => expect(g.held).toHaveLength(1));
    expect(result.current.isUnmasking).toBe(true);

    rerender({ id: bob });
    // The request was for Alice: the id change aborted it.
    expect(g.held[0]?.request.signal?.aborted).toBe(true);
    expect(result.current.isUnmasking).toBe(false);

    // Alice's answer lands while Bob is shown (this transport ignores the abort)…
    await act(async () => {
      g.held[0]?.release();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(outcome).toMatchObject({ kind: "aborted" });
    expect(result.current.unmasked).toBeUndefined();

    // …and going back to Alice shows nothing unmasked without a new unmask.
    rerender({ id: alice });
    await waitFor(() => expect(result.current.customer?.id).toBe(alice));
    expect(result.current.unmasked).toBeUndefined();
    expect(JSON.stringify(result.current)).not.toContain(g.ssnOf(alice));
    expect(g.h.unmasks).toEqual([]);
    expect(g.h.errors).toEqual([]);
  });

  test("an unmask for another id never reuses the in-flight one: it resolves with that id's record", async () => {
    const g = gatedUnmask();
    const { result, rerender } = renderCustomer(g, alice);
    await waitFor(() => expect(result.current.status).toBe("success"));

    let first: Promise<unknown> | undefined;
    act(() => {
      first = result.current.unmask().catch((error: unknown) => error);
    });
    rerender({ id: bob });
    await waitFor(() => expect(result.current.customer?.id).toBe(bob));

    let second: Promise<{ id: string; compliance_profile?: unknown }> | undefined;
    act(() => {
      second = result.current.unmask();
    });
    expect(second).not.toBe(first);
    await waitFor(() => expect(g.held).toHaveLength(2));
    expect(g.held[1]?.request.path).toContain(bob);

    // Out of order: Bob's answer first, then Alice's.
    await act(async () => {
      g.held[1]?.release();
      g.held[0]?.release();
      await new Promise((r) => setTimeout(r, 20));
    });
    const record = await second;
    expect(record?.id).toBe(bob);
    expect(await first).toMatchObject({ kind: "aborted" });
    expect(result.current.unmasked?.id).toBe(bob);
    expect(result.current.unmasked?.compliance_profile).toMatchObject({ ssn: g.ssnOf(bob) });
    // The audit event names the customer whose data was fetched and shown: Bob, once.
    expect(g.h.unmasks.map((event) => event.customerId)).toEqual([bob]);
  });

  test("two calls for the same id share one request", async () => {
    const g = gatedUnmask();
    const { result } = renderCustomer(g, alice);
    await waitFor(() => expect(result.current.status).toBe("success"));
    let a: Promise<unknown> | undefined;
    let b: Promise<unknown> | undefined;
    act(() => {
      a = result.current.unmask();
      b = result.current.unmask();
    });
    expect(a).toBe(b);
    await waitFor(() => expect(g.held).toHaveLength(1));
    await act(async () => {
      g.held[0]?.release();
      await a;
    });
    expect(result.current.unmasked?.id).toBe(alice);
    expect(g.h.unmasks.map((event) => event.customerId)).toEqual([alice]);
  });
});
