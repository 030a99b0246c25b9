import { act, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Customer } from "../../src/api/schemas/customer";
import type { CreateCustomerInput } from "../../src/api/schemas/requests";
import {
  type UseCreateCustomerResult,
  type UseCustomerResult,
  type UseCustomerReviewResult,
  useCreateCustomer,
  useCustomer,
  useCustomerReview,
} from "../../src/hooks";
import { ReviewBreakdownPanel } from "../../src/index";
import { setup } from "../hooks/harness";

/**
 * PII audit (issue 12): a reviewer's session end to end — create an individual and a business
 * (after a 500 and a network failure), a 422, unmask (after a network failure), decide (after
 * a 500, then a 422), re-mask — with everything a host or an attacker could read captured:
 * every console method, `reportError`, `onError`, window errors, the whole query and mutation
 * cache (data, errors, variables) and the DOM. After re-mask: 0 occurrences of the SSN, DOB
 * or EIN that were submitted or unmasked.
 */

/** Every string reachable from `value`: own properties (enumerable or not), errors' messages. */
function allText(value: unknown, seen = new Set<unknown>(), depth = 0): string {
  if (value === null || value === undefined || depth > 25) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (typeof value === "function" || typeof value === "symbol") return "";
  if (seen.has(value)) return "";
  seen.add(value);
  if (value instanceof Date) return value.toISOString();
  const parts: string[] = [];
  if (value instanceof Error)
    parts.push(value.message, value.stack ?? "", allText(value.cause, seen, depth + 1));
  if (value instanceof Map)
    for (const [k, v] of value) parts.push(allText(k, seen, depth + 1), allText(v, seen, depth + 1));
  for (const key of Object.getOwnPropertyNames(value)) {
    let child: unknown;
    try {
      child = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    parts.push(key, allText(child, seen, depth + 1));
  }
  return parts.join("\n");
}

const ssn = "321-54-9876";
const dob = "1984-03-17";
const ein = "73-1234567";
const individual: CreateCustomerInput = {
  type: "individual",
  name: "Dorothy Vaughan",
  email: "dorothy.vaughan@example.com",
  phone: "+12125550177",
  device: { ip_address: "192.168.10.4" },
  compliance_profile: { ssn, dob },
  config: { sandbox_outcome: "review" },
};
const business: CreateCustomerInput = {
  type: "business",
  name: "Vaughan Computing LLC",
  email: "ops@vaughan-computing.example.com",
  phone: "+12125550178",
  device: { ip_address: "192.168.10.5" },
  compliance_profile: {
    ein,
    legal_business_name: "Vaughan Computing Holdings LLC",
    website: "https://vaughan.example.com",
  },
} as CreateCustomerInput;

// Every shape the secrets could take once printed.
const secrets = [ssn, ssn.replaceAll("-", ""), dob, dob.replaceAll("-", ""), ein, ein.replace("-", "")];

let consoleCalls: unknown[][] = [];
let reported: unknown[] = [];
let windowErrors: unknown[] = [];
const onWindowError = (event: ErrorEvent) => windowErrors.push(event.error ?? event.message);
beforeEach(() => {
  consoleCalls = [];
  reported = [];
  windowErrors = [];
  for (const method of ["log", "info", "debug", "trace", "table", "dir"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(args);
    });
  }
  // The guard (tests/setup.ts) records error/warn; wrap on top to capture their arguments too.
  const guardError = console.error;
  const guardWarn = console.warn;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleCalls.push(args);
    guardError(...args);
  });
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    consoleCalls.push(args);
    guardWarn(...args);
  });
  vi.stubGlobal("reportError", (error: unknown) => reported.push(error));
  window.addEventListener("error", onWindowError);
});
afterEach(() => {
  window.removeEventListener("error", onWindowError);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("PII audit: create, fail, unmask, decide, re-mask", () => {
  test("after re-mask, no SSN, DOB or EIN anywhere a host or an attacker can read", async () => {
    const h = setup();
    const hooks: {
      create?: UseCreateCustomerResult;
      customer?: UseCustomerResult;
      review?: UseCustomerReviewResult;
    } = {};
    let select: (id: string) => void = () => {};

    function Session() {
      const [id, setId] = useState<string | null>(null);
      select = setId;
      hooks.create = useCreateCustomer();
      hooks.customer = useCustomer(id);
      hooks.review = useCustomerReview(id);
      const profile = hooks.customer.unmasked?.compliance_profile as
        | { ssn?: string; dob?: string }
        | undefined;
      return (
        <div>
          <p data-testid="name">{hooks.customer.customer?.name ?? "none"}</p>
          <p data-testid="masked">{JSON.stringify(hooks.customer.customer?.compliance_profile ?? null)}</p>
          {profile ? (
            <p data-testid="unmasked">
              {profile.ssn} {profile.dob}
            </p>
          ) : null}
          {id ? <ReviewBreakdownPanel customerId={id} /> : null}
        </div>
      );
    }

    const { container } = render(
      <h.wrapper>
        <Session />
      </h.wrapper>,
    );
    const errorCount = () => h.errors.length;

    // 1. Create the individual: a 500 first (retried with the same key), then the customer.
    h.sandbox.fail("customers.create", { status: 500, times: 1 });
    let created: Customer | undefined;
    await act(async () => {
      created = await hooks.create?.create(individual);
    });
    expect(created?.id).toBeTruthy();
    // 2. The same email again: a 422 that quotes the email (never the SSN).
    await act(async () => {
      await hooks.create?.create({ ...individual }).catch(() => {});
    });
    await waitFor(() => expect(hooks.create?.error?.status).toBe(422));
    // 3. The business, after a network failure (retried).
    h.sandbox.fail("customers.create", { network: true, times: 1 });
    await act(async () => {
      await hooks.create?.create(business);
    });
    expect(errorCount()).toBeGreaterThanOrEqual(3);

    // 4. Select the individual; unmask after a network failure.
    const id = created?.id ?? "";
    act(() => select(id));
    await waitFor(() => expect(screen.getByTestId("name")).toHaveTextContent("Dorothy Vaughan"));
    h.sandbox.fail("customers.unmasked", { network: true, times: 1 });
    await act(async () => {
      await hooks.customer?.unmask().catch(() => {});
    });
    await act(async () => {
      await hooks.customer?.unmask();
    });
    // The capture works: the unmasked SSN is on screen now.
    expect(screen.getByTestId("unmasked")).toHaveTextContent(ssn);
    expect(h.unmasks.map((event) => event.customerId)).toEqual([id]);

    // 5. Decide: a 500 first (retried), then verified; deciding again is a 422.
    await waitFor(() => expect(hooks.review?.canDecide).toBe(true));
    h.sandbox.fail("customers.review.decision", { status: 500, times: 1 });
    await act(async () => {
      await hooks.review?.decide("verified", { note: "Documents checked" });
    });
    await act(async () => {
      await hooks.review?.decide("rejected").catch(() => {});
    });
    await waitFor(() => expect(hooks.review?.decideState.error?.status).toBe(422));

    // 6. Re-mask.
    act(() => hooks.customer?.hideUnmasked());
    await waitFor(() => expect(screen.queryByTestId("unmasked")).toBeNull());
    // Let every refetch the mutations started settle.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    const captured = {
      console: allText(consoleCalls),
      reportError: allText(reported),
      windowErrors: allText(windowErrors),
      onError: allText(h.errors),
      queryCache: allText(
        h.queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state),
      ),
      mutationCache: allText(
        h.queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => mutation.state),
      ),
      dom: document.documentElement.outerHTML,
    };
    const found = Object.entries(captured).flatMap(([where, text]) =>
      secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${where}`),
    );
    process.stdout.write(
      `[pii] flow: 2 creates (500 → retry, network → retry), a 422, unmask (network → retry), decide (500 → retry), a 422, re-mask\n` +
        `[pii]   captured: ${consoleCalls.length} console calls, ${reported.length} reportError, ${h.errors.length} onError events, ` +
        `${h.queryClient.getQueryCache().getAll().length} queries, ${h.queryClient.getMutationCache().getAll().length} mutations, ` +
        `${captured.dom.length} characters of DOM\n` +
        `[pii]   occurrences of the SSN/DOB/EIN after re-mask: ${found.length}\n`,
    );
    expect(found).toEqual([]);
    // The flow did what it claims: failures were reported, the queries and mutations exist.
    expect(h.errors.map((event) => event.status ?? event.kind)).toEqual(
      expect.arrayContaining([500, 422, "network"]),
    );
    expect(h.queryClient.getMutationCache().getAll().length).toBeGreaterThan(0);
    expect(captured.queryCache).toContain("***-**-****");
    expect(container.innerHTML).toContain("Dorothy Vaughan");
  });
});
