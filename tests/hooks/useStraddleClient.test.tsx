import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { refreshCustomerReview, updateCustomer } from "../../src/api/endpoints";
import { useCustomer, useCustomerList, useCustomerReview } from "../../src/hooks";
import { useStraddleClient } from "../../src/hooks/useStraddleClient";
import { sandboxIds } from "../../src/sandbox";
import { expectConsole } from "../consoleGuard";
import { setup } from "./harness";

const id = sandboxIds.reviewIndividualHighRisk;

describe("useStraddleClient", () => {
  test("its config sends an API function's request through the provider's fetcher, with the provider's scope", async () => {
    const h = setup({}, { accountId: "acct_test_1", correlationId: "corr-42" });
    const { result } = renderHook(() => useStraddleClient(), { wrapper: h.wrapper });
    const refreshed = await refreshCustomerReview(result.current.config, id);
    expect(refreshed.data.id).toBe(id);
    expect(h.count("PUT", "/refresh_review")).toBe(1);
    const call = h.calls.at(-1);
    expect(call?.headers["Straddle-Account-Id"]).toBe("acct_test_1");
    expect(call?.headers["Correlation-Id"]).toBe("corr-42");
    expect(call?.headers["Idempotency-Key"]).toMatch(/^[A-Za-z0-9_-]{10,40}$/);
  });

  test("invalidate(id) refetches that customer, its review and the lists the hooks hold", async () => {
    const h = setup();
    const { result } = renderHook(
      () => ({
        client: useStraddleClient(),
        customer: useCustomer(id),
        review: useCustomerReview(id),
        list: useCustomerList({ page_size: 5 }),
      }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => {
      expect(result.current.customer.status).toBe("success");
      expect(result.current.review.status).toBe("success");
      expect(result.current.list.status).toBe("success");
    });
    const before = {
      customer: h.count("GET", id),
      review: h.count("GET", "/review"),
      list: h.count("GET", /\/customers$/),
    };
    // A custom change the hooks did not make:
    await updateCustomer(result.current.client.config, id, {
      name: "Renamed Elsewhere",
      email: result.current.customer.customer!.email,
      phone: result.current.customer.customer!.phone,
      status: result.current.customer.customer!.status,
      device: { ip_address: "10.0.0.1" },
    });
    await result.current.client.invalidate(id);
    await waitFor(() => expect(result.current.customer.customer?.name).toBe("Renamed Elsewhere"));
    expect(h.count("GET", id)).toBe(before.customer + 1);
    expect(h.count("GET", "/review")).toBe(before.review + 1);
    expect(h.count("GET", /\/customers$/)).toBe(before.list + 1);
  });

  test("invalidate() with no id refetches everything the hooks hold", async () => {
    const h = setup();
    const other = sandboxIds.verifiedIndividual;
    const { result } = renderHook(
      () => ({ client: useStraddleClient(), a: useCustomer(id), b: useCustomer(other) }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(result.current.b.status).toBe("success"));
    await waitFor(() => expect(result.current.a.status).toBe("success"));
    await result.current.client.invalidate();
    expect(h.count("GET", id)).toBe(2);
    expect(h.count("GET", other)).toBe(2);
  });

  test("outside a provider it throws a sentence naming the hook and the fix", () => {
    // React 18 logs the uncaught render error as well ("The above error occurred…").
    expectConsole("error", /The above error occurred|must be used within <StraddleProvider>/);
    expect(() => renderHook(() => useStraddleClient())).toThrow(
      /`useStraddleClient` must be used within <StraddleProvider>/,
    );
  });
});
