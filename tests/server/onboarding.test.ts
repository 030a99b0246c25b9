// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createTokenBucket, rateLimit } from "../../examples/admin-panel/tokenBucket";
import { createSandbox, sandboxIds } from "../../src/sandbox";
import {
  createOnboardingProxy,
  type OnboardingProxyOptions,
  type ProxyErrorEvent,
  straddleEndpoints,
} from "../../src/server";
import { API_KEY, chunkedBody, envelopeOf, jsonInit, request, spyUpstream } from "./helpers";

const KEY = "idem-key-onboarding-1";
const FORGED = "8.8.8.8";
const SERVER_IP = "203.0.113.77";
const BASE = "/api/onboarding";
const ID = sandboxIds.verifiedIndividual;

const applicant = {
  type: "individual",
  name: "Leslie Knope",
  email: "leslie.onboarding@example.com",
  phone: "+12125550142",
  device: { ip_address: FORGED },
  address: { address1: "100 Main St", city: "Pawnee", state: "IN", zip: "46001" },
  compliance_profile: { dob: "1975-01-18", ssn: "123-45-6789" },
};

function onboarding(options: Partial<OnboardingProxyOptions> = {}) {
  const sandbox = createSandbox();
  const upstream = spyUpstream((url, init) => sandbox.fetch(url, init));
  const proxy = createOnboardingProxy({
    apiKey: API_KEY,
    environment: "sandbox",
    basePath: BASE,
    fetch: upstream.fetch,
    deviceIp: () => SERVER_IP,
    ...options,
  });
  return { proxy, upstream, sandbox };
}

const create = (body: unknown = applicant, headers: Record<string, string> = { "Idempotency-Key": KEY }) =>
  request(`${BASE}/v1/customers`, jsonInit("POST", body, headers));

/** Every endpoint but create, as a request to the onboarding route. */
const others: [string, () => Request][] = [
  ["customers.list", () => request(`${BASE}/v1/customers?email=leslie`)],
  ["customers.get", () => request(`${BASE}/v1/customers/${ID}`)],
  [
    "customers.update",
    () => request(`${BASE}/v1/customers/${ID}`, jsonInit("PUT", { ...applicant, status: "verified" })),
  ],
  ["customers.delete", () => request(`${BASE}/v1/customers/${ID}`, { method: "DELETE" })],
  ["customers.unmasked", () => request(`${BASE}/v1/customers/${ID}/unmasked`)],
  ["customers.review.get", () => request(`${BASE}/v1/customers/${ID}/review`)],
  [
    "customers.review.decision",
    () => request(`${BASE}/v1/customers/${ID}/review`, jsonInit("PATCH", { status: "verified" })),
  ],
  [
    "customers.review.refresh_review",
    () => request(`${BASE}/v1/customers/${ID}/refresh_review`, { method: "PUT" }),
  ],
];

describe("createOnboardingProxy: anyone may create, nobody may read", () => {
  it("covers every endpoint but create in the refusal list", () => {
    expect(others.map(([name]) => name).sort()).toEqual(
      straddleEndpoints.filter((name) => name !== "customers.create").sort(),
    );
  });

  it.each(others)("refuses %s with 403 and contacts nothing", async (_name, make) => {
    const { proxy, upstream } = onboarding();
    const response = await proxy(make());
    expect(response.status).toBe(403);
    const body = await envelopeOf(response);
    // Which rule refused is nobody's business: no detail at all.
    expect(body.error.detail).toBeUndefined();
    expect(upstream.calls).toHaveLength(0);
  });

  it("creates, with the server's IP, and answers only the id and a neutral state", async () => {
    const { proxy, upstream, sandbox } = onboarding();
    const response = await proxy(create());
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const body = JSON.parse(text) as { data: Record<string, unknown>; meta: Record<string, unknown> };
    expect(Object.keys(body.data).sort()).toEqual(["id", "state"]);
    expect(body.data.state).toBe("received");
    expect(body.data.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(body.meta)).toEqual(["api_request_id"]);
    // What the upstream answered (status, PII, masked or not) is not in the response.
    const stored = sandbox.requestsTo("customers.create");
    expect(stored).toHaveLength(1);
    for (const secret of ["Leslie", "leslie.onboarding", "2125550142", "Pawnee", "1975", "6789", "status"]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(upstream.calls[0]?.body ?? "{}").device).toEqual({ ip_address: SERVER_IP });
    expect(upstream.calls[0]?.body).not.toContain(FORGED);
    expect(upstream.calls[0]?.headers.get("idempotency-key")).toBe(KEY);
  });

  it("a screening outcome never shows: a sandbox 'rejected' answer looks like any other", async () => {
    const { proxy } = onboarding();
    const rejected = await proxy(create({ ...applicant, email: "leslie+reject@example.com" }));
    const verified = await proxy(
      create(
        { ...applicant, email: "leslie+ok@example.com" },
        { "Idempotency-Key": "idem-key-onboarding-2" },
      ),
    );
    const shape = async (response: Response) => {
      const body = (await response.json()) as { data: Record<string, unknown> };
      return { status: response.status, keys: Object.keys(body.data), state: body.data.state };
    };
    expect(await shape(rejected)).toEqual(await shape(verified));
  });

  it("drops the host-only fields the applicant sent; hostFields sets them instead", async () => {
    const { proxy, upstream } = onboarding({
      hostFields: async (request) => ({
        metadata: { campaign: request.headers.get("x-campaign") ?? "none" },
        config: { processing_method: "inline" },
      }),
    });
    const hostile = {
      ...applicant,
      status: "verified",
      external_id: "someone-elses-id",
      metadata: { vip: "true" },
      config: { processing_method: "skip", sandbox_outcome: "verified" },
    };
    const response = await proxy(create(hostile, { "Idempotency-Key": KEY, "x-campaign": "spring" }));
    expect(response.status).toBe(201);
    const sent = JSON.parse(upstream.calls[0]?.body ?? "{}") as Record<string, unknown>;
    expect(sent.status).toBeUndefined();
    expect(sent.external_id).toBeUndefined();
    expect(sent.metadata).toEqual({ campaign: "spring" });
    expect(sent.config).toEqual({ processing_method: "inline" });
    expect(sent.name).toBe(applicant.name);
    expect(sent.device).toEqual({ ip_address: SERVER_IP });

    const plain = onboarding();
    await plain.proxy(create(hostile));
    const bare = JSON.parse(plain.upstream.calls[0]?.body ?? "{}") as Record<string, unknown>;
    expect(Object.keys(bare).sort()).toEqual(
      ["address", "compliance_profile", "device", "email", "name", "phone", "type"].sort(),
    );
  });

  it("requires an Idempotency-Key (400) and checks its format (400), sending nothing", async () => {
    const { proxy, upstream } = onboarding();
    const missing = await proxy(create(applicant, {}));
    expect(missing.status).toBe(400);
    expect((await envelopeOf(missing)).error.detail).toMatch(/Idempotency-Key/);
    const bad = await proxy(create(applicant, { "Idempotency-Key": "short" }));
    expect(bad.status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it("a retry with the same key creates once and answers the same id", async () => {
    const { proxy, sandbox } = onboarding();
    const first = (await (await proxy(create())).json()) as { data: { id: string } };
    const second = (await (await proxy(create())).json()) as { data: { id: string } };
    expect(second.data.id).toBe(first.data.id);
    const list = (await sandbox
      .fetch("https://sandbox.straddle.com/v1/customers?email=leslie.onboarding%40example.com", {
        headers: { Authorization: `Bearer ${API_KEY}` },
      })
      .then((response) => response.json())) as { data: unknown[] };
    expect(list.data).toHaveLength(1);
  });

  it("caps the body at 16 KiB by default (413), streamed or declared", async () => {
    const { proxy, upstream } = onboarding();
    const big = await proxy(
      request(`${BASE}/v1/customers`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": KEY },
        body: chunkedBody(17, 1024),
        duplex: "half",
      }),
    );
    expect(big.status).toBe(413);
    const padded = { ...applicant, metadata: { note: "x".repeat(16 * 1024) } };
    expect((await proxy(create(padded))).status).toBe(413);
    expect(upstream.calls).toHaveLength(0);
  });

  it("validation errors keep the field items the form needs, and nothing else", async () => {
    const { proxy } = onboarding();
    const response = await proxy(create({ ...applicant, email: "not-an-email", phone: "12" }));
    expect(response.status).toBe(422);
    const body = await envelopeOf(response);
    expect(body.error.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ reference: "email" })]),
    );
  });

  it("an upstream error that is not about the input keeps its status, without details", async () => {
    const { proxy, sandbox } = onboarding();
    sandbox.fail("customers.create", { status: 503, times: 1 });
    const response = await proxy(create());
    expect(response.status).toBe(503);
    const body = await envelopeOf(response);
    expect(body.error.detail).toBeUndefined();
  });

  it("fails closed without a usable server IP, and refuses to be created without deviceIp", async () => {
    const events: ProxyErrorEvent[] = [];
    const { proxy, upstream } = onboarding({ deviceIp: () => undefined, onError: (e) => events.push(e) });
    expect((await proxy(create())).status).toBe(500);
    expect(upstream.calls).toHaveLength(0);
    expect(events.map((event) => event.kind)).toEqual(["invalid_device_ip"]);
    expect(() =>
      createOnboardingProxy({ apiKey: API_KEY, environment: "sandbox" } as OnboardingProxyOptions),
    ).toThrow(/deviceIp is required/);
  });
});

describe("beforeForward: the host's rate limit or bot check", () => {
  it("can refuse: its Response goes out as the host made it, and nothing is forwarded", async () => {
    const seen: string[] = [];
    const { proxy, upstream } = onboarding({
      beforeForward: async (request) => {
        seen.push(request.headers.get("x-captcha") ?? "none");
        return request.headers.get("x-captcha") === "ok"
          ? undefined
          : new Response("bot check failed", { status: 403, headers: { "x-reason": "captcha" } });
      },
    });
    const refused = await proxy(create());
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-reason")).toBe("captcha");
    expect(await refused.text()).toBe("bot check failed");
    expect(upstream.calls).toHaveLength(0);
    const allowed = await proxy(create(applicant, { "Idempotency-Key": KEY, "x-captcha": "ok" }));
    expect(allowed.status).toBe(201);
    expect(seen).toEqual(["none", "ok"]);
  });

  it("runs after the allowlist: a refused endpoint never reaches it", async () => {
    let calls = 0;
    const { proxy } = onboarding({
      beforeForward: () => {
        calls++;
        return undefined;
      },
    });
    expect((await proxy(request(`${BASE}/v1/customers/${ID}`))).status).toBe(403);
    expect(calls).toBe(0);
  });

  it("a hook that throws is a quiet 500", async () => {
    const events: ProxyErrorEvent[] = [];
    const { proxy, upstream } = onboarding({
      beforeForward: () => {
        throw new Error("redis down");
      },
      onError: (event) => events.push(event),
    });
    const response = await proxy(create());
    expect(response.status).toBe(500);
    expect(upstream.calls).toHaveLength(0);
    expect(events[0]).toMatchObject({ kind: "hook_failed", hook: "beforeForward" });
  });

  it("the README's in-memory token bucket: a burst, then 429 with Retry-After, then a refill", async () => {
    let now = 0;
    const bucket = createTokenBucket({ capacity: 2, refillPerSecond: 0.5, now: () => now });
    const { proxy, upstream } = onboarding({ beforeForward: rateLimit(bucket, () => SERVER_IP) });
    const keys = ["idem-key-bucket-0001", "idem-key-bucket-0002", "idem-key-bucket-0003"];
    const statuses: number[] = [];
    for (const [index, key] of keys.entries()) {
      const body = { ...applicant, email: `bucket.${index}@example.com` };
      statuses.push((await proxy(create(body, { "Idempotency-Key": key }))).status);
    }
    expect(statuses).toEqual([201, 201, 429]);
    const limited = await proxy(create(applicant, { "Idempotency-Key": "idem-key-bucket-0004" }));
    expect(limited.headers.get("retry-after")).toBe("2");
    expect((await envelopeOf(limited)).error.status).toBe(429);
    expect(upstream.calls).toHaveLength(2);
    now += 2_000;
    const refilled = await proxy(
      create({ ...applicant, email: "bucket.5@example.com" }, { "Idempotency-Key": "idem-key-bucket-0005" }),
    );
    expect(refilled.status).toBe(201);
  });

  it("the bucket is per client: one address's burst does not limit another", () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerSecond: 1, now: () => 0 });
    expect(bucket.take("a")).toBe(0);
    expect(bucket.take("a")).toBe(1);
    expect(bucket.take("b")).toBe(0);
  });
});
