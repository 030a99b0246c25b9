import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Locator, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_ACCOUNT_ID,
  DEMO_API_KEY,
  type DemoServer,
  startDemoServer,
} from "../../examples/admin-panel/server.mjs";

/**
 * The demo admin panel end to end, in real Chromium, over real HTTP: browser → the demo's Node
 * server → `createStraddleProxy` → the embedded sandbox. A platform engineer's day: create a
 * business with representatives, find it, read why it was flagged, reject it, see the list.
 *
 * Robust on a slow, shared machine: every wait is on a role, a label or a text, never a sleep.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const business = {
  name: "Juniper Falls Freight LLC",
  legalName: "Juniper Falls Freight Holdings LLC",
  email: "ops@juniperfalls.example.com",
  phone: "+12125550142",
  // An EIN starting with 00 is not matched by the sandbox's business identification: `review`.
  ein: "00-4567891",
  website: "juniperfalls.example.com",
  representatives: [
    { name: "Rosa Delgado", email: "rosa@juniperfalls.example.com", phone: "+12125550143" },
    { name: "Tomas Berg", email: "tomas@juniperfalls.example.com", phone: "+12125550144" },
  ],
};

let server: DemoServer;
let browser: Browser;
let page: Page;
/** Every request the browser made to the API: all must be same-origin, under /api/straddle. */
const browserApiCalls: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startDemoServer({
    port: 0,
    apiKey: null,
    logLevel: "warn",
    watch: false,
    cacheDir: path.join(repo, "node_modules/.vite/admin-panel-e2e"),
  });
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
  // Generous: the first page load transforms the app's modules on a loaded machine.
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes("/v1/")) browserApiCalls.push(request.url());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const nav = () => page.getByRole("navigation", { name: "Main" });
const breadcrumb = () => page.getByRole("navigation", { name: "Breadcrumb" });
const customerRow = () => page.getByRole("row").filter({ hasText: business.name });

/** Waits until `locator`'s attribute has `value` (`null`: until it is absent). */
async function waitForAttribute(locator: Locator, name: string, value: string | null) {
  await expect.poll(() => locator.getAttribute(name), { timeout: 60_000, interval: 100 }).toBe(value);
}

/** One step of the journey: its name prefixes a failure, and the page is saved as a screenshot. */
async function step(name: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    const shot = path.join(repo, "test-results/e2e/admin-panel-failure.png");
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    if (error instanceof Error) error.message = `[${name}] ${error.message} (screenshot: ${shot})`;
    throw error;
  }
}

describe("demo admin panel (browser → proxy → sandbox)", () => {
  // One test in steps: each step needs the one before, and a failure stops at once.
  it("creates a business with representatives, finds it, reads its review, rejects it", async () => {
    let customerId = "";

    await step("creates a business customer with representatives through the form", async () => {
      await page.goto(server.url);
      // `/` redirects to the list.
      await page.getByRole("heading", { level: 1, name: "Customers", exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/customers");
      await page.getByRole("row").filter({ hasText: "@" }).first().waitFor();
      // The table fills the page down to the main area's bottom padding; only its rows scroll.
      const fill = await page.evaluate(() => {
        const table = document.querySelector(".sc-CustomerTable")?.getBoundingClientRect();
        const main = document.querySelector("main");
        const padding = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) : Number.NaN;
        return {
          gap: table ? window.innerHeight - padding - table.bottom : Number.NaN,
          pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
        };
      });
      expect(Math.abs(fill.gap)).toBeLessThanOrEqual(1);
      expect(fill.pageScrolls).toBe(false);

      await nav().getByRole("link", { name: "New customer", exact: true }).click();
      const form = page.getByRole("form", { name: "New customer" });
      await form.waitFor();
      await form.getByRole("radio", { name: /^Business/ }).check();
      await form.getByRole("textbox", { name: "Business name", exact: true }).fill(business.name);
      const contact = form.getByRole("group", { name: "Contact details" });
      await contact.getByRole("textbox", { name: "Email", exact: true }).fill(business.email);
      await contact.getByRole("textbox", { name: "Phone", exact: true }).fill(business.phone);
      await form.getByRole("textbox", { name: "Legal business name", exact: true }).fill(business.legalName);
      await form.getByLabel(/^Employer Identification Number/).fill(business.ein);
      await form.getByRole("textbox", { name: "Website", exact: true }).fill(business.website);

      const addRepresentative = form.getByRole("button", { name: "Add a representative" });
      for (const [index, person] of business.representatives.entries()) {
        await addRepresentative.click();
        const row = form.getByRole("group", { name: `Representative ${index + 1}` });
        await row.getByRole("textbox", { name: "Name", exact: true }).fill(person.name);
        await row.getByRole("textbox", { name: "Email", exact: true }).fill(person.email);
        await row.getByRole("textbox", { name: "Phone", exact: true }).fill(person.phone);
      }
      await form.getByRole("button", { name: "Create customer" }).click();

      // On success the panel opens the new customer's page.
      await page.getByRole("heading", { level: 1, name: business.name }).waitFor();
      const match = /^\/customers\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
      expect(match).not.toBeNull();
      customerId = match?.[1] ?? "";

      // What the sandbox received, through the proxy.
      const sandbox = server.sandbox!;
      const creates = sandbox.requestsTo("customers.create");
      expect(creates).toHaveLength(1);
      expect(creates[0]?.body).toMatchObject({
        type: "business",
        name: business.name,
        email: business.email,
        phone: business.phone,
        device: { ip_address: "0.0.0.0" },
        compliance_profile: {
          legal_business_name: business.legalName,
          ein: business.ein,
          website: `https://${business.website}`,
          representatives: business.representatives,
        },
      });
      expect(sandbox.store.get(customerId)?.status).toBe("review");
    });

    await step("finds it in the table with the search box and opens it", async () => {
      await nav().getByRole("link", { name: "Customers", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Customers", exact: true }).waitFor();
      const search = page.getByRole("searchbox", { name: "Search customers" });
      await search.fill("Juniper Falls");
      await search.press("Enter");
      // The table's params live in the URL.
      await page.waitForURL((url) => url.searchParams.get("search_text") === "Juniper Falls");
      await page
        .getByRole("status")
        .filter({ hasText: /^1 customer$/ })
        .waitFor();
      await customerRow().filter({ hasText: "In review" }).waitFor();
      expect(await customerRow().count()).toBe(1);
      expect(
        server.sandbox!.requestsTo("customers.list").some((r) => r.query.search_text === "Juniper Falls"),
      ).toBe(true);

      await customerRow().getByText(business.name).click();
      await page.waitForURL((url) => url.pathname === `/customers/${customerId}`);
      await page.getByRole("heading", { level: 1, name: business.name }).waitFor();
    });

    await step("reads the review breakdown: business identification needs review", async () => {
      const panel = page.getByRole("region", { name: /^Identity review/ });
      await panel.getByRole("heading", { name: "Business identification" }).waitFor();
      await waitForAttribute(panel, "data-state", "ready");
      expect(await panel.getAttribute("data-decision")).toBe("review");
      expect(await panel.getAttribute("data-status")).toBe("review");
      await panel.getByText("1 check needs attention").waitFor();
      const flagged = panel.getByRole("listitem").filter({ hasText: "Business identification" }).first();
      expect(await flagged.textContent()).toContain("Review");
      // Passing checks are folded to one line ("4 checks passed"); unfold them to read each.
      const passedLine = panel.locator('[data-passed="modules"]');
      await passedLine.getByText("4 checks passed").waitFor();
      await passedLine.getByRole("button", { name: "Show" }).click();
      for (const module of ["Business validation", "Business evaluation", "Email", "Phone"]) {
        expect(await panel.getByRole("heading", { name: module, exact: true }).count()).toBe(1);
      }
      // The header's masked EIN: the real one never reaches the browser.
      await page.getByText("EIN", { exact: true }).waitFor();
      expect(await page.getByText(business.ein).count()).toBe(0);
    });

    await step("rejects it through the decision dialog", async () => {
      const trigger = page.getByRole("button", { name: "Decide…" });
      await waitForAttribute(trigger, "aria-disabled", null);
      await trigger.click();
      const dialog = page.getByRole("dialog", { name: "Review decision" });
      await dialog.waitFor();
      await dialog.getByRole("radio", { name: /^Reject/ }).check();
      await dialog.getByLabel("Reviewer note (optional)").fill("EIN not matched; shell company indicators");
      await dialog.getByRole("button", { name: "Continue" }).click();
      await dialog.getByText(`Reject ${business.name}?`).waitFor();
      await dialog.getByRole("button", { name: "Reject customer" }).click();
      await dialog.waitFor({ state: "hidden" });

      // The host's audit log keeps the note; Straddle got only the status.
      await page.getByText("Decided rejected — “EIN not matched; shell company indicators”").waitFor();
      const panel = page.getByRole("region", { name: /^Identity review/ });
      await waitForAttribute(panel, "data-status", "rejected");

      const decisions = server.sandbox!.requestsTo("customers.review.decision");
      expect(decisions).toHaveLength(1);
      expect(decisions[0]?.customerId).toBe(customerId);
      expect(decisions[0]?.body).toEqual({ status: "rejected" });
      expect(server.sandbox!.store.get(customerId)?.status).toBe("rejected");
    });

    await step("shows the new status in the list", async () => {
      await breadcrumb().getByRole("link", { name: "Customers", exact: true }).click();
      // Back to the same filtered view.
      await page.waitForURL((url) => url.searchParams.get("search_text") === "Juniper Falls");
      await customerRow().filter({ hasText: "Rejected" }).waitFor();
      expect(await customerRow().count()).toBe(1);
      expect(await customerRow().getAttribute("data-status")).toBe("rejected");
    });

    await step("went through the proxy, which alone holds the key and the account", async () => {
      const sandbox = server.sandbox!;
      expect(server.proxiedRequests()).toBeGreaterThanOrEqual(sandbox.requests.length);
      expect(sandbox.requests.length).toBeGreaterThan(5);
      for (const request of sandbox.requests) {
        expect(request.headers.authorization).toBe(`Bearer ${DEMO_API_KEY}`);
        expect(request.headers["straddle-account-id"]).toBe(DEMO_ACCOUNT_ID);
        expect(request.headers["request-id"]).toMatch(/\S/);
      }
      const endpoints = new Set(sandbox.requests.map((r) => r.endpoint));
      for (const endpoint of [
        "customers.list",
        "customers.create",
        "customers.review.get",
        "customers.review.decision",
      ] as const) {
        expect(endpoints).toContain(endpoint);
      }
      // The browser only ever called its own origin's /api/straddle; it never held the key.
      const origin = new URL(server.url).origin;
      expect(browserApiCalls.length).toBeGreaterThan(0);
      for (const url of browserApiCalls) expect(url.startsWith(`${origin}/api/straddle/v1/`)).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  });

  it("works the review queue by keyboard: current customer in the URL, one PATCH per decision", async () => {
    await step("opens the review queue from the navigation", async () => {
      await nav().getByRole("link", { name: "Review queue", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Review queue" }).waitFor();
      const queue = page.locator(".sc-ReviewQueue");
      await waitForAttribute(queue, "data-state", "ready");
      await waitForAttribute(queue, "aria-busy", null);
      await page.getByText(/^1 of \d+ in review$/).waitFor();
      // The oldest customer in review first, and its id in the URL (controlled mode).
      await page.getByRole("heading", { level: 3, name: "Tom Haverford" }).waitFor();
      await page.waitForURL((url) => url.searchParams.get("customer") !== null);
    });

    await step("J moves on, V then Enter verifies: one PATCH, the customer leaves the queue", async () => {
      const before = server.sandbox!.requestsTo("customers.review.decision").length;
      await page.keyboard.press("j");
      await page.getByRole("heading", { level: 3, name: "Entertainment 720 Inc" }).waitFor();
      const secondId = new URL(page.url()).searchParams.get("customer");
      expect(secondId).toMatch(/^[0-9a-f-]{36}$/);
      // V is ignored until the customer's review is on screen: wait for it, as a reviewer reads it.
      await waitForAttribute(page.locator(".sc-ReviewQueue"), "aria-busy", null);
      await page.getByRole("radio", { name: /^Verify/ }).waitFor();
      await page.keyboard.press("v");
      await page.getByText("Verify Entertainment 720 Inc?").waitFor();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 3, name: "Lucius Vandermeer" }).waitFor();
      const decisions = server.sandbox!.requestsTo("customers.review.decision").slice(before);
      expect(decisions).toHaveLength(1);
      expect(decisions[0]?.customerId).toBe(secondId);
      expect(decisions[0]?.body).toEqual({ status: "verified" });
      await page.waitForURL((url) => url.searchParams.get("customer") !== secondId);
      expect(pageErrors).toEqual([]);
    });
  });
});
