// @vitest-environment node
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCustomer,
  createFetchFetcher,
  decideCustomerReview,
  getCustomer,
  getCustomerReview,
  getCustomerUnmasked,
  listCustomers,
  refreshCustomerReview,
  type StraddleClientConfig,
} from "../../src/api";
import { createSandbox, sandboxIds } from "../../src/sandbox";
import { createStraddleProxy, toNodeHandler } from "../../src/server";
import { failureOf } from "../support/failure";
import { ACCOUNT_ID, API_KEY, spyUpstream } from "./helpers";

const sandbox = createSandbox();
const upstream = spyUpstream((url, init) => sandbox.fetch(url, init));
const proxy = createStraddleProxy({
  apiKey: API_KEY,
  environment: "sandbox",
  fetch: upstream.fetch,
  resolveAccountId: (request) =>
    request.headers.get("x-session") === "platform-user" ? ACCOUNT_ID : undefined,
});
const handler = toNodeHandler(proxy);

/** `app.use("/api/straddle", …)` in Express: `req.url` loses the mount path, `originalUrl` keeps it. */
function expressLike(req: IncomingMessage & { originalUrl?: string }) {
  if (req.url?.startsWith("/express/api/straddle")) {
    req.originalUrl = req.url.slice("/express".length);
    req.url = req.url.slice("/express/api/straddle".length) || "/";
  }
}

/** `express.json()` before the proxy: the stream is consumed and `req.body` holds the parsed JSON. */
async function bodyParsed(req: IncomingMessage & { body?: unknown }) {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  req.body = JSON.parse(text);
}

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.url?.startsWith("/express")) expressLike(req);
    if (req.url?.startsWith("/parsed")) {
      req.url = req.url.slice("/parsed".length);
      await bodyParsed(req);
    }
    await handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  sandbox.reset();
  upstream.calls.length = 0;
  upstream.fetch.mockClear();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request with the path exactly as written (no URL normalisation on the client side). */
function raw(
  method: string,
  path: string,
  options: { headers?: Record<string, string | number>; body?: string | Uint8Array[] } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers: options.headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    if (Array.isArray(options.body)) {
      const chunks = options.body;
      const writeNext = (i: number) => {
        if (i === chunks.length) {
          req.end();
          return;
        }
        // The server may answer 413 and close before everything is written.
        if (req.destroyed) return;
        req.write(chunks[i], () => writeNext(i + 1));
      };
      req.on("error", () => undefined);
      writeNext(0);
    } else {
      req.end(options.body);
    }
  });
}

function config(headers: Record<string, string> = {}): StraddleClientConfig {
  return { fetcher: createFetchFetcher({ baseUrl: `http://127.0.0.1:${port}/api/straddle`, headers }) };
}

describe("toNodeHandler: a real HTTP round trip with the client library", () => {
  it("review → decision → list, end to end over node:http onto the sandbox", async () => {
    const client = config({ "x-session": "platform-user" });
    const review = await getCustomerReview(client, sandboxIds.reviewIndividualHighRisk);
    expect(review.data.customer_details.id).toBe(sandboxIds.reviewIndividualHighRisk);
    expect(review.data.customer_details.status).toBe("review");

    const decided = await decideCustomerReview(client, sandboxIds.reviewIndividualHighRisk, {
      status: "rejected",
    });
    expect(decided.data.status).toBe("rejected");
    expect(sandbox.store.get(sandboxIds.reviewIndividualHighRisk)?.status).toBe("rejected");

    const page = await listCustomers(client, { status: ["review"], page_size: 3 });
    expect(page.data.length).toBeLessThanOrEqual(3);
    expect(page.data.every((item) => item.status === "review")).toBe(true);

    const [reviewCall, decisionCall, listCall] = sandbox.requests;
    expect(reviewCall?.endpoint).toBe("customers.review.get");
    expect(decisionCall?.endpoint).toBe("customers.review.decision");
    expect(decisionCall?.body).toEqual({ status: "rejected" });
    expect(decisionCall?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(listCall?.query).toEqual({ status: "review", page_size: "3" });
    for (const entry of sandbox.requests) {
      expect(entry.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(entry.headers["straddle-account-id"]).toBe(ACCOUNT_ID);
      expect(entry.headers["x-session"]).toBeUndefined();
      expect(entry.headers.host).toBeUndefined();
    }
  });

  it("create, get and refresh_review round trip; statuses pass through", async () => {
    const client = config();
    const created = await createCustomer(client, {
      type: "individual",
      name: "Node Round Trip",
      email: "node.round.trip@example.com",
      phone: "+12125550177",
      device: { ip_address: "198.51.100.7" },
      config: { sandbox_outcome: "review", processing_method: "inline" },
    });
    expect(created.data.status).toBe("review");
    const fetched = await getCustomer(client, created.data.id);
    expect(fetched.data.email).toBe("node.round.trip@example.com");
    const refreshed = await refreshCustomerReview(client, created.data.id);
    expect(refreshed.data.id).toBe(created.data.id);
    expect(sandbox.requests.map((entry) => entry.endpoint)).toEqual([
      "customers.create",
      "customers.get",
      "customers.review.refresh_review",
    ]);
    expect(sandbox.requests.every((entry) => entry.headers["straddle-account-id"] === undefined)).toBe(true);
  });

  it("the proxy's refusals arrive as StraddleErrors the library understands", async () => {
    const client = config();
    const unmask = await failureOf(getCustomerUnmasked(client, sandboxIds.verifiedIndividual));
    expect(unmask.kind).toBe("http");
    expect(unmask.status).toBe(403);
    expect(unmask.type).toBe("/forbidden");
    expect(unmask.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const notAnId = await failureOf(getCustomer(client, "../../paykeys"));
    expect(notAnId.status).toBe(404);
    expect(notAnId.type).toBe("/not_found");
    const badTrace = await failureOf(
      getCustomerReview({ ...client, correlationId: "c".repeat(200) }, sandboxIds.reviewBusiness),
    );
    expect(badTrace.status).toBe(400);
    expect(badTrace.type).toBe("/bad_request");
    expect(badTrace.detail).toMatch(/Correlation-Id/);
    expect(upstream.fetch).not.toHaveBeenCalled();
  });

  it("Express: mounted with app.use, the proxy reads originalUrl", async () => {
    const answer = await raw("GET", `/express/api/straddle/v1/customers/${sandboxIds.verifiedBusiness}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.id).toBe(sandboxIds.verifiedBusiness);
    expect(upstream.calls[0]?.url).toBe(
      `https://sandbox.straddle.com/v1/customers/${sandboxIds.verifiedBusiness}`,
    );
  });

  it("Express: a body already parsed by express.json() is re-serialised and still checked", async () => {
    const path = `/parsed/api/straddle/v1/customers/${sandboxIds.reviewBusiness}/review`;
    const answer = await raw("PATCH", path, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "verified" }),
    });
    expect(answer.status).toBe(200);
    expect(upstream.calls[0]?.body).toBe(`{"status":"verified"}`);
    const wrongType = await raw("PATCH", path, {
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ status: "verified" }),
    });
    expect(wrongType.status).toBe(415);
    expect(upstream.calls).toHaveLength(1);
  });

  it("responses carry the proxy's headers and no upstream extras", async () => {
    const answer = await raw("GET", "/api/straddle/v1/customers?page_size=1");
    expect(answer.status).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["set-cookie"]).toBeUndefined();
    expect(answer.text).not.toContain(API_KEY);
  });
});

describe("toNodeHandler: raw request targets that a URL parser would have normalised", () => {
  const cases: [method: string, path: string, status: number][] = [
    ["GET", "/api/straddle/v1/paykeys/../customers", 404],
    ["GET", "/api/straddle/v1/paykeys/%2e%2e/customers", 404],
    ["GET", "/api/straddle/v1/paykeys/.%2E/customers", 404],
    ["GET", "/api/straddle/./v1/customers", 404],
    ["GET", "/api/straddle/v1/customers/%2e", 404],
    ["GET", `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}/..`, 404],
    ["GET", "/api/straddle/v1/customers\\..\\..\\paykeys", 404],
    ["GET", "/api/straddle/v1/paykeys\\..\\customers", 404],
    ["GET", "/api/straddle/v1/customers#/../paykeys", 404],
    ["GET", "//api/straddle/v1/customers", 404],
    ["GET", "http://evil.example/api/straddle/v1/customers", 404],
    ["GET", "/api/straddle/v1/customers/..%2f..%2fpaykeys", 404],
    ["GET", "/api/straddle/v1/customers/%252e%252e%252fpaykeys", 404],
    ["GET", "/api/straddle/v1/customers;a=b", 404],
    ["GET", "/express/api/straddle/v1/paykeys/../customers", 404],
    ["TRACE", "/api/straddle/v1/customers", 405],
    ["HEAD", "/api/straddle/v1/customers", 405],
    ["OPTIONS", "/api/straddle/v1/customers", 405],
    ["PATCH", "/api/straddle/v1/customers", 405],
  ];

  it.each(cases)("%s %s → %i, Straddle not contacted", async (method, path, status) => {
    const answer = await raw(method, path);
    expect(answer.status).toBe(status);
    if (method !== "HEAD") {
      const body = JSON.parse(answer.text) as { error: { status: number }; response_type: string };
      expect(body.response_type).toBe("error");
      expect(body.error.status).toBe(status);
    }
    expect(upstream.fetch).not.toHaveBeenCalled();
    expect(sandbox.requests).toHaveLength(0);
  });

  it("forged client headers are dropped over real HTTP too", async () => {
    const answer = await raw("GET", `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`, {
      headers: {
        Authorization: "Bearer sk_attacker",
        "Straddle-Account-Id": "ffffffff-0000-4000-8000-000000000000",
        Cookie: "sid=1",
        "X-Forwarded-For": "10.0.0.1",
        Host: "evil.example",
        "Request-Id": "raw-req-1",
      },
    });
    expect(answer.status).toBe(200);
    const sent = upstream.calls[0]?.headers ?? new Headers();
    expect([...sent.keys()].sort()).toEqual(["accept", "authorization", "request-id"]);
    expect(sent.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(sent.get("request-id")).toBe("raw-req-1");
  });
});

describe("toNodeHandler: bodies", () => {
  it("an oversized body with content-length → 413 and Connection: close; the server keeps serving", async () => {
    const body = JSON.stringify({ name: "x".repeat(100 * 1024) });
    const answer = await raw("POST", "/api/straddle/v1/customers", {
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      body,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(JSON.parse(answer.text).error.type).toBe("/payload_too_large");
    expect((await raw("GET", "/api/straddle/v1/customers?page_size=1")).status).toBe(200);
    expect(upstream.calls.map((call) => call.method)).toEqual(["GET"]);
  });

  it("an oversized chunked body (no content-length) → 413 while streaming", async () => {
    const chunks = Array.from({ length: 40 }, () => new Uint8Array(4096).fill(0x20));
    const answer = await raw("PUT", `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`, {
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: chunks,
    });
    expect(answer.status).toBe(413);
    expect(upstream.fetch).not.toHaveBeenCalled();
  });

  it("a small chunked JSON body is read and forwarded", async () => {
    const text = JSON.stringify({ status: "verified" });
    const answer = await raw("PATCH", `/api/straddle/v1/customers/${sandboxIds.reviewBusiness}/review`, {
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: [new TextEncoder().encode(text.slice(0, 5)), new TextEncoder().encode(text.slice(5))],
    });
    expect(answer.status).toBe(200);
    expect(upstream.calls[0]?.body).toBe(text);
  });
});

describe("toNodeHandler: client disconnects", () => {
  it("aborts the upstream call when the client goes away", async () => {
    let seen: AbortSignal | undefined;
    const hanging = toNodeHandler(
      createStraddleProxy({
        apiKey: API_KEY,
        environment: "sandbox",
        fetch: (_url, init) =>
          new Promise<Response>((_, reject) => {
            seen = init.signal ?? undefined;
            init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          }),
      }),
    );
    const local = createServer(hanging);
    await new Promise<void>((resolve) => local.listen(0, "127.0.0.1", resolve));
    try {
      const localPort = (local.address() as AddressInfo).port;
      const req = httpRequest({ host: "127.0.0.1", port: localPort, path: "/api/straddle/v1/customers" });
      req.on("error", () => undefined);
      req.end();
      await expect.poll(() => seen).toBeDefined();
      expect(seen?.aborted).toBe(false);
      req.destroy();
      await expect.poll(() => seen?.aborted).toBe(true);
    } finally {
      local.closeAllConnections();
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });
});
