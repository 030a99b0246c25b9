// @vitest-environment node
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare, type Request as MiniflareRequest, Response as MiniflareResponse } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../../src/sandbox";

// The proxy on a second runtime: Cloudflare's workerd (the binary ships in the `workerd` npm
// package), driven by miniflare 3 (miniflare 4 needs Node 22). tests/workers/worker.ts is bundled
// with esbuild exactly as a Worker would be deployed, and runs inside workerd; the sandbox is its
// upstream, either in Node behind a service binding (so the test can see what the proxy sent) or
// embedded in the Worker itself.

const here = path.dirname(fileURLToPath(import.meta.url));
const API_KEY = "sk_worker_secret_0123456789";
const ORIGIN = "http://worker.test";

const customer = {
  type: "individual",
  name: "Worker Person",
  email: "worker.person@example.com",
  phone: "+12125550177",
  device: { ip_address: "203.0.113.77" },
  address: { address1: "1 Edge St", address2: null, city: "Austin", state: "TX", zip: "78701" },
};

let script = "";

async function startWorker(binding?: (request: MiniflareRequest) => Promise<MiniflareResponse>) {
  const mf = new Miniflare({
    modules: [{ type: "ESModule", path: "worker.mjs", contents: script }],
    compatibilityDate: "2025-07-01",
    bindings: { STRADDLE_API_KEY: API_KEY },
    ...(binding ? { serviceBindings: { STRADDLE: binding } } : {}),
  });
  await mf.ready;
  return mf;
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(here, "worker.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: ["worker", "import"],
    write: false,
    logLevel: "silent",
  });
  script = bundle.outputFiles[0]?.text ?? "";
  expect(script.length).toBeGreaterThan(1000);
}, 60_000);

describe("createStraddleProxy in workerd, the sandbox in Node behind a service binding", () => {
  const sandbox = createSandbox();
  let mf: Miniflare;

  beforeAll(async () => {
    // miniflare hands the binding its own (undici) Request: turn it into a plain call of sandbox.fetch.
    mf = await startWorker(async (request) => {
      const body = request.method === "GET" || request.method === "DELETE" ? undefined : await request.text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const answer = await sandbox.fetch(request.url, { method: request.method, headers, body });
      const out: [string, string][] = [];
      answer.headers.forEach((value, key) => {
        out.push([key, value]);
      });
      return new MiniflareResponse(answer.status === 204 ? null : await answer.text(), {
        status: answer.status,
        headers: out,
      });
    });
  }, 60_000);
  afterAll(async () => {
    await mf?.dispose();
  });

  it("runs in workerd, not Node", async () => {
    const answer = await mf.dispatchFetch(`${ORIGIN}/__runtime`);
    expect(await answer.json()).toEqual({ userAgent: "Cloudflare-Workers", embedded: false });
  });

  it("forwards a create with the server's key and nothing of the client's; replays and conflicts pass through", async () => {
    const key = {
      "idempotency-key": "worker-create-0001",
      cookie: "session=client",
      authorization: "Bearer client",
    };
    const created = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers`,
      json("POST", customer, key),
    );
    expect(created.status).toBe(201);
    const body = (await created.json()) as { data: { id: string; address: Record<string, unknown> } };
    expect(body.data.address).toEqual({ address1: "1 Edge St", city: "Austin", state: "TX", zip: "78701" });
    expect(sandbox.store.get(body.data.id)?.email).toBe(customer.email);

    const seen = sandbox.requestsTo("customers.create").at(-1);
    expect(seen?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers["idempotency-key"]).toBe("worker-create-0001");

    const replay = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers`, json("POST", customer, key));
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(((await replay.json()) as { data: { id: string } }).data.id).toBe(body.data.id);

    const conflict = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers`,
      json("POST", { ...customer, name: "Someone Else" }, key),
    );
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { type: string } }).error.type).toBe("/conflict");
  });

  it("reads, lists with a filter, and answers the sandbox's errors unchanged", async () => {
    const [first] = sandbox.store.list();
    const got = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers/${first?.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toBe("no-store");
    expect(((await got.json()) as { data: { id: string } }).data.id).toBe(first?.id);

    const list = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers?types=business&page_size=5&evil=1`,
    );
    const page = (await list.json()) as { data: { type: string }[]; meta: { page_size: number } };
    expect(page.meta.page_size).toBe(5);
    expect(page.data.every((row) => row.type === "business")).toBe(true);
    expect(sandbox.requestsTo("customers.list").at(-1)?.query).toEqual({ types: "business", page_size: "5" });

    const missing = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers/00000000-0000-4000-8000-000000000000`,
    );
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe("/not_found");
  });

  it("refuses what the proxy refuses on Node, without asking the upstream", async () => {
    const before = sandbox.requests.length;
    const traversal = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers/..%2Fadmin`);
    expect(traversal.status).toBe(404);
    const method = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers`, { method: "PATCH" });
    expect(method.status).toBe(405);
    const tooLarge = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers`,
      json("POST", { ...customer, metadata: { blob: "x".repeat(70_000) } }),
    );
    expect(tooLarge.status).toBe(413);
    const form = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(form.status).toBe(415);
    expect(sandbox.requests.length).toBe(before);
  });
});

describe("createStraddleProxy and the sandbox both in workerd", () => {
  let mf: Miniflare;
  beforeAll(async () => {
    mf = await startWorker();
  }, 60_000);
  afterAll(async () => {
    await mf?.dispose();
  });

  it("creates, reads the review and decides, all inside the Worker", async () => {
    const runtime = await mf.dispatchFetch(`${ORIGIN}/__runtime`);
    expect(await runtime.json()).toEqual({ userAgent: "Cloudflare-Workers", embedded: true });

    const created = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers`,
      json("POST", { ...customer, config: { sandbox_outcome: "review" } }),
    );
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe("review");

    const review = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers/${data.id}/review`);
    expect(review.status).toBe(200);
    const reviewBody = (await review.json()) as { data: { customer_details: { id: string } } };
    expect(reviewBody.data.customer_details.id).toBe(data.id);

    const decided = await mf.dispatchFetch(
      `${ORIGIN}/api/straddle/v1/customers/${data.id}/review`,
      json("PATCH", { status: "verified" }),
    );
    expect(decided.status).toBe(200);
    expect(((await decided.json()) as { data: { status: string } }).data.status).toBe("verified");

    const unmasked = await mf.dispatchFetch(`${ORIGIN}/api/straddle/v1/customers/${data.id}/unmasked`);
    expect(unmasked.status).toBe(200);
  });
});
