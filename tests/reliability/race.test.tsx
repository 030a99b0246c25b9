import { QueryClient } from "@tanstack/react-query";
import { act, render, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, test } from "vitest";
import type { StraddleFetcher } from "../../src/api/fetcher";
import { StraddleProvider, type UseCustomerResult, useCustomer, useCustomerReview } from "../../src/hooks";
import { createSandbox } from "../../src/sandbox";
import { prng } from "./mutate";

/**
 * Race (issue 12): 100 random id switches with random per-request latency, so answers land
 * out of order (the transport even ignores aborts), while `unmask()` is called at random
 * moments. Every render is checked: the customer, the review and the unmasked record shown
 * are the current id's, and unmasked data appears only after an unmask during this visit.
 */
const SWITCHES = 100;

describe("race: random id switches, out-of-order answers", () => {
  test(`${SWITCHES} switches: 0 renders with another customer's data`, async () => {
    const r = prng(0x12_ace);
    // Latencies from their own stream: the switch and unmask schedule stays the same run to run.
    const latency = prng(0x1a7e);
    const sandbox = createSandbox();
    const ids = sandbox.store
      .list()
      .filter((record) => record.identity_details)
      .slice(0, 12)
      .map((record) => record.id);
    // Nothing is fresh: every switch refetches, so answers for earlier ids keep arriving late.
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 0 } } });
    let requests = 0;
    // Every request waits a random 0–40 ms, and answers even when aborted.
    const fetcher: StraddleFetcher = async (request) => {
      requests++;
      const { signal: _ignored, ...rest } = request;
      await new Promise((resolve) => setTimeout(resolve, latency.int(41)));
      return sandbox.fetcher(rest);
    };

    const state = { id: ids[0] ?? "", visit: 0, unmaskedVisits: new Set<number>() };
    const violations: string[] = [];
    let renders = 0;
    let customerRenders = 0;
    let reviewRenders = 0;
    let unmaskedRenders = 0;
    const unmaskEvents: string[] = [];
    const latest: { current: UseCustomerResult | null } = { current: null };
    let switchTo: (id: string) => void = () => {};

    function Screen() {
      const [id, setId] = useState(state.id);
      switchTo = setId;
      const customer = useCustomer(id);
      const review = useCustomerReview(id);
      latest.current = customer;
      renders++;
      const shownCustomer = customer.customer?.id;
      const shownReview = review.review?.customer_details.id;
      const shownUnmasked = customer.unmasked?.id;
      if (shownCustomer !== undefined) {
        customerRenders++;
        if (shownCustomer !== id) violations.push(`render ${renders}: customer ${shownCustomer} while ${id}`);
      }
      if (shownReview !== undefined) {
        reviewRenders++;
        if (shownReview !== id) violations.push(`render ${renders}: review of ${shownReview} while ${id}`);
      }
      if (shownUnmasked !== undefined) {
        unmaskedRenders++;
        if (shownUnmasked !== id) violations.push(`render ${renders}: unmasked ${shownUnmasked} while ${id}`);
        if (!state.unmaskedVisits.has(state.visit)) {
          violations.push(`render ${renders}: unmasked ${id} shown without an unmask during this visit`);
        }
      }
      return <p data-testid="shown">{shownCustomer ?? "none"}</p>;
    }

    render(
      <StraddleProvider
        fetcher={fetcher}
        queryClient={queryClient}
        retry={{ count: 0 }}
        onUnmask={(event) => {
          unmaskEvents.push(event.customerId);
          if (event.customerId !== state.id) {
            violations.push(`onUnmask named ${event.customerId} while ${state.id} is shown`);
          }
        }}
      >
        <Screen />
      </StraddleProvider>,
    );

    let unmaskCalls = 0;
    for (let i = 0; i < SWITCHES; i++) {
      const next = r.pick(ids);
      if (next !== state.id) {
        state.visit++;
        state.id = next;
      }
      act(() => switchTo(next));
      // Sometimes unmask right away, sometimes after a while, sometimes not at all.
      if (r.next() < 0.5) {
        const delay = r.int(30);
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, delay));
        });
        unmaskCalls++;
        state.unmaskedVisits.add(state.visit);
        act(() => {
          latest.current?.unmask().catch(() => {});
        });
      }
      const wait = r.int(35);
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, wait));
      });
    }
    // Let every answer still travelling land.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 120));
    });
    await waitFor(() => expect(latest.current?.customer?.id).toBe(state.id));

    process.stdout.write(
      `[race] ${SWITCHES} switches among ${ids.length} customers, ${state.visit} visits, ${requests} requests (0–40 ms, out of order, aborts ignored)\n` +
        `[race]   renders ${renders}: with a customer ${customerRenders}, with a review ${reviewRenders}, with unmasked data ${unmaskedRenders}; unmask calls ${unmaskCalls}, onUnmask events ${unmaskEvents.length}\n` +
        `[race]   renders with another customer's data: ${violations.length}\n`,
    );
    expect(violations).toEqual([]);
    // The run exercised what it claims to.
    expect(customerRenders).toBeGreaterThan(50);
    expect(reviewRenders).toBeGreaterThan(50);
    expect(unmaskedRenders).toBeGreaterThan(0);
  });
});
