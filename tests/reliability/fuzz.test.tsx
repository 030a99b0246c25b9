import { render, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, test } from "vitest";
import type { StraddleFetcher } from "../../src/api/fetcher";
import type { CustomerReview } from "../../src/api/schemas/review";
import { StraddleProvider } from "../../src/hooks";
import { ReviewBreakdownPanel, WatchlistMatches } from "../../src/index";
import { isWebUrl, mutateReview, percentile, prng, scanHtml } from "./mutate";
import { sandboxReviews } from "./reviews";

/**
 * Seeded fuzz of the review components (issue 12): review bodies mutated from the sandbox's
 * reviews, rendered in direct-data mode on the server (renderToString, where no error
 * boundary exists: any throw escapes) and, for a seeded subset, in fetch mode in jsdom
 * (through a fetcher, the schema and the hooks). Deterministic: the same seed, the same corpus.
 */
const SEED = 0x12_2026;
const SERVER_BODIES = 10_000;
const JSDOM_BODIES = 150;

let bases: CustomerReview[];
beforeAll(async () => {
  bases = await sandboxReviews();
});

const modes = ["summary", "details", "hidden"] as const;
// biome-ignore lint/suspicious/noExplicitAny: a mutated body is any shape
type Loose = any;

describe("fuzz: hostile review bodies", () => {
  test(`${SERVER_BODIES.toLocaleString("en-US")} bodies on the server (data mode): 0 throws, 0 non-http(s) links, 0 on* attributes`, () => {
    const r = prng(SEED);
    const times: number[] = [];
    const states = new Map<string, number>();
    let thrown = 0;
    let links = 0;
    const badLinks: string[] = [];
    const eventAttributes: string[] = [];
    const firstThrows: string[] = [];
    let slowest = { ms: 0, index: -1 };
    // Bodies that took long once, re-rendered below: a shared machine's pauses are not the body's cost.
    const slow: { body: Loose; watchlist: (typeof modes)[number]; index: number }[] = [];

    for (let i = 0; i < SERVER_BODIES; i++) {
      const body = mutateReview(r.pick(bases), r) as Loose;
      const watchlist = r.pick(modes);
      const details = body && typeof body === "object" ? body.identity_details : undefined;
      const start = performance.now();
      let html: string;
      try {
        html = renderToString(<ReviewBreakdownPanel review={body} watchlist={watchlist} />);
        // With the panel's watchlist hidden, the host shows <WatchlistMatches> beside it (its own data mode).
        if (watchlist === "hidden") {
          html += renderToString(
            <WatchlistMatches
              watchList={details && typeof details === "object" ? details.watch_list : undefined}
              codeMessages={details && typeof details === "object" ? details.messages : undefined}
            />,
          );
        }
      } catch (error) {
        thrown++;
        if (firstThrows.length < 5) firstThrows.push(`#${i}: ${(error as Error).message}`);
        continue;
      }
      const ms = performance.now() - start;
      times.push(ms);
      if (ms > slowest.ms) slowest = { ms, index: i };
      if (ms > 50) slow.push({ body, watchlist, index: i });
      for (const state of html.matchAll(
        /class="sc-root sc-ReviewBreakdownPanel[^"]*"[^>]*data-state="(\w+)"/g,
      )) {
        states.set(state[1] ?? "?", (states.get(state[1] ?? "?") ?? 0) + 1);
      }
      const scan = scanHtml(html);
      links += scan.hrefs.length;
      for (const href of scan.hrefs) if (!isWebUrl(href)) badLinks.push(href);
      eventAttributes.push(...scan.eventAttributes);
    }

    times.sort((a, b) => a - b);
    const over100 = times.filter((ms) => ms > 100).length;
    // Each slow body again, three times, its best time: what the body itself costs.
    const remeasured = slow.map(({ body, watchlist, index }) => {
      const details = body && typeof body === "object" ? body.identity_details : undefined;
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        renderToString(<ReviewBreakdownPanel review={body} watchlist={watchlist} />);
        if (watchlist === "hidden") {
          renderToString(
            <WatchlistMatches
              watchList={details && typeof details === "object" ? details.watch_list : undefined}
              codeMessages={details && typeof details === "object" ? details.messages : undefined}
            />,
          );
        }
        best = Math.min(best, performance.now() - start);
      }
      return { index, best };
    });
    const worst = remeasured.reduce((a, b) => (b.best > a.best ? b : a), { index: -1, best: 0 });
    const over100Again = remeasured.filter((entry) => entry.best > 100).length;
    process.stdout.write(
      `[fuzz] server (renderToString: the panel, and WatchlistMatches beside it when the panel hides it): ${SERVER_BODIES} bodies, seed 0x${SEED.toString(16)}\n` +
        `[fuzz]   thrown ${thrown}, links ${links} (non-http(s) ${badLinks.length}), on* attributes ${eventAttributes.length}\n` +
        `[fuzz]   panel states ${JSON.stringify(Object.fromEntries(states))}\n` +
        `[fuzz]   render ms p50 ${percentile(times, 50).toFixed(2)}, p95 ${percentile(times, 95).toFixed(2)}, max ${slowest.ms.toFixed(2)} (body #${slowest.index}), over 100 ms: ${over100}\n` +
        `[fuzz]   the ${slow.length} bodies over 50 ms re-rendered (best of 3): max ${worst.best.toFixed(2)} ms (body #${worst.index}), over 100 ms: ${over100Again}\n`,
    );
    expect(firstThrows).toEqual([]);
    expect(thrown).toBe(0);
    expect(badLinks).toEqual([]);
    expect(eventAttributes).toEqual([]);
    // The corpus reaches every path: valid bodies render, invalid ones show the error state.
    expect(states.get("ready") ?? 0).toBeGreaterThan(1000);
    expect(states.get("error") ?? 0).toBeGreaterThan(1000);
    expect(links).toBeGreaterThan(1000);
    // Generous: ~1 min on a quiet 2-core machine, several on a crowded one.
  }, 600_000);

  test(`${JSDOM_BODIES} bodies through a fetcher in jsdom (fetch mode): 0 render errors, 0 non-http(s) links, 0 on* attributes`, async () => {
    const r = prng(SEED ^ 0xf00d);
    const id = "3f88a5aa-1cee-4a36-81d8-4c567e2961ed";
    const times: number[] = [];
    const states = new Map<string, number>();
    let renderErrors = 0;
    const badLinks: string[] = [];
    const eventAttributes: string[] = [];
    const onWindowError = () => {
      renderErrors++;
    };
    window.addEventListener("error", onWindowError);
    try {
      for (let i = 0; i < JSDOM_BODIES; i++) {
        const body = mutateReview(r.pick(bases), r);
        // The decoded JSON body, as a host's fetcher may resolve it (NaN and friends included).
        const fetcher: StraddleFetcher = async () => ({ meta: { api_request_id: `fuzz-${i}` }, data: body });
        const start = performance.now();
        const { container, unmount } = render(
          <StraddleProvider fetcher={fetcher} retry={{ count: 0 }}>
            <ReviewBreakdownPanel customerId={id} watchlist={r.pick(modes)} />
            <WatchlistMatches customerId={id} />
          </StraddleProvider>,
        );
        await waitFor(() =>
          expect(container.querySelector('.sc-ReviewBreakdownPanel[data-state="loading"]')).toBeNull(),
        );
        times.push(performance.now() - start);
        const panel = container.querySelector(".sc-ReviewBreakdownPanel");
        const state = panel?.getAttribute("data-state") ?? "missing";
        states.set(state, (states.get(state) ?? 0) + 1);
        renderErrors += container.querySelectorAll('[data-error="render"]').length;
        for (const element of container.querySelectorAll("*")) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) eventAttributes.push(attribute.name);
          }
        }
        for (const link of container.querySelectorAll("a")) {
          const href = link.getAttribute("href") ?? "";
          if (!isWebUrl(href)) badLinks.push(href);
        }
        unmount();
      }
    } finally {
      window.removeEventListener("error", onWindowError);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `[fuzz] jsdom (fetch mode, fetcher → schema → hooks → panel + watchlist): ${JSDOM_BODIES} bodies\n` +
        `[fuzz]   render errors ${renderErrors}, non-http(s) links ${badLinks.length}, on* attributes ${eventAttributes.length}, states ${JSON.stringify(Object.fromEntries(states))}\n` +
        `[fuzz]   load+render ms p50 ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}, max ${(times.at(-1) ?? 0).toFixed(1)}\n`,
    );
    expect(renderErrors).toBe(0);
    expect(badLinks).toEqual([]);
    expect(eventAttributes).toEqual([]);
    expect(states.get("missing")).toBeUndefined();
    expect(states.get("ready") ?? 0).toBeGreaterThan(10);
    expect(states.get("error") ?? 0).toBeGreaterThan(10);
  }, 120_000);
});
