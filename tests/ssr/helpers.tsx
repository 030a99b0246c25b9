import { format } from "node:util";
import { type DehydratedState, dehydrate, hydrate, type QueryClient } from "@tanstack/react-query";
import { act } from "@testing-library/react";
import type { ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { expect, onTestFinished, vi } from "vitest";
import {
  getCustomer,
  getCustomerReview,
  type ListCustomersParams,
  listCustomers,
  type StraddleFetcher,
  type StraddleRequest,
} from "../../src/api";
import { createStraddleQueryClient, straddleKeys } from "../../src/hooks";
import { sleep } from "../support/sleep";

export type Side = "server" | "client";

/** One element for both renders, or one per side (e.g. each side with its own `QueryClient`). */
export type HydrationTree = ReactElement | ((side: Side) => ReactElement);

export interface HydrationOptions {
  /** After hydrating, keep letting effects, fetches and re-renders run until this holds (max 10 s). */
  until?: (container: HTMLElement) => boolean;
  /** Between the server render and hydration, e.g. to let real time pass as it does on a real page. */
  beforeHydrate?: () => Promise<void>;
}

/** What React said, through every channel it uses for hydration problems in 18 and 19, and what we saw. */
export interface HydrationReport {
  consoleError: string[];
  consoleWarn: string[];
  recoverableErrors: string[];
  /**
   * Where the client's tree, rendered to a string just before hydrating, first differs from
   * the server's HTML (empty when identical). React 18 prints its hydration warnings once per
   * page and reports an attribute mismatch nowhere else, so this catches what it stays silent on.
   */
  clientHtmlDiffers: string[];
}

export interface Hydrated {
  /** What `renderToString` produced. */
  html: string;
  /** The hydrated container, still mounted (unmounted when the test finishes). */
  container: HTMLElement;
}

/**
 * Renders `tree` to a string as a server would, puts the markup in the page, hydrates it
 * with `hydrateRoot` and lets it settle; then fails if anything was reported: a
 * `console.error`/`console.warn` (React 18's "Warning: Prop … did not match", React 19's
 * "A tree hydrated but some attributes…", act and key warnings), an `onRecoverableError`
 * ("Hydration failed…", "Text content does not match…": React rendered the tree again on
 * the client), or a client render that differs from the server's HTML.
 */
export async function expectCleanHydration(tree: HydrationTree, options: HydrationOptions = {}) {
  const report = await hydrateAndReport(tree, options);
  expect(report.report).toEqual({
    consoleError: [],
    consoleWarn: [],
    recoverableErrors: [],
    clientHtmlDiffers: [],
  } satisfies HydrationReport);
  return { html: report.html, container: report.container } satisfies Hydrated;
}

/** The same steps without the assertion: for tests that expect a mismatch to be caught. */
export async function hydrateAndReport(
  tree: HydrationTree,
  options: HydrationOptions = {},
): Promise<Hydrated & { report: HydrationReport }> {
  const elementFor = (side: Side) => (typeof tree === "function" ? tree(side) : tree);
  const report: HydrationReport = {
    consoleError: [],
    consoleWarn: [],
    recoverableErrors: [],
    clientHtmlDiffers: [],
  };
  const errorSpy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    report.consoleError.push(format(...args));
  });
  const warnSpy = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    report.consoleWarn.push(format(...args));
  });

  const container = document.createElement("div");
  let root: Root | undefined;
  onTestFinished(() => {
    if (root) act(() => root?.unmount());
    container.remove();
  });

  try {
    const html = renderToString(elementFor("server"));
    expect(html).not.toBe("");
    container.innerHTML = html;
    document.body.append(container);
    await options.beforeHydrate?.();
    // What hydration will render (effects do not run, useSyncExternalStore reads its server snapshot).
    const clientHtml = renderToString(elementFor("client"));
    if (clientHtml !== html) report.clientHtmlDiffers.push(firstDifference(html, clientHtml));
    dropJsdomOnlyServerWarnings(report.consoleError);
    await act(async () => {
      root = hydrateRoot(container, elementFor("client"), {
        onRecoverableError: (error: unknown) => {
          report.recoverableErrors.push(error instanceof Error ? error.message : String(error));
        },
      });
    });
    const deadline = Date.now() + 10_000;
    do {
      await act(() => sleep(20));
    } while (options.until && !options.until(container) && Date.now() < deadline);
    return { html, container, report };
  } finally {
    errorSpy.mockRestore();
    warnSpy.mockRestore();
  }
}

/**
 * React 18 (not 19) warns when a server render meets `useLayoutEffect`. Radix, react-hook-form,
 * TanStack Virtual and `CustomerTableGrid` pick `useEffect` when there is no `document`, as on
 * a real server, but the server half of this file runs in jsdom, where they see one. That
 * warning alone is dropped here; `entries.test.ts` renders every component without a DOM and
 * counts it there.
 */
function dropJsdomOnlyServerWarnings(messages: string[]) {
  const kept = messages.filter(
    (message) => !message.startsWith("Warning: useLayoutEffect does nothing on the server"),
  );
  messages.splice(0, messages.length, ...kept);
}

function firstDifference(server: string, client: string): string {
  let at = 0;
  while (at < server.length && server[at] === client[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `at ${at}: server ${around(server)} / client ${around(client)}`;
}

/** A fetcher that records every request before handing it to `target`. */
export function countingFetcher(target: StraddleFetcher) {
  const calls: StraddleRequest[] = [];
  const fetcher: StraddleFetcher = (request) => {
    calls.push(request);
    return target(request);
  };
  return { fetcher, calls };
}

/**
 * What a host that prefetched on the server does: the server renders with the client that
 * holds the data; the page carries `dehydrate(client)` as JSON; the browser hydrates a fresh
 * client from it.
 */
export function serverAndBrowserClients(prefetched: QueryClient): Record<Side, QueryClient> {
  const wire = JSON.parse(JSON.stringify(dehydrate(prefetched))) as DehydratedState;
  const browser = createStraddleQueryClient();
  hydrate(browser, wire);
  return { server: prefetched, client: browser };
}

/**
 * What `<CustomerTable>` asks for with no params: the first page of 25. The library adds
 * `page_size` and `page_number` to the query key itself, so a host must know them to prefetch.
 */
export const FIRST_PAGE: ListCustomersParams = { page_size: 25, page_number: 1 };

/**
 * What a host's server does before rendering: fills its client through the library's public
 * query keys (`straddleKeys`, default scope) and API functions. Fails if the request fails.
 */
export async function prefetch(
  queryClient: QueryClient,
  fetcher: StraddleFetcher,
  what: "review" | "customer" | "list",
  id = "",
): Promise<void> {
  const config = { fetcher };
  if (what === "review") {
    await queryClient.fetchQuery({
      queryKey: straddleKeys.review("default", id),
      queryFn: async () => (await getCustomerReview(config, id)).data,
    });
  } else if (what === "customer") {
    await queryClient.fetchQuery({
      queryKey: straddleKeys.customer("default", id),
      queryFn: async () => (await getCustomer(config, id)).data,
    });
  } else {
    await queryClient.fetchQuery({
      queryKey: straddleKeys.list("default", FIRST_PAGE),
      queryFn: () => listCustomers(config, FIRST_PAGE),
    });
  }
}
