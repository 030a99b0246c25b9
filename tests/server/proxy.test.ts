// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { createSandbox, sandboxIds } from "../../src/sandbox";
import { createStraddleProxy, type ProxyErrorEvent, type UnmaskAuditInfo } from "../../src/server";
import {
  ACCOUNT_ID,
  API_KEY,
  envelopeOf,
  headerNames,
  jsonInit,
  OTHER_ACCOUNT_ID,
  request,
  rig,
  SANDBOX_URL,
  spyUpstream,
} from "./helpers";

const KEY = "idem-key-0123456789";
const individual = {
  type: "individual",
  name: "Proxy Person",
  email: "proxy.person@example.com",
  phone: "+12125550142",
  device: { ip_address: "203.0.113.9" },
};

interface Body {
  data: Record<string, unknown> & { id?: string; status?: string };
  meta: { api_request_id: string };
  response_type: string;
}

async function json(response: Response): Promise<Body> {
  const text = await response.text();
  expect(text).not.toContain(API_KEY);
  return JSON.parse(text) as Body;
}

describe("createStraddleProxy: the nine endpoints pass through to the sandbox", () => {
  it("GET /v1/customers forwards the list query and passes status and body through", async () => {
    const { proxy, upstream, sandbox } = rig();
    const response = await proxy(
      request(
        "/api/straddle/v1/customers?status=review&page_size=5&sort_by=name&sort_order=asc&types=individual",
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as {
      data: { status: string; type: string }[];
      response_type: string;
    };
    expect(body.response_type).toBe("array");
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.length).toBeLessThanOrEqual(5);
    expect(body.data.every((item) => item.status === "review" && item.type === "individual")).toBe(true);
    expect(upstream.calls).toHaveLength(1);
    const url = new URL(upstream.calls[0]?.url ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(`${SANDBOX_URL}/v1/customers`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: "review",
      page_size: "5",
      sort_by: "name",
      sort_order: "asc",
      types: "individual",
    });
    expect(sandbox.requestsTo("customers.list")).toHaveLength(1);
  });

  it("POST /v1/customers forwards the JSON body, Idempotency-Key and trace headers (201)", async () => {
    const { proxy, upstream, sandbox } = rig();
    const response = await proxy(
      request(
        "/api/straddle/v1/customers",
        jsonInit("POST", individual, {
          "Idempotency-Key": KEY,
          "Request-Id": "req-create-1",
          "Correlation-Id": "corr-onboarding-7",
        }),
      ),
    );
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body.data.email).toBe(individual.email);
    const call = upstream.calls[0];
    expect(call?.method).toBe("POST");
    expect(call?.url).toBe(`${SANDBOX_URL}/v1/customers`);
    expect(JSON.parse(call?.body ?? "null")).toEqual(individual);
    expect(call?.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(call?.headers.get("content-type")).toBe("application/json");
    expect(call?.headers.get("accept")).toBe("application/json");
    expect(call?.headers.get("idempotency-key")).toBe(KEY);
    expect(call?.headers.get("request-id")).toBe("req-create-1");
    expect(call?.headers.get("correlation-id")).toBe("corr-onboarding-7");
    expect(sandbox.store.get(body.data.id ?? "")).toBeDefined();
  });

  it("GET /v1/customers/{id} returns the masked customer", async () => {
    const { proxy, upstream } = rig();
    const response = await proxy(request(`/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.data.id).toBe(sandboxIds.verifiedIndividual);
    expect(body.data.compliance_profile).toMatchObject({ ssn: "***-**-****" });
    expect(upstream.calls[0]?.url).toBe(`${SANDBOX_URL}/v1/customers/${sandboxIds.verifiedIndividual}`);
    expect(upstream.calls[0]?.body).toBeUndefined();
    expect(upstream.calls[0]?.headers.get("content-type")).toBeNull();
  });

  it("PUT /v1/customers/{id} replaces the record", async () => {
    const { proxy, upstream, sandbox } = rig();
    const update = {
      name: "Renamed Person",
      email: "renamed@example.com",
      phone: "+12125550143",
      status: "verified",
      device: { ip_address: "203.0.113.10" },
    };
    const response = await proxy(
      request(
        `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`,
        jsonInit("PUT", update, { "Idempotency-Key": KEY }),
      ),
    );
    expect(response.status).toBe(200);
    expect((await json(response)).data.name).toBe("Renamed Person");
    expect(upstream.calls[0]?.method).toBe("PUT");
    expect(upstream.calls[0]?.headers.get("idempotency-key")).toBe(KEY);
    expect(sandbox.store.get(sandboxIds.verifiedIndividual)?.name).toBe("Renamed Person");
  });

  it("DELETE /v1/customers/{id} sends no body even when the client sends one", async () => {
    const { proxy, upstream } = rig();
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.inactiveIndividual}`, {
        ...jsonInit("DELETE", { smuggled: true }),
        headers: { "Content-Type": "application/json", "Idempotency-Key": KEY },
      }),
    );
    expect(response.status).toBe(200);
    expect((await json(response)).data.id).toBe(sandboxIds.inactiveIndividual);
    expect(upstream.calls[0]?.method).toBe("DELETE");
    expect(upstream.calls[0]?.body).toBeUndefined();
    expect(upstream.calls[0]?.headers.get("content-type")).toBeNull();
    expect(upstream.calls[0]?.headers.get("idempotency-key")).toBe(KEY);
  });

  it("GET /v1/customers/{id}/unmasked with allowUnmask: PII in clear, and the audit hook told first", async () => {
    const order: string[] = [];
    const audits: UnmaskAuditInfo[] = [];
    const { proxy, upstream } = rig({
      allowUnmask: true,
      resolveAccountId: () => ACCOUNT_ID,
      onUnmask: (info) => {
        order.push("audit");
        audits.push(info);
      },
    });
    upstream.fetch.mockImplementationOnce(async () => {
      order.push("upstream");
      return createSandbox().fetch(`${SANDBOX_URL}/v1/customers/${sandboxIds.verifiedIndividual}/unmasked`);
    });
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}/unmasked`, {
        headers: { "Request-Id": "req-unmask-1", "Correlation-Id": "case-42" },
      }),
    );
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(String((body.data.compliance_profile as { ssn: string }).ssn)).toMatch(/^\d{3}-\d{2}-\d{4}$/);
    expect(order).toEqual(["audit", "upstream"]);
    expect(audits).toEqual([
      {
        customerId: sandboxIds.verifiedIndividual,
        accountId: ACCOUNT_ID,
        requestId: "req-unmask-1",
        correlationId: "case-42",
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    expect(JSON.stringify(audits)).not.toContain("ssn");
  });

  it("GET /v1/customers/{id}/review returns the identity results", async () => {
    const { proxy, upstream } = rig();
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`),
    );
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.data.customer_details).toMatchObject({ id: sandboxIds.reviewIndividualHighRisk });
    expect(body.data.identity_details).toBeTruthy();
    expect(upstream.calls[0]?.url).toBe(
      `${SANDBOX_URL}/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`,
    );
  });

  it("PATCH /v1/customers/{id}/review decides, and a second decision gets Straddle's 422 unchanged", async () => {
    const { proxy, upstream } = rig();
    const path = `/api/straddle/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`;
    const first = await proxy(
      request(path, jsonInit("PATCH", { status: "verified" }, { "Idempotency-Key": KEY })),
    );
    expect(first.status).toBe(200);
    expect((await json(first)).data.status).toBe("verified");
    expect(upstream.calls[0]?.method).toBe("PATCH");
    expect(JSON.parse(upstream.calls[0]?.body ?? "null")).toEqual({ status: "verified" });

    const second = await proxy(request(path, jsonInit("PATCH", { status: "rejected" })));
    expect(second.status).toBe(422);
    const error = await envelopeOf(second);
    expect(error.error.type).toBe("/validation_error");
    expect(error.error.detail).toMatch(/cannot be changed/i);
  });

  it("PUT /v1/customers/{id}/refresh_review answers 202 and never forwards a body", async () => {
    const { proxy, upstream } = rig();
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.reviewBusiness}/refresh_review`, {
        ...jsonInit("PUT", { status: "verified" }),
        headers: { "Content-Type": "application/json", "Idempotency-Key": KEY },
      }),
    );
    expect(response.status).toBe(202);
    expect((await json(response)).data.id).toBe(sandboxIds.reviewBusiness);
    expect(upstream.calls[0]?.method).toBe("PUT");
    expect(upstream.calls[0]?.url).toBe(
      `${SANDBOX_URL}/v1/customers/${sandboxIds.reviewBusiness}/refresh_review`,
    );
    expect(upstream.calls[0]?.body).toBeUndefined();
    expect(upstream.calls[0]?.headers.get("idempotency-key")).toBe(KEY);
  });

  it("passes Straddle's 404 for an unknown (well-formed) id through unchanged", async () => {
    const { proxy, upstream } = rig();
    const response = await proxy(request("/api/straddle/v1/customers/00000000-0000-4000-8000-000000000000"));
    expect(response.status).toBe(404);
    const body = await envelopeOf(response);
    expect(body.error.detail).toContain("00000000-0000-4000-8000-000000000000");
    expect(upstream.calls).toHaveLength(1);
  });

  it("accepts an id whose hex digits are percent-encoded once, and forwards it decoded", async () => {
    const { proxy, upstream } = rig();
    const encoded = `%33${sandboxIds.apiExample.slice(1)}`;
    const response = await proxy(request(`/api/straddle/v1/customers/${encoded}`));
    expect(response.status).toBe(200);
    expect(upstream.calls[0]?.url).toBe(`${SANDBOX_URL}/v1/customers/${sandboxIds.apiExample}`);
  });
});

describe("createStraddleProxy: headers and scope", () => {
  it("takes Straddle-Account-Id only from resolveAccountId (async), never from the client", async () => {
    const resolveAccountId = vi.fn(async (req: Request) => {
      expect(req.headers.get("cookie")).toBe("session=abc");
      return ACCOUNT_ID;
    });
    const { proxy, upstream } = rig({ resolveAccountId });
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`, {
        headers: { cookie: "session=abc", "Straddle-Account-Id": OTHER_ACCOUNT_ID },
      }),
    );
    expect(response.status).toBe(200);
    expect(resolveAccountId).toHaveBeenCalledTimes(1);
    expect(upstream.calls[0]?.headers.get("straddle-account-id")).toBe(ACCOUNT_ID);
    expect(upstream.calls[0]?.headers.get("cookie")).toBeNull();
  });

  it("sends no Straddle-Account-Id when the resolver returns undefined or null", async () => {
    for (const value of [undefined, null]) {
      const { proxy, upstream } = rig({ resolveAccountId: () => value });
      await proxy(
        request("/api/straddle/v1/customers", { headers: { "Straddle-Account-Id": OTHER_ACCOUNT_ID } }),
      );
      expect(upstream.calls[0]?.headers.has("straddle-account-id")).toBe(false);
    }
  });

  it("sends exactly the allowed headers, and generates a Request-Id when the client sent none", async () => {
    const { proxy, upstream } = rig();
    await proxy(request("/api/straddle/v1/customers"));
    const headers = upstream.calls[0]?.headers ?? new Headers();
    expect(headerNames(headers)).toEqual(["accept", "authorization", "request-id"]);
    expect(headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("drops Idempotency-Key on reads (GETs take none)", async () => {
    const { proxy, upstream } = rig();
    await proxy(request("/api/straddle/v1/customers", { headers: { "Idempotency-Key": KEY } }));
    expect(upstream.calls[0]?.headers.has("idempotency-key")).toBe(false);
  });

  it("a resolver that throws, or returns something that is not a UUID, is a quiet 500 reported to onError", async () => {
    const events: ProxyErrorEvent[] = [];
    const thrower = rig({
      resolveAccountId: () => {
        throw new Error("session store down");
      },
      onError: (event) => events.push(event),
    });
    const thrown = await thrower.proxy(request("/api/straddle/v1/customers"));
    expect(thrown.status).toBe(500);
    const body = await envelopeOf(thrown);
    expect(JSON.stringify(body)).not.toContain("session store down");
    expect(thrower.upstream.calls).toHaveLength(0);

    const bad = rig({ resolveAccountId: () => "acct\r\nX-Evil: 1", onError: (event) => events.push(event) });
    const invalid = await bad.proxy(request("/api/straddle/v1/customers"));
    expect(invalid.status).toBe(500);
    await envelopeOf(invalid);
    expect(bad.upstream.calls).toHaveLength(0);
    expect(events.map((event) => [event.kind, event.hook])).toEqual([
      ["hook_failed", "resolveAccountId"],
      ["invalid_account_id", undefined],
    ]);
  });

  it("response: only content-type, cache-control, nosniff and retry-after; never set-cookie or hop-by-hop headers", async () => {
    const upstream = spyUpstream(
      async () =>
        new Response(
          JSON.stringify({ error: { status: 429, type: "/too_many_requests" }, response_type: "error" }),
          {
            status: 429,
            headers: {
              "content-type": "text/html",
              "set-cookie": "straddle_session=secret",
              connection: "keep-alive, x-internal",
              "keep-alive": "timeout=5",
              "x-internal": "1",
              "strict-transport-security": "max-age=1",
              "retry-after": "7",
            },
          },
        ),
    );
    const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox", fetch: upstream.fetch });
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(429);
    expect(headerNames(response.headers)).toEqual([
      "cache-control",
      "content-type",
      "retry-after",
      "x-content-type-options",
    ]);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe("/too_many_requests");
  });

  it("forwards the sandbox's retry-after of an injected 429 and drops a malformed one", async () => {
    const { proxy, sandbox } = rig();
    sandbox.fail("customers.list", { status: 429, retryAfterSeconds: 3 });
    const limited = await proxy(request("/api/straddle/v1/customers"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");

    sandbox.fail("customers.list", { status: 503, headers: { "retry-after": "soon; drop table" } });
    const odd = await proxy(request("/api/straddle/v1/customers"));
    expect(odd.status).toBe(503);
    expect(odd.headers.has("retry-after")).toBe(false);
  });
});

describe("createStraddleProxy: options", () => {
  it("environment picks the upstream origin; baseUrl overrides it (with a path prefix)", async () => {
    for (const [options, expected] of [
      [{ environment: "production" as const }, "https://production.straddle.com/v1/customers"],
      [{ environment: "sandbox" as const }, "https://sandbox.straddle.com/v1/customers"],
      [
        { environment: "production" as const, baseUrl: "http://127.0.0.1:4010/mock/" },
        "http://127.0.0.1:4010/mock/v1/customers",
      ],
    ] as const) {
      const { proxy, upstream } = rig(options);
      await proxy(request("/api/straddle/v1/customers"));
      expect(upstream.calls[0]?.url).toBe(expected);
    }
  });

  it("defaults to the global fetch", async () => {
    const sandbox = createSandbox();
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => sandbox.fetch(input, init));
    try {
      const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox" });
      const response = await proxy(request("/api/straddle/v1/customers"));
      expect(response.status).toBe(200);
      expect(spy).toHaveBeenCalledWith("https://sandbox.straddle.com/v1/customers", expect.anything());
    } finally {
      spy.mockRestore();
    }
  });

  it("basePath: a custom mount, and the root", async () => {
    const custom = rig({ basePath: "/internal/straddle-proxy/" });
    expect((await custom.proxy(request("/internal/straddle-proxy/v1/customers"))).status).toBe(200);
    expect((await custom.proxy(request("/api/straddle/v1/customers"))).status).toBe(404);
    const root = rig({ basePath: "" });
    expect((await root.proxy(request("/v1/customers"))).status).toBe(200);
    expect((await root.proxy(request("/api/straddle/v1/customers"))).status).toBe(404);
    expect(custom.upstream.calls).toHaveLength(1);
    expect(root.upstream.calls).toHaveLength(1);
  });

  it("allow as a list narrows the endpoints (read-only role) → 403 without a reason", async () => {
    const { proxy, upstream } = rig({ allow: ["customers.get", "customers.review.get", "customers.list"] });
    const id = sandboxIds.reviewIndividualHighRisk;
    expect((await proxy(request(`/api/straddle/v1/customers/${id}/review`))).status).toBe(200);
    const refused = await proxy(
      request(`/api/straddle/v1/customers/${id}/review`, jsonInit("PATCH", { status: "verified" })),
    );
    expect(refused.status).toBe(403);
    const body = await envelopeOf(refused);
    expect(body.error).toEqual({
      status: 403,
      type: "/forbidden",
      title: "Forbidden",
      detail: "Not allowed.",
    });
    expect(upstream.calls.map((call) => call.method)).toEqual(["GET"]);
  });

  it("allow as an async function sees the endpoint and the request", async () => {
    const allow = vi.fn(
      async (endpoint: string, req: Request) =>
        req.headers.get("x-role") === "admin" || endpoint === "customers.list",
    );
    const { proxy, upstream } = rig({ allow });
    expect((await proxy(request("/api/straddle/v1/customers"))).status).toBe(200);
    const path = `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`;
    expect((await proxy(request(path))).status).toBe(403);
    expect((await proxy(request(path, { headers: { "x-role": "admin" } }))).status).toBe(200);
    expect(allow.mock.calls.map(([endpoint]) => endpoint)).toEqual([
      "customers.list",
      "customers.get",
      "customers.get",
    ]);
    expect(upstream.calls).toHaveLength(2);
  });

  it("allowUnmask as a function gets the request and the customer id; false → 403, nothing fetched, no audit", async () => {
    const onUnmask = vi.fn();
    const allowUnmask = vi.fn(
      (req: Request, customerId: string) =>
        req.headers.get("x-role") === "compliance" && customerId !== sandboxIds.verifiedBusiness,
    );
    const { proxy, upstream } = rig({ allowUnmask, onUnmask });
    const path = (id: string) => `/api/straddle/v1/customers/${id}/unmasked`;
    expect((await proxy(request(path(sandboxIds.verifiedIndividual)))).status).toBe(403);
    expect(
      (await proxy(request(path(sandboxIds.verifiedBusiness), { headers: { "x-role": "compliance" } })))
        .status,
    ).toBe(403);
    expect(onUnmask).not.toHaveBeenCalled();
    expect(upstream.calls).toHaveLength(0);
    expect(
      (await proxy(request(path(sandboxIds.verifiedIndividual), { headers: { "x-role": "compliance" } })))
        .status,
    ).toBe(200);
    expect(allowUnmask.mock.calls.map(([, id]) => id)).toEqual([
      sandboxIds.verifiedIndividual,
      sandboxIds.verifiedBusiness,
      sandboxIds.verifiedIndividual,
    ]);
    expect(onUnmask).toHaveBeenCalledTimes(1);
    expect(upstream.calls).toHaveLength(1);
  });

  it("an audit hook that fails closes the door: 500, nothing fetched", async () => {
    const { proxy, upstream } = rig({
      allowUnmask: true,
      onUnmask: async () => {
        throw new Error("audit log unavailable");
      },
    });
    const response = await proxy(
      request(`/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}/unmasked`),
    );
    expect(response.status).toBe(500);
    expect(JSON.stringify(await envelopeOf(response))).not.toContain("audit log");
    expect(upstream.calls).toHaveLength(0);
  });

  it("maxBodyBytes is configurable", async () => {
    const { proxy, upstream } = rig({ maxBodyBytes: 160 });
    const small = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", { ...individual, email: "a@example.com" })),
    );
    expect(small.status).toBe(201);
    const big = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", { ...individual, name: "x".repeat(100) })),
    );
    expect(big.status).toBe(413);
    expect(upstream.calls).toHaveLength(1);
  });

  it("re-serialises the checked JSON: duplicate keys cannot reach Straddle", async () => {
    const { proxy, upstream } = rig();
    const raw = `{"status":"rejected","status":"verified"}`;
    await proxy(
      request(
        `/api/straddle/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`,
        jsonInit("PATCH", raw),
      ),
    );
    expect(upstream.calls[0]?.body).toBe(`{"status":"verified"}`);
  });

  it("refuses invalid options at creation, without echoing the key", () => {
    const base = { apiKey: API_KEY, environment: "sandbox" as const };
    const attempts: [string, () => unknown][] = [
      ["no key", () => createStraddleProxy({ ...base, apiKey: "" })],
      ["key with a newline", () => createStraddleProxy({ ...base, apiKey: `${API_KEY}\r\nX: y` })],
      ["unknown environment", () => createStraddleProxy({ ...base, environment: "staging" as "sandbox" })],
      ["relative baseUrl", () => createStraddleProxy({ ...base, baseUrl: "/straddle" })],
      ["baseUrl with credentials", () => createStraddleProxy({ ...base, baseUrl: "https://u:p@x.test" })],
      ["ftp baseUrl", () => createStraddleProxy({ ...base, baseUrl: "ftp://x.test" })],
      ["basePath with ..", () => createStraddleProxy({ ...base, basePath: "/api/../straddle" })],
      ["basePath with %", () => createStraddleProxy({ ...base, basePath: "/api/%73traddle" })],
      ["basePath without /", () => createStraddleProxy({ ...base, basePath: "api/straddle" })],
      [
        "unknown endpoint in allow",
        () => createStraddleProxy({ ...base, allow: ["customers.get", "paykeys.get" as "customers.get"] }),
      ],
      ["zero maxBodyBytes", () => createStraddleProxy({ ...base, maxBodyBytes: 0 })],
      ["negative timeout", () => createStraddleProxy({ ...base, timeoutMs: -1 })],
    ];
    for (const [name, attempt] of attempts) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toBeInstanceOf(TypeError);
      expect(String((thrown as Error).message), name).not.toContain(API_KEY);
    }
  });
});

describe("createStraddleProxy: upstream failures", () => {
  it("an outage becomes a clean 502 envelope without the key, reported to onError", async () => {
    const events: ProxyErrorEvent[] = [];
    const upstream = spyUpstream(async (url, init) => {
      throw new TypeError(`fetch failed: ${url} ${JSON.stringify(init.headers)}`);
    });
    const proxy = createStraddleProxy({
      apiKey: API_KEY,
      environment: "production",
      fetch: upstream.fetch,
      onError: (event) => events.push(event),
    });
    const response = await proxy(
      request("/api/straddle/v1/customers", { headers: { "Request-Id": "req-outage" } }),
    );
    expect(response.status).toBe(502);
    const body = await envelopeOf(response);
    expect(body.error).toEqual({
      status: 502,
      type: "/bad_gateway",
      title: "Bad Gateway",
      detail: "Straddle could not be reached.",
    });
    expect(upstream.calls).toHaveLength(1);
    expect(events).toEqual([
      {
        kind: "upstream_unreachable",
        endpoint: "customers.list",
        requestId: "req-outage",
        error: expect.any(TypeError),
      },
    ]);
  });

  it("the sandbox's injected network failure is a 502 too", async () => {
    const { proxy, sandbox } = rig();
    sandbox.fail("customers.review.get", { network: true });
    const response = await proxy(request(`/api/straddle/v1/customers/${sandboxIds.reviewBusiness}/review`));
    expect(response.status).toBe(502);
    await envelopeOf(response);
  });

  it("no answer within timeoutMs → 504, and the upstream signal is aborted", async () => {
    const events: ProxyErrorEvent[] = [];
    const upstream = spyUpstream(
      (_url, init) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    const proxy = createStraddleProxy({
      apiKey: API_KEY,
      environment: "sandbox",
      fetch: upstream.fetch,
      timeoutMs: 40,
      onError: (event) => events.push(event),
    });
    const started = Date.now();
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await envelopeOf(response)).error.type).toBe("/gateway_timeout");
    expect(upstream.calls[0]?.signal?.aborted).toBe(true);
    expect(events.map((event) => event.kind)).toEqual(["upstream_timeout"]);
  });

  it("times out even when the upstream ignores its signal, and when the body stalls", async () => {
    const hanging = createStraddleProxy({
      apiKey: API_KEY,
      environment: "sandbox",
      timeoutMs: 30,
      fetch: () => new Promise<Response>(() => undefined),
    });
    expect((await hanging(request("/api/straddle/v1/customers"))).status).toBe(504);
    const stalling = createStraddleProxy({
      apiKey: API_KEY,
      environment: "sandbox",
      timeoutMs: 30,
      fetch: async () => new Response(new ReadableStream({ start: () => undefined }), { status: 200 }),
    });
    expect((await stalling(request("/api/straddle/v1/customers"))).status).toBe(504);
  });

  it("the sandbox's latency beyond timeoutMs → 504", async () => {
    const { proxy, sandbox } = rig({ timeoutMs: 20 });
    sandbox.setLatency(5_000);
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(504);
  });

  it("a client that goes away aborts the upstream call", async () => {
    const upstream = spyUpstream(
      (_url, init) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox", fetch: upstream.fetch });
    const client = new AbortController();
    const pending = proxy(request("/api/straddle/v1/customers", { signal: client.signal }));
    await vi.waitFor(() => expect(upstream.calls).toHaveLength(1));
    client.abort();
    const response = await pending;
    expect(response.status).toBe(502);
    expect(upstream.calls[0]?.signal?.aborted).toBe(true);
  });

  it("Straddle's 401 with an empty body keeps its status with a readable envelope", async () => {
    const proxy = createStraddleProxy({
      apiKey: API_KEY,
      environment: "sandbox",
      fetch: async () => new Response(null, { status: 401 }),
    });
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(401);
    expect((await envelopeOf(response)).error.type).toBe("/unauthorized");
  });

  it("an HTML error page keeps its status; an HTML success and a redirect become 502", async () => {
    const answers = [
      [
        new Response("<html>bad gateway</html>", { status: 503, headers: { "content-type": "text/html" } }),
        503,
      ],
      [new Response("<html>welcome</html>", { status: 200, headers: { "content-type": "text/html" } }), 502],
      [new Response(null, { status: 302, headers: { location: "https://evil.example/" } }), 502],
    ] as const;
    for (const [answer, status] of answers) {
      const upstream = spyUpstream(async () => answer);
      const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox", fetch: upstream.fetch });
      const response = await proxy(request("/api/straddle/v1/customers"));
      expect(response.status).toBe(status);
      const body = await envelopeOf(response);
      expect(JSON.stringify(body)).not.toContain("html");
      expect(JSON.stringify(body)).not.toContain("evil.example");
      expect(response.headers.has("location")).toBe(false);
    }
  });

  it("asks fetch not to follow redirects", async () => {
    const { proxy, upstream } = rig();
    await proxy(request("/api/straddle/v1/customers"));
    const init = upstream.fetch.mock.calls[0]?.[1] as RequestInit;
    expect(init.redirect).toBe("manual");
  });
});
