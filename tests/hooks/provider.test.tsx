import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { render, renderHook, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { StraddleProvider, straddleKeys, useCustomer } from "../../src/hooks";
import { sandboxIds } from "../../src/sandbox";
import { expectConsole } from "../consoleGuard";
import { setup } from "./harness";

describe("StraddleProvider", () => {
  test("a hook outside the provider throws a sentence that names the fix", () => {
    // React 18 logs the uncaught render error as well ("The above error occurred…").
    expectConsole("error", /The above error occurred|must be used within <StraddleProvider>/);
    expect(() => renderHook(() => useCustomer("x"))).toThrow(
      "`useCustomer` must be used within <StraddleProvider>",
    );
  });

  test("uses its own client explicitly: the host's QueryClientProvider is neither needed nor touched", async () => {
    const h = setup();
    const hostClient = new QueryClient();
    let seenByHost: QueryClient | undefined;
    function HostComponent() {
      seenByHost = useQueryClient();
      const { customer } = useCustomer(sandboxIds.verifiedIndividual);
      return <p>{customer?.name ?? "…"}</p>;
    }
    const ownClient = new QueryClient();
    render(
      <QueryClientProvider client={hostClient}>
        <StraddleProvider fetcher={h.fetcher} queryClient={ownClient}>
          <HostComponent />
        </StraddleProvider>
      </QueryClientProvider>,
    );
    const name = h.sandbox.store.get(sandboxIds.verifiedIndividual)?.name ?? "";
    expect(await screen.findByText(name)).toBeInTheDocument();
    expect(seenByHost).toBe(hostClient);
    expect(hostClient.getQueryCache().getAll()).toHaveLength(0);
    expect(
      ownClient.getQueryData(straddleKeys.customer("default", sandboxIds.verifiedIndividual)),
    ).toMatchObject({
      name,
    });
  });

  test("sends accountId and correlationId as headers and scopes the cache by account", async () => {
    const h = setup({}, { accountId: "acct-1", correlationId: "corr-1" });
    const { result } = renderHook(() => useCustomer(sandboxIds.verifiedIndividual), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(h.calls[0]?.headers["Straddle-Account-Id"]).toBe("acct-1");
    expect(h.calls[0]?.headers["Correlation-Id"]).toBe("corr-1");
    expect(
      h.queryClient.getQueryData(straddleKeys.customer("acct-1", sandboxIds.verifiedIndividual)),
    ).toBeDefined();
    expect(
      h.queryClient.getQueryData(straddleKeys.customer("default", sandboxIds.verifiedIndividual)),
    ).toBeUndefined();
  });
});
