// @vitest-environment node
import { format } from "node:util";
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";

// No DOM at all here, as on a server: every entry must import and every component render.

const entries: [string, () => Promise<Record<string, unknown>>, string[]][] = [
  [
    "straddle-customers-react (src/index.ts)",
    () => import("../../src/index"),
    [
      "StraddleProvider",
      "ReviewBreakdownPanel",
      "WatchlistMatches",
      "DecisionDialog",
      "CustomerForm",
      "CustomerTable",
      "useCustomerReview",
      "createStraddleQueryClient",
      "straddleKeys",
    ],
  ],
  [
    "straddle-customers-react/headless (src/headless.ts)",
    () => import("../../src/headless"),
    ["StraddleProvider", "useCustomer", "useCustomerList", "createStraddleQueryClient", "getCustomerReview"],
  ],
  [
    "straddle-customers-react/sandbox (src/sandbox/index.ts)",
    () => import("../../src/sandbox"),
    ["createSandbox", "sandboxIds", "maximalReview", "apiExampleReviewResponse"],
  ],
  [
    "straddle-customers-react/server (src/server/index.ts)",
    () => import("../../src/server"),
    ["createStraddleProxy", "toNodeHandler", "straddleEndpoints"],
  ],
];

describe("every entry imports in Node without window or document", () => {
  test.each(entries)("%s", async (_name, load, keys) => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    // Evaluated afresh here, not served from the imports the render tests below made while collecting.
    vi.resetModules();
    const entry = await load();
    // Nothing defined them while the modules evaluated (and nothing touched them unguarded: it would have thrown).
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    for (const key of keys) expect(entry[key], key).toBeDefined();
  });
});

/** Renders to a string and returns the markup, with whatever React logged meanwhile. */
function serverRender(element: ReactElement) {
  const logged: string[] = [];
  const error = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
  const warn = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
  try {
    return { html: renderToString(element), logged };
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("every component renders to a string in Node, and fetches nothing", async () => {
  const {
    CustomerForm,
    CustomerTable,
    DecisionDialog,
    ReviewBreakdownPanel,
    StraddleProvider,
    WatchlistMatches,
    createStraddleQueryClient,
  } = await import("../../src/index");
  const { prefetch } = await import("./helpers");
  const { createSandbox, maximalReview, sandboxIds } = await import("../../src/sandbox");

  const review = sandboxIds.reviewIndividualHighRisk;
  const verified = sandboxIds.verifiedIndividual;
  const connected: [string, ReactElement, string][] = [
    ["ReviewBreakdownPanel", createElement(ReviewBreakdownPanel, { customerId: review }), "Tom Haverford"],
    ["WatchlistMatches", createElement(WatchlistMatches, { customerId: review }), 'data-state="ready"'],
    ["DecisionDialog", createElement(DecisionDialog, { customerId: review }), "data-can-decide"],
    ["CustomerForm (edit)", createElement(CustomerForm, { customerId: verified }), "Save changes"],
    ["CustomerTable", createElement(CustomerTable, {}), 'aria-rowcount="'],
  ];

  test.each(connected)("%s, with nothing cached: the loading state", async (_name, element, loaded) => {
    let calls = 0;
    const sandbox = createSandbox();
    const fetcher = (request: Parameters<typeof sandbox.fetcher>[0]) => {
      calls++;
      return sandbox.fetcher(request);
    };
    const { html, logged } = serverRender(
      createElement(StraddleProvider, { fetcher, locale: "en-US" }, element),
    );
    expect(html).toMatch(/^<(div|section)/);
    expect(html).not.toContain(loaded);
    expect(logged).toEqual([]);
    await tick();
    expect(calls).toBe(0);
  });

  test.each(connected)("%s, with the data prefetched: the data", async (_name, element, loaded) => {
    const { fetcher: backend } = createSandbox();
    const queryClient = createStraddleQueryClient();
    await prefetch(queryClient, backend, "review", review);
    await prefetch(queryClient, backend, "customer", verified);
    await prefetch(queryClient, backend, "list");
    let calls = 0;
    const fetcher = () => {
      calls++;
      return Promise.reject(new Error("a server render must not fetch"));
    };
    const { html, logged } = serverRender(
      createElement(StraddleProvider, { fetcher, queryClient, locale: "en-US" }, element),
    );
    expect(html).toContain(loaded);
    expect(logged).toEqual([]);
    await tick();
    expect(calls).toBe(0);
  });

  const standalone: [string, ReactElement, string][] = [
    [
      "CustomerForm (create, individual)",
      createElement(CustomerForm, { defaultType: "individual" }),
      "Date of birth",
    ],
    ["CustomerForm (create, business)", createElement(CustomerForm, { defaultType: "business" }), "Legal"],
  ];
  test.each(standalone)("%s", async (_name, element, text) => {
    let calls = 0;
    const fetcher = () => {
      calls++;
      return Promise.reject(new Error("a server render must not fetch"));
    };
    const { html, logged } = serverRender(
      createElement(StraddleProvider, { fetcher, locale: "en-US" }, element),
    );
    expect(html).toContain(text);
    expect(logged).toEqual([]);
    await tick();
    expect(calls).toBe(0);
  });

  test("display components given their data need neither a provider nor a DOM", () => {
    const watchList = maximalReview.identity_details?.watch_list;
    const panel = serverRender(createElement(ReviewBreakdownPanel, { review: maximalReview }));
    const matches = serverRender(createElement(WatchlistMatches, { watchList }));
    expect(panel.html).toContain(maximalReview.customer_details.name);
    expect(matches.html).toContain('data-state="ready"');
    expect([...panel.logged, ...matches.logged]).toEqual([]);
  });
});
