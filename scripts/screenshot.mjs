#!/usr/bin/env node
// Screenshot one story from the static Storybook build, to look at what a person sees.
//
//   npm run build-storybook
//   node scripts/screenshot.mjs <story-id> [out.png] [--width=1024] [--theme=dark] [--dir=storybook-static]
//
// Serves storybook-static/ on 127.0.0.1 (free port, node:http, no extra dependency), opens the
// story's iframe in Chromium, waits for the story to render and its play function to finish,
// and writes a full-page PNG (default: test-results/screenshots/<story-id>[--dark].png).
// --theme=dark sets prefers-color-scheme: dark and the Storybook global `theme=dark`.
// Exits 1 if the page or the story reported an error (the screenshot is still written).
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";

const positional = [];
const options = { width: 1024, theme: "light", dir: "storybook-static" };
for (const arg of process.argv.slice(2)) {
  const match = /^--(width|theme|dir)=(.+)$/.exec(arg);
  if (match) options[match[1]] = match[2];
  else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
  else positional.push(arg);
}
// --dir=PATH serves another static build (e.g. one per engineer: storybook build -o /tmp/sb-me).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", options.dir);
const [storyId, outArg] = positional;
if (!storyId || positional.length > 2) {
  fail("usage: node scripts/screenshot.mjs <story-id> [out.png] [--width=1024] [--theme=dark]");
}
const width = Number(options.width);
if (!Number.isInteger(width) || width < 200) fail(`--width must be an integer >= 200, got ${options.width}`);
const dark = options.theme === "dark";
if (!["light", "dark"].includes(options.theme)) fail(`--theme must be light or dark, got ${options.theme}`);
if (!existsSync(path.join(root, "iframe.html")))
  fail(`${root}/iframe.html not found: run npm run build-storybook`);
const out = path.resolve(
  outArg ?? path.join("test-results", "screenshots", `${storyId}${dark ? "--dark" : ""}.png`),
);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".map": "application/json; charset=utf-8",
};

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = path.join(root, path.normalize(pathname));
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!existsSync(file)) {
    // Chromium asks for /favicon.ico on its own; Storybook ships favicon.svg.
    res.writeHead(pathname === "/favicon.ico" ? 204 : 404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});

await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
});

const problems = [];
try {
  const page = await browser.newPage({
    viewport: { width, height: 768 },
    colorScheme: dark ? "dark" : "light",
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // Failed requests are reported (with their URL) by the response handler below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const url = new URL(`http://127.0.0.1:${port}/iframe.html`);
  url.searchParams.set("id", storyId);
  url.searchParams.set("viewMode", "story");
  if (dark) url.searchParams.set("globals", "theme:dark");
  await page.goto(url.href, { waitUntil: "networkidle" });
  // Unknown story ids and render errors show Storybook's error display instead of the story.
  await page.waitForSelector("#storybook-root > *, body.sb-show-errordisplay", {
    state: "attached",
    timeout: 30_000,
  });
  // Let the play function (and Storybook's afterEach, e.g. a11y) run to the end.
  await page
    .waitForFunction(
      () =>
        document.body.classList.contains("sb-show-errordisplay") ||
        ["finished", "aborted", "errored"].includes(globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => problems.push("story did not reach the 'finished' phase within 30 s"));
  await page.waitForLoadState("networkidle");
  if (await page.locator("body.sb-show-errordisplay").count()) {
    const text = (await page.locator("#error-message").textContent())?.trim();
    problems.push(`story error: ${text || "(see screenshot)"}`);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true, animations: "disabled" });
  process.stdout.write(`${out}\n`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
