import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStylesheet } from "../../scripts/styles.mjs";

/**
 * A host with a strict Content-Security-Policy: `style-src 'self' 'nonce-…'`, no `unsafe-inline`.
 * The library's code is bundled here (npm test runs before `npm run build`), with the package's
 * stylesheet linked from 'self', and served on 127.0.0.1 by a server that sends the policy.
 * `DecisionDialog` opens over a page taller than the window: the scroll lock's one injected
 * `<style>` must be allowed (it carries the provider's `nonce`) and the page behind must not scroll.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The page: a tall host page with the dialog at the top. `?nonce=0` leaves the prop out (the control).
const entry = `
import { createRoot } from "react-dom/client";
import { DecisionDialog, StraddleProvider } from "./src/index.ts";
import { createSandbox, sandboxIds } from "./src/sandbox/index.ts";

const sandbox = createSandbox();
const nonce = document.querySelector('meta[name="csp-nonce"]').content;
const withNonce = new URLSearchParams(location.search).get("nonce") !== "0";
createRoot(document.getElementById("app")).render(
  <StraddleProvider fetcher={sandbox.fetcher} nonce={withNonce ? nonce : undefined}>
    <main>
      <h1>Host page</h1>
      <DecisionDialog customerId={sandboxIds.reviewIndividualHighRisk} />
      <div style={{ blockSize: "5000px" }} data-testid="tall">Tall host content</div>
    </main>
  </StraddleProvider>,
);
`;

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "straddle-csp-"));
  await build({
    stdin: { contents: entry, resolveDir: repo, loader: "tsx", sourcefile: "csp-page.tsx" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    minify: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    outfile: path.join(dir, "app.js"),
  });
  await writeFile(path.join(dir, "styles.css"), buildStylesheet());
  const app = await readFile(path.join(dir, "app.js"));
  const css = await readFile(path.join(dir, "styles.css"));

  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/app.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(app);
    } else if (url.pathname === "/styles.css") {
      response.writeHead(200, { "content-type": "text/css" }).end(css);
    } else if (url.pathname === "/") {
      const nonce = randomBytes(16).toString("base64");
      response
        .writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; object-src 'none'; base-uri 'none'`,
        })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP host</title>` +
            `<meta name="csp-nonce" content="${nonce}"><link rel="stylesheet" href="/styles.css">` +
            `<script type="module" src="/app.js"></script></head><body><div id="app"></div></body></html>`,
        );
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  violations: { directive: string; blocked: string; sample: string }[];
  pageErrors: string[];
  scrollBefore: number;
  scrollAfter: number;
  bodyOverflow: string;
}

/** Opens the dialog on the host page, tries to scroll the page behind it, and reports. */
async function openDialog(query: string): Promise<Outcome> {
  const page: Page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  page.setDefaultTimeout(60_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: unknown[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  try {
    await page.goto(`${origin}/${query}`);
    const trigger = page.getByRole("button", { name: "Decide…" });
    await trigger.waitFor();
    await trigger.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // The review loaded inside the dialog: its choices are there.
    await page.getByRole("radio").first().waitFor();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    for (const key of ["PageDown", "PageDown", "End", "Space"]) await page.keyboard.press(key);
    await page.mouse.move(500, 650);
    await page.mouse.wheel(0, 2000);
    // Give a smooth scroll time to move, if anything moves it.
    await page.waitForTimeout(300);
    const scrollAfter = await page.evaluate(() => window.scrollY);
    const bodyOverflow = await page.evaluate(() => getComputedStyle(document.body).overflow);
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: Outcome["violations"] }).__violations,
    );
    return { violations, pageErrors, scrollBefore, scrollAfter, bodyOverflow };
  } finally {
    await page.close();
  }
}

describe("strict CSP host: style-src 'self' 'nonce-…', no unsafe-inline", () => {
  it("with the provider's nonce: 0 violations with DecisionDialog open, and the page behind is locked", async () => {
    const outcome = await openDialog("");
    process.stdout.write(
      `[strict CSP] with nonce: ${outcome.violations.length} securitypolicyviolation events, body overflow "${outcome.bodyOverflow}", scrollY ${outcome.scrollBefore} → ${outcome.scrollAfter}\n`,
    );
    expect(outcome.pageErrors).toEqual([]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.bodyOverflow).toBe("hidden");
    expect(outcome.scrollAfter).toBe(outcome.scrollBefore);
  });

  it("the control, without the nonce: the policy blocks the scroll lock's style and the page scrolls", async () => {
    const outcome = await openDialog("?nonce=0");
    process.stdout.write(
      `[strict CSP] without nonce: ${outcome.violations.length} securitypolicyviolation events, body overflow "${outcome.bodyOverflow}", scrollY ${outcome.scrollBefore} → ${outcome.scrollAfter}\n`,
    );
    expect(outcome.violations.length).toBeGreaterThan(0);
    expect(outcome.violations.every((v) => v.directive.startsWith("style-src"))).toBe(true);
    expect(outcome.bodyOverflow).not.toBe("hidden");
    expect(outcome.scrollAfter).toBeGreaterThan(outcome.scrollBefore);
  });
});
