import { act, fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, test } from "vitest";
import type { CreateCustomerInput } from "../../src/api/schemas/requests";
import type { CustomerReview } from "../../src/api/schemas/review";
import { toneOf } from "../../src/components/shared/tone";
import { orderModules, StraddleProvider, useCreateCustomer, useCustomer } from "../../src/hooks";
import {
  CustomerForm,
  CustomerTable,
  DecisionDialog,
  ReviewBreakdownPanel,
  WatchlistMatches,
} from "../../src/index";
import { createSandbox, sandboxIds } from "../../src/sandbox";
import { expectConsole, loggedConsole } from "../consoleGuard";
import { setup } from "../hooks/harness";
import { clone, richest, sandboxReviews } from "./reviews";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the host's data into any shape
type Loose = any;

let base: CustomerReview;
beforeAll(async () => {
  base = richest(await sandboxReviews());
});

/** The base review with `edit` applied to a deep copy (anything goes: it is the host's data). */
function edited(edit: (review: Loose) => void): CustomerReview {
  const copy = clone(base) as unknown as Loose;
  edit(copy);
  return copy as unknown as CustomerReview;
}

const Host = ({ children }: { children: React.ReactNode }) => (
  <div data-testid="host">
    <p>The host's own content</p>
    {children}
  </div>
);

describe("direct-data mode validates its props (issue 12, defect 2)", () => {
  const hostile = "SECRET-VALUE-7f3a";
  const cases: [string, (review: Loose) => void, string][] = [
    ["kyc.codes is a number", (r) => (r.identity_details.kyc.codes = 5), "identity_details.kyc.codes"],
    [
      "watch_list.matches is a string",
      (r) => (r.identity_details.watch_list.matches = hostile),
      "identity_details.watch_list.matches",
    ],
    [
      "a match's urls is an object",
      (r) => (r.identity_details.watch_list.matches = [{ list_name: "x", urls: { href: hostile } }]),
      "identity_details.watch_list.matches[0].urls",
    ],
    [
      "network alerts are not an array",
      (r) => (r.identity_details.network_alerts = { decision: "review", alerts: hostile }),
      "identity_details.network_alerts.alerts",
    ],
    ["customer_details is missing", (r) => delete r.customer_details, "customer_details"],
    [
      "an object where text is expected",
      (r) => (r.identity_details.breakdown.fraud = { decision: { text: hostile } }),
      "identity_details.breakdown.fraud.decision",
    ],
    [
      "messages is a string",
      (r) => (r.identity_details.messages = hostile.repeat(1000)),
      "identity_details.messages",
    ],
  ];

  test.each(cases)(
    "ReviewBreakdownPanel: %s → the error state names the path, never the value",
    (_name, edit, path) => {
      render(
        <Host>
          <ReviewBreakdownPanel review={edited(edit)} />
        </Host>,
      );
      expect(screen.getByText("The host's own content")).toBeInTheDocument();
      const root = document.querySelector(".sc-ReviewBreakdownPanel") as HTMLElement;
      expect(root).toHaveAttribute("data-state", "error");
      expect(screen.getByRole("alert")).toHaveTextContent(path);
      expect(document.body.innerHTML).not.toContain(hostile);
      expect(document.body.innerHTML).not.toContain("[object");
    },
  );

  test("WatchlistMatches: wrong shapes show the error state with the paths", () => {
    const watchList = { decision: "review", matches: [{ list_name: hostile, urls: 7 }], codes: 5 };
    render(
      <Host>
        <WatchlistMatches watchList={watchList as never} codeMessages={hostile as never} />
      </Host>,
    );
    expect(screen.getByText("The host's own content")).toBeInTheDocument();
    const root = document.querySelector(".sc-WatchlistMatches") as HTMLElement;
    expect(root).toHaveAttribute("data-state", "error");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("watchList.codes");
    expect(alert).toHaveTextContent("watchList.matches[0].urls");
    expect(alert).toHaveTextContent("codeMessages");
    expect(document.body.innerHTML).not.toContain(hostile);
  });

  test("a valid review still renders; the same object is validated once across renders", () => {
    const review = clone(base);
    const { rerender } = render(<ReviewBreakdownPanel review={review} />);
    const root = document.querySelector(".sc-ReviewBreakdownPanel") as HTMLElement;
    expect(root).toHaveAttribute("data-state", "ready");
    rerender(<ReviewBreakdownPanel review={review} density="compact" />);
    expect(root).toHaveAttribute("data-state", "ready");
  });
});

describe("an error boundary inside every component root (issue 12, defect 2)", () => {
  // A host's messages override whose section throws when read: a rendering bug inside the component.
  const throwing = (section: string) => ({
    [section]: Object.defineProperty({}, "boom", {
      enumerable: true,
      get() {
        throw new Error("a rendering bug");
      },
    }),
  });
  const sandbox = createSandbox();
  const id = sandboxIds.reviewIndividualHighRisk;
  const components: [string, string, React.ReactNode][] = [
    ["CustomerForm", "customerForm", <CustomerForm key="f" />],
    ["ReviewBreakdownPanel", "reviewPanel", <ReviewBreakdownPanel key="p" customerId={id} />],
    ["WatchlistMatches", "watchlist", <WatchlistMatches key="w" customerId={id} />],
    ["DecisionDialog", "decisionDialog", <DecisionDialog key="d" customerId={id} />],
    ["CustomerTable", "customerTable", <CustomerTable key="t" />],
  ];

  test.each(components)(
    "%s: a render error shows its error state; the host page stays",
    (name, section, node) => {
      expectConsole("error", /a rendering bug|The above error occurred/);
      render(
        <StraddleProvider fetcher={sandbox.fetcher} messages={throwing(section) as never}>
          <Host>{node}</Host>
        </StraddleProvider>,
      );
      expect(screen.getByText("The host's own content")).toBeInTheDocument();
      const root = document.querySelector(`.sc-${name}`) as HTMLElement;
      expect(root).toHaveAttribute("data-state", "error");
      expect(root).toHaveAttribute("data-error", "render");
      expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
      expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
      // React reports the caught error in development; the guard saw it and it was announced.
      expect(loggedConsole("error").length).toBeGreaterThan(0);
    },
  );
});

describe("recovering from a render error", () => {
  test('"Try again" mounts the component afresh; new data (resetKey) clears the error too', () => {
    expectConsole("error", /a rendering bug|The above error occurred/);
    let broken = true;
    const messages = {
      reviewPanel: Object.defineProperty({}, "boom", {
        enumerable: true,
        get() {
          if (broken) throw new Error("a rendering bug");
          return "fixed";
        },
      }),
    };
    const sandbox = createSandbox();
    const review = clone(base);
    const { rerender } = render(
      <StraddleProvider fetcher={sandbox.fetcher} messages={messages as never}>
        <ReviewBreakdownPanel review={review} />
      </StraddleProvider>,
    );
    const root = () => document.querySelector(".sc-ReviewBreakdownPanel") as HTMLElement;
    expect(root()).toHaveAttribute("data-error", "render");
    broken = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(root()).toHaveAttribute("data-state", "ready");

    // Broken again; then the host passes another review: the boundary starts over by itself.
    broken = true;
    rerender(
      <StraddleProvider fetcher={sandbox.fetcher} messages={{ ...messages } as never}>
        <ReviewBreakdownPanel review={review} />
      </StraddleProvider>,
    );
    expect(root()).toHaveAttribute("data-error", "render");
    broken = false;
    rerender(
      <StraddleProvider fetcher={sandbox.fetcher} messages={{ ...messages } as never}>
        <ReviewBreakdownPanel review={clone(base)} />
      </StraddleProvider>,
    );
    expect(root()).toHaveAttribute("data-state", "ready");
  });
});

describe("prototype-named values never index plain objects (issue 12, defect 3)", () => {
  test("toneOf: constructor, toString, __proto__, hasOwnProperty are neutral", () => {
    for (const value of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(toneOf(value)).toBe("neutral");
    }
    expect(toneOf("reject")).toBe("negative");
  });

  test("module ranking: a rejecting module comes before prototype-named decisions", () => {
    const breakdown = {
      fraud: { decision: "constructor" },
      synthetic: { decision: "__proto__" },
      email: { decision: "reject" },
      phone: { decision: "toString" },
    };
    const order = orderModules(breakdown, "individual").map((entry) => entry.name);
    expect(order).toEqual(["email", "fraud", "synthetic", "phone"]);
  });

  test("the panel renders them as unknown values: neutral tones, icons, no [object …]", () => {
    const review = edited((r) => {
      const d = r.identity_details;
      d.decision = "constructor";
      d.breakdown.fraud = { decision: "toString", correlation: "__proto__", codes: ["constructor"] };
      d.breakdown.email = { decision: "reject", correlation: "constructor", codes: ["toString"] };
      d.watch_list = {
        decision: "__proto__",
        codes: ["hasOwnProperty"],
        matches: [
          { list_name: "valueOf", correlation: "constructor", match_fields: ["__proto__"], urls: [] },
        ],
      };
    });
    const { container } = render(<ReviewBreakdownPanel review={review} watchlist="details" />);
    const html = container.innerHTML;
    expect(html).not.toMatch(/\[object|function |native code|NaN/);
    const badges = [...container.querySelectorAll(".sc-Badge")];
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      expect(["positive", "caution", "negative", "neutral", "muted"]).toContain(
        badge.getAttribute("data-tone"),
      );
      expect(badge.querySelector("svg path")?.getAttribute("d")).toBeTruthy();
    }
    // The rejecting module is listed first.
    const modules = [...container.querySelectorAll(".sc-ReviewBreakdownPanel-module")];
    expect(modules[0]).toHaveAttribute("data-module", "email");
    expect(screen.getAllByText("Unknown (constructor)").length).toBeGreaterThan(0);
  });
});

describe("rendering is capped (issue 12, defect 4)", () => {
  test("10,000 codes: the first 50, then Show all 10,000", () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => `C${i}`);
    const review = edited((r) => {
      r.identity_details.kyc.codes = codes;
    });
    const { container } = render(<ReviewBreakdownPanel review={review} />);
    const kyc = container.querySelector('[data-section="kyc"]') as HTMLElement;
    expect(kyc.querySelectorAll(".sc-CodeList-item")).toHaveLength(50);
    // The verdict's top reasons list the same codes, capped the same way.
    const reasons = container.querySelector(
      ".sc-ReviewBreakdownPanel-attentionList > [data-item='kyc']",
    ) as HTMLElement;
    expect(reasons.querySelectorAll(".sc-CodeList-item")).toHaveLength(50);
    expect(screen.getAllByRole("button", { name: "Show all 10,000" })).toHaveLength(2);
    const button = within(kyc).getByRole("button", { name: "Show all 10,000" });
    fireEvent.click(button);
    expect(kyc.querySelectorAll(".sc-CodeList-item")).toHaveLength(10_000);
    fireEvent.click(within(kyc).getByRole("button", { name: "Show fewer" }));
    expect(kyc.querySelectorAll(".sc-CodeList-item")).toHaveLength(50);
  });

  test("10,000 matches, matched lists, fields and URLs: a bounded first render", () => {
    const many = (prefix: string, length = 10_000) => Array.from({ length }, (_, i) => `${prefix}${i}`);
    const fields = many("field", 60);
    const urls = many("https://example.com/", 60);
    const watchList = {
      decision: "review",
      matched: many("List "),
      codes: many("W"),
      // Every match the same size, as strong as the others: the first five are shown.
      matches: Array.from({ length: 10_000 }, (_, i) => ({
        list_name: `List ${i}`,
        correlation: "likely_match",
        match_fields: fields,
        urls,
      })),
    };
    const { container } = render(<WatchlistMatches watchList={watchList} />);
    expect(container.querySelectorAll(".sc-WatchlistMatches-match")).toHaveLength(5);
    expect(container.querySelectorAll(".sc-WatchlistMatches-matched li")).toHaveLength(50);
    expect(container.querySelectorAll(".sc-CodeList-item")).toHaveLength(50);
    expect(container.querySelectorAll("a")).toHaveLength(5 * 50);
    expect(container.querySelectorAll("li").length).toBeLessThan(1000);
  });

  test("10,000 other messages: 50 rows; a 100,000-character messages string is rejected", () => {
    const messages = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`X${i}`, `text ${i}`]));
    const { container, unmount } = render(
      <ReviewBreakdownPanel
        review={edited((r) => {
          r.identity_details.messages = messages;
        })}
      />,
    );
    expect(container.querySelectorAll(".sc-ReviewBreakdownPanel-message")).toHaveLength(50);
    expect(screen.getAllByRole("button", { name: "Show all 10,000" }).length).toBeGreaterThan(0);
    unmount();

    const { container: second } = render(
      <ReviewBreakdownPanel
        review={edited((r) => {
          r.identity_details.messages = "x".repeat(100_000);
        })}
      />,
    );
    expect(second.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute("data-state", "error");
    expect(second.querySelectorAll(".sc-ReviewBreakdownPanel-message")).toHaveLength(0);
  });
});

describe("compliance values leave no trace in the mutation cache (issue 12, defect 5)", () => {
  const ssn = "123-45-6789";
  const dob = "1969-07-20";
  const input: CreateCustomerInput = {
    type: "individual",
    name: "Katherine Johnson",
    email: "katherine.johnson@example.com",
    phone: "+12125550199",
    device: { ip_address: "192.168.1.7" },
    compliance_profile: { ssn, dob },
  };
  const mutationCache = (h: ReturnType<typeof setup>) =>
    JSON.stringify(
      h.queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => ({ state: mutation.state, options: mutation.options.meta ?? null })),
    );

  test("create: SSN and DOB are not in state.variables, pending or settled", async () => {
    const h = setup({ latency: 20 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.create(input);
    });
    await waitFor(() => expect(h.queryClient.getMutationCache().getAll().length).toBeGreaterThan(0));
    expect(mutationCache(h)).not.toContain(ssn);
    await act(async () => {
      await pending;
    });
    await waitFor(() => expect(result.current.status).toBe("success"));
    const cache = mutationCache(h);
    expect(cache).toContain("variables");
    expect(cache).not.toContain(ssn);
    expect(cache).not.toContain(dob);
  });

  test("create after a 500 (retried with the same key), and update with a new EIN: nothing left", async () => {
    const h = setup();
    h.sandbox.fail("customers.create", { status: 500, times: 1 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    await act(async () => {
      await result.current.create(input);
    });
    expect(h.count("POST")).toBe(2);
    expect(mutationCache(h)).not.toContain(ssn);

    const ein = "12-3456789";
    const business = sandboxIds.verifiedBusiness;
    const { result: customer } = renderHook(() => useCustomer(business), { wrapper: h.wrapper });
    await waitFor(() => expect(customer.current.status).toBe("success"));
    await act(async () => {
      await customer.current.update({
        device: { ip_address: "10.0.0.1" },
        compliance_profile: { ein, legal_business_name: "Acme Holdings LLC" } as never,
      });
    });
    const cache = mutationCache(h);
    expect(cache).not.toContain(ein);
    expect(cache).not.toContain(ssn);
  });
});
