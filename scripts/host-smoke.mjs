#!/usr/bin/env node
// Host smoke test: the packed tarball installed into a fresh Vite + React + TypeScript app,
// written here in a temporary folder. The app's own `tsc --noEmit` and `vite build` must pass,
// and the built page, served statically and opened in Chromium, must render the review screen
// (ReviewBreakdownPanel + WatchlistMatches + DecisionDialog) on the embedded sandbox, styled
// by the package's styles.css, with no page error.
//
//   node scripts/host-smoke.mjs
//   PACKED_TARBALL=x.tgz node scripts/host-smoke.mjs     reuse a tarball packed earlier
//   KEEP_HOST=1 …                                       keep the temporary app to look at
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "playwright";
import { installHost, packedTarball, pinned, tempDir } from "./packed.mjs";

const times = [];
let last = Date.now();
const step = (name) => {
  const now = Date.now();
  times.push(`${name} ${((now - last) / 1000).toFixed(1)} s`);
  last = now;
};

const files = {
  "index.html": `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Host smoke test</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  "tsconfig.json": `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "ESNext",
        moduleResolution: "Bundler",
        jsx: "react-jsx",
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        types: ["vite/client"],
      },
      include: ["src", "vite.config.ts"],
    },
    null,
    2,
  )}\n`,
  "vite.config.ts": `import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({ plugins: [react()] });
`,
  "src/main.tsx": `import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  type Customer,
  DecisionDialog,
  ReviewBreakdownPanel,
  StraddleProvider,
  WatchlistMatches,
} from "straddle-customers-react";
import { createSandbox, sandboxIds } from "straddle-customers-react/sandbox";
import "straddle-customers-react/styles.css";

const sandbox = createSandbox({ latency: 50 });
const customerId = sandboxIds.reviewIndividualHighRisk;

function ReviewScreen() {
  const [decided, setDecided] = useState<Customer | null>(null);
  return (
    <main>
      <h1>Review</h1>
      <ReviewBreakdownPanel customerId={customerId} watchlist="hidden" />
      <WatchlistMatches customerId={customerId} />
      <DecisionDialog customerId={customerId} onDecided={(customer) => setDecided(customer)} />
      {decided ? <p id="decided">{decided.status}</p> : null}
    </main>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
createRoot(root).render(
  <StrictMode>
    <StraddleProvider fetcher={sandbox.fetcher} locale="en-US">
      <ReviewScreen />
    </StraddleProvider>
  </StrictMode>,
);
`,
};

const tarball = packedTarball();
step("pack");
const dir = tempDir("host");
let server;
let browser;
try {
  installHost(
    dir,
    tarball,
    [
      pinned("react"),
      pinned("react-dom"),
      pinned("vite"),
      pinned("@vitejs/plugin-react"),
      pinned("typescript"),
      pinned("@types/react"),
      pinned("@types/react-dom"),
    ],
    files,
  );
  step("npm install");
  const bin = (name) => path.join(dir, "node_modules", ".bin", name);
  execFileSync(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], { cwd: dir, stdio: "inherit" });
  step("tsc --noEmit");
  execFileSync(bin("vite"), ["build", "--logLevel", "warn"], { cwd: dir, stdio: "inherit" });
  step("vite build");

  // Serve dist/ statically on a free port.
  const dist = path.join(dir, "dist");
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(dist, "index.html");
    }
    res.setHeader("content-type", types[path.extname(file)] ?? "application/octet-stream");
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();

  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(
    () => document.querySelector('.sc-ReviewBreakdownPanel[data-state="ready"]') !== null,
    undefined,
    { timeout: 30_000 },
  );
  const checks = await page.evaluate(() => {
    const panelRoot = document.querySelector(".sc-ReviewBreakdownPanel");
    const matches = document.querySelector(".sc-WatchlistMatches");
    const trigger = document.querySelector(".sc-DecisionDialog-trigger, .sc-DecisionDialog button");
    return {
      name: panelRoot?.textContent?.includes("Tom Haverford") ?? false,
      watchlist: matches?.getAttribute("data-state") ?? null,
      trigger: trigger?.textContent ?? null,
      // styles.css applied: the panel's tokens resolve to a colour.
      styled: panelRoot
        ? getComputedStyle(panelRoot).getPropertyValue("--sc-color-accent").trim() !== ""
        : false,
    };
  });
  const failures = [...problems];
  if (!checks.name) failures.push("the review panel does not show the customer's name");
  if (!checks.trigger) failures.push("no decision dialog trigger");
  if (!checks.watchlist) failures.push("no WatchlistMatches root");
  if (!checks.styled) failures.push("styles.css is not applied (no --sc-* tokens)");
  step("render in Chromium");
  if (failures.length) {
    console.error(`host smoke test failed:\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(
      `host smoke test ok: a fresh Vite + React + TS app on ${path.basename(tarball)} typechecks, builds and renders the review screen (watchlist ${checks.watchlist}, trigger "${checks.trigger.trim()}")`,
    );
  }
  console.log(`times: ${times.join(", ")}`);
} finally {
  await browser?.close();
  server?.close();
  if (process.env.KEEP_HOST) console.log(`host app kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
