import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, ONBOARDING_PATH, startDemoServer } from "../../examples/admin-panel/server.mjs";

/**
 * The demo's public sign-up page end to end, in real Chromium over real HTTP: browser →
 * the demo's Node server → `createOnboardingProxy` (deviceIp from the socket) → the embedded
 * sandbox. A hostile browser forges the device IP in the body and in `X-Forwarded-For`; the
 * upstream must see the connection's own address instead.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const FORGED_IP = "8.8.8.8";
/** The demo listens on 127.0.0.1: that is the socket address the server sees for the browser. */
const SOCKET_IP = "127.0.0.1";

let server: DemoServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** What the browser received from the onboarding route. */
const answers: { url: string; status: number; body: string }[] = [];
/** Bodies the hostile browser actually sent (after forging). */
const forgedBodies: string[] = [];

beforeAll(async () => {
  server = await startDemoServer({
    port: 0,
    apiKey: null,
    latency: 20,
    logLevel: "warn",
    watch: false,
    cacheDir: path.join(repo, "node_modules/.vite/admin-panel-e2e-signup"),
  });
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  // A phone: the page is meant for one.
  page = await browser.newPage({ viewport: { width: 375, height: 800 }, locale: "en-US", hasTouch: true });
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(60_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("response", async (response) => {
    if (!response.url().includes(ONBOARDING_PATH) || response.request().method() !== "POST") return;
    const body = await response.text().catch(() => "");
    answers.push({ url: response.url(), status: response.status(), body });
  });
  // The hostile browser: every request to the onboarding route gets a forged IP, in the body
  // and in the proxy header a naive server would trust.
  await page.route(`**${ONBOARDING_PATH}/**`, async (route) => {
    const request = route.request();
    const body = request.postData();
    const forged = body
      ? JSON.stringify({ ...JSON.parse(body), device: { ip_address: FORGED_IP } })
      : undefined;
    if (forged) forgedBodies.push(forged);
    await route.continue({
      headers: { ...request.headers(), "x-forwarded-for": FORGED_IP, "x-real-ip": FORGED_IP },
      ...(forged ? { postData: forged } : {}),
    });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const next = () => page.getByRole("button", { name: "Continue" }).click();
const stepTitle = (text: string) => page.getByRole("heading", { level: 2, name: text }).waitFor();

describe("the public sign-up page", () => {
  it("an applicant signs up; the upstream saw the server's IP, never the forged one", async () => {
    await page.goto(`${server.url}sign-up`);
    await page.getByRole("heading", { level: 1, name: "Open an account" }).waitFor();
    const form = page.getByRole("form", { name: "Sign up" });
    await form.waitFor();
    // No admin chrome, no IP field.
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    expect(await page.locator("[name='device.ip_address']").count()).toBe(0);

    await page.getByRole("textbox", { name: "Your full name" }).fill("Donna Meagle");
    await next();
    await stepTitle("How can we reach you?");
    await page.getByRole("textbox", { name: "Email" }).fill("donna.signup@example.com");
    await page.getByRole("textbox", { name: "Phone" }).fill("(317) 555-0177");
    await next();
    await stepTitle("Where are you based?");
    await next();
    await stepTitle("Verify your identity");
    await page.getByRole("textbox", { name: "Date of birth" }).fill("1980-06-15");
    await page.getByLabel(/^Social Security number/).fill("222-33-4444");
    await next();
    await stepTitle("Check your details");
    await page.getByRole("button", { name: "Submit application" }).click();
    await page.getByText("Thanks, we've got your application").waitFor();
    const reference = await page.getByTestId("signup-reference").textContent();

    // The browser did send a forged IP (body and X-Forwarded-For)…
    expect(forgedBodies.length).toBeGreaterThan(0);
    expect(forgedBodies.every((body) => body.includes(FORGED_IP))).toBe(true);
    // …and the upstream received the socket's address instead.
    const creates = server.sandbox?.requestsTo("customers.create") ?? [];
    expect(creates).toHaveLength(1);
    const sent = creates[0]?.body as { device?: { ip_address?: string }; name?: string };
    expect(sent.name).toBe("Donna Meagle");
    expect(sent.device).toEqual({ ip_address: SOCKET_IP });
    expect(JSON.stringify(sent)).not.toContain(FORGED_IP);

    // What the browser received: an id and "received", nothing of the record or its screening.
    const created = answers.find((answer) => answer.status === 201);
    expect(created).toBeDefined();
    const answer = JSON.parse(created?.body ?? "{}") as { data: Record<string, unknown> };
    expect(Object.keys(answer.data).sort()).toEqual(["id", "state"]);
    expect(answer.data.state).toBe("received");
    expect(String(answer.data.id).startsWith(reference ?? "?")).toBe(true);
    for (const secret of ["Donna", "donna.signup", "4444", "status", "verified", "review"]) {
      expect(created?.body).not.toContain(secret);
    }
    expect(pageErrors).toEqual([]);
  });

  it("the anonymous route reads nothing: the new customer, the list and unmask are refused", async () => {
    const created = answers.find((answer) => answer.status === 201);
    const id = (JSON.parse(created?.body ?? "{}") as { data?: { id?: string } }).data?.id ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const statuses = await page.evaluate(
      async ({ base, id }) => {
        const paths = [
          `/v1/customers/${id}`,
          "/v1/customers",
          `/v1/customers/${id}/unmasked`,
          `/v1/customers/${id}/review`,
        ];
        return Promise.all(paths.map(async (path) => (await fetch(`${base}${path}`)).status));
      },
      { base: ONBOARDING_PATH, id },
    );
    expect(statuses).toEqual([403, 403, 403, 403]);
  });
});
