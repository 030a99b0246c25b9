#!/usr/bin/env node
// Render times in real Chromium, measured in one run: CustomerTable mounting a page of 1000
// customers next to the floor of a naive full render (the same 1000 rows built with DOM
// calls), a re-sort of that page, and ReviewBreakdownPanel mounting the sandbox's maximal
// review next to every field of that review as nested <dl>s, and ReviewQueue's next() onto a
// prefetched customer (click to that customer's panel in the DOM) next to the same panel mounted
// cold (its review fetched from the sandbox). Prints medians, p90s, DOM sizes and the ratios;
// asserts nothing (these are figures, not tests).
//
//   node bench/render.mjs                 3 warm-up + 20 measured runs of each scenario, or
//                                         fewer (at least 6) if measuring passes 35 s
//   node bench/render.mjs --runs 40       exactly 40 measured runs, however long it takes
//
// The page (bench/render/) is built with Vite in production mode (React's production build),
// served from a temporary directory on 127.0.0.1, and driven by Playwright. Chromium is
// /usr/bin/chromium, or $CHROMIUM_PATH, or Playwright's own when installed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { chromium } from "playwright";
import { build } from "vite";
import { stylesheetPlugin } from "../scripts/styles.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pageRoot = path.join(root, "bench", "render");

const runsArg = process.argv.indexOf("--runs");
const fixedRuns = runsArg > 0;
const RUNS = fixedRuns ? Number(process.argv[runsArg + 1]) : 20;
const WARMUP = 3;
/** Without --runs, measuring stops after this long (once MIN_RUNS rounds are in). */
const BUDGET_MS = 35_000;
const MIN_RUNS = 6;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error("bench/render: --runs takes a whole number ≥ 1");
  process.exit(2);
}

/** Scenario name in the page → label, and what its ratio is taken against. */
const scenarios = [
  { id: "customerTableMount", label: "CustomerTable mount, 1000-row page", vs: "rawTable" },
  { id: "rawTable", label: "raw DOM table, 1000 rows (floor)" },
  { id: "customerTableResort", label: "CustomerTable re-sort (cached page)", vs: "rawTable" },
  { id: "reviewPanel", label: "ReviewBreakdownPanel, maximalReview", vs: "rawReview" },
  { id: "rawReview", label: "raw DOM <dl> of the review (floor)" },
  {
    id: "reviewQueueNext",
    label: "ReviewQueue next() → next panel (prefetched)",
    vs: "reviewPanelCold",
    vsLabel: "cold panel",
  },
  { id: "reviewPanelCold", label: "ReviewBreakdownPanel mount, cold (fetches)" },
  {
    id: "reviewQueueNextCold",
    label: "ReviewQueue next(), prefetch off (fetches)",
    vs: "reviewPanelCold",
    vsLabel: "cold panel",
  },
];

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed.
  }
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

function serve(dir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    const target = file === dir || file.endsWith(path.sep) ? path.join(file, "index.html") : file;
    if (!target.startsWith(dir) || !existsSync(target)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(target)] ?? "application/octet-stream" });
    response.end(readFileSync(target));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const median = (sorted) => {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function table(rows) {
  const head = Object.keys(rows[0]);
  const widths = head.map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => line(Object.values(r)))]
    .map((l) => l.trimEnd())
    .join("\n");
}

const resources = { dir: undefined, server: undefined, browser: undefined };
async function cleanup() {
  const { dir, server, browser } = resources;
  resources.browser = resources.server = resources.dir = undefined;
  await browser?.close().catch(() => {});
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(
      "bench/render: no Chromium found (tried $CHROMIUM_PATH, /usr/bin/chromium and Playwright's own).\n" +
        "Install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.",
    );
    process.exitCode = 1;
    return;
  }

  const started = performance.now();
  resources.dir = mkdtempSync(path.join(tmpdir(), "sc-bench-render-"));
  await build({
    root: pageRoot,
    configFile: false,
    mode: "production",
    base: "./",
    logLevel: "silent",
    plugins: [react(), stylesheetPlugin()],
    build: { outDir: resources.dir, emptyOutDir: true, reportCompressedSize: false },
  });
  resources.server = await serve(resources.dir);
  const { port } = resources.server.address();

  resources.browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  const page = await resources.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.bench === "object");
  const info = await page.evaluate(() => window.bench.setup());

  const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  const loopStart = performance.now();
  let measured = 0;
  for (let round = 0; round < WARMUP + RUNS; round++) {
    // A busy machine: stop early (with at least MIN_RUNS) rather than run for minutes.
    if (!fixedRuns && measured >= MIN_RUNS && performance.now() - loopStart > BUDGET_MS) break;
    if (round >= WARMUP) measured++;
    // Interleaved, starting from a different scenario each round, so drift hits all alike.
    for (let k = 0; k < scenarios.length; k++) {
      const { id } = scenarios[(round + k) % scenarios.length];
      const sample = await page.evaluate((name) => window.bench.run(name), id);
      if (round >= WARMUP) samples[id].push(sample);
    }
  }
  if (pageErrors.length > 0) throw pageErrors[0];

  const stats = Object.fromEntries(
    scenarios.map(({ id }) => {
      const list = samples[id];
      const times = list.map((s) => s.ms).sort((a, b) => a - b);
      const last = list.at(-1);
      return [
        id,
        {
          median: median(times),
          layout: median(list.map((s) => s.layoutMs).sort((a, b) => a - b)),
          p90: quantile(times, 0.9),
          rows: last.rows,
          elements: last.elements,
          waited: list.filter((s) => s.waited).length,
          late: median(list.map((s) => s.lateMutations).sort((a, b) => a - b)),
          requests: list.some((s) => s.requests !== undefined)
            ? Math.max(...list.map((s) => s.requests ?? 0))
            : undefined,
        },
      ];
    }),
  );
  const ms = (n) => n.toFixed(2);
  const rows = scenarios.map(({ id, label, vs, vsLabel }) => {
    const s = stats[id];
    return {
      scenario: label,
      "median ms": ms(s.median),
      "p90 ms": ms(s.p90),
      "of which layout": ms(s.layout),
      "<tr>": s.rows,
      elements: s.elements,
      "late mutations": s.late,
      ratio: vs
        ? `${(s.median / stats[vs].median).toFixed(2)}× ${vsLabel ?? (vs === "rawTable" ? "raw table" : "raw <dl>")}`
        : "",
    };
  });

  const version = resources.browser.version();
  await cleanup();

  console.log(table(rows));
  console.log(
    `\nChromium ${version} (headless, ${path.basename(executablePath)}), ${new Date().toISOString()}; ` +
      `${WARMUP} warm-up + ${measured} measured runs each, interleaved; React production build; ` +
      `${cpus().length} CPUs, load average ${loadavg()[0].toFixed(2)}.`,
  );
  console.log(
    `Customers in the sandbox: ${info.customers}, on the page: ${info.pageRows}. Time = render until the ` +
      "content is in the DOM + a forced layout (offsetHeight); data already in the query cache.",
  );
  console.log(
    '"late mutations": DOM changes in the two frames after the measure (median), e.g. a re-render ' +
      "once ResizeObserver reports the rows' real heights; not in the time.",
  );
  console.log(
    `Review queue: next() sent at most ${stats.reviewQueueNext.requests} requests for the customer it showed ` +
      `(prefetched); with prefetch off, ${stats.reviewQueueNextCold.requests}; the cold panel ` +
      `${stats.reviewPanelCold.requests}. All on the embedded sandbox, no simulated latency: against a ` +
      "real backend every request adds a round trip to the cold figures, none to the prefetched one.",
  );
  const waited = scenarios.filter(({ id }) => stats[id].waited > 0);
  for (const { id, label } of waited) {
    console.log(
      `Note: ${label}: ${stats[id].waited} runs needed an async wait after the synchronous render.`,
    );
  }
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  await main();
} catch (error) {
  console.error("bench/render failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
