import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createStraddleProxy, toNodeHandler } from "../../src/server";
import { passedResponseHeaders, passThroughHeaders } from "../../src/server/passThroughHeaders";
import { API_KEY, envelopeOf, headerNames, jsonInit, request, rig, spyUpstream } from "./helpers";

const customer = {
  type: "individual",
  name: "Header Test",
  email: "header.test@example.com",
  phone: "+12125550111",
  device: { ip_address: "203.0.113.9" },
};

const okBody = JSON.stringify({ meta: { api_request_id: "x" }, response_type: "object", data: {} });

describe("proxy: upstream response headers", () => {
  it("passes Idempotent-Replayed, Retry-After and rate-limit headers, and nothing else", async () => {
    const upstream = spyUpstream(
      async () =>
        new Response(okBody, {
          status: 200,
          headers: {
            "content-type": "application/json",
            "idempotent-replayed": "true",
            "retry-after": "2",
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "99",
            "x-ratelimit-reset": "1767225600",
            ratelimit: "limit=100, remaining=99, reset=30",
            "ratelimit-policy": "100;w=60",
            "set-cookie": "session=secret",
            server: "straddle-gateway/1.2",
            etag: '"abc"',
            "x-request-id": "upstream-internal",
            "x-powered-by": "something",
            via: "1.1 edge",
            "access-control-allow-origin": "*",
            "strict-transport-security": "max-age=1",
          },
        }),
    );
    const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox", fetch: upstream.fetch });
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(200);
    expect(headerNames(response.headers)).toEqual([
      "cache-control",
      "content-type",
      "idempotent-replayed",
      "ratelimit",
      "ratelimit-policy",
      "retry-after",
      "x-content-type-options",
      "x-ratelimit-limit",
      "x-ratelimit-remaining",
      "x-ratelimit-reset",
    ]);
    expect(response.headers.get("idempotent-replayed")).toBe("true");
    expect(response.headers.get("ratelimit")).toBe("limit=100, remaining=99, reset=30");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("99");
  });

  it("drops a passed header whose value is malformed", () => {
    const headers = new Headers({
      "idempotent-replayed": "maybe",
      "retry-after": "soon",
      "x-ratelimit-limit": "100 <script>",
      "x-ratelimit-remaining": "9".repeat(201),
      ratelimit: "limit=5",
      "set-cookie": "a=b",
    });
    expect(passThroughHeaders(headers)).toEqual({ ratelimit: "limit=5" });
    expect(passedResponseHeaders).not.toContain("set-cookie");
  });

  it("keeps the passed headers on an upstream error without a JSON body (a 429 from a gateway)", async () => {
    const upstream = spyUpstream(
      async () =>
        new Response("<html>slow down</html>", {
          status: 429,
          headers: { "content-type": "text/html", "retry-after": "5", "x-ratelimit-remaining": "0" },
        }),
    );
    const proxy = createStraddleProxy({ apiKey: API_KEY, environment: "sandbox", fetch: upstream.fetch });
    const response = await proxy(request("/api/straddle/v1/customers"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
    await envelopeOf(response);
  });

  it("with the sandbox upstream: a replay carries Idempotent-Replayed: true; a reused key with another body is a 409", async () => {
    const { proxy, sandbox } = rig();
    const key = { "Idempotency-Key": "proxy-replay-0001" };
    const first = await proxy(request("/api/straddle/v1/customers", jsonInit("POST", customer, key)));
    expect(first.status).toBe(201);
    expect(first.headers.has("idempotent-replayed")).toBe(false);
    const second = await proxy(request("/api/straddle/v1/customers", jsonInit("POST", customer, key)));
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.text()).toBe(await first.text());

    const conflict = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", { ...customer, name: "Someone Else" }, key)),
    );
    expect(conflict.status).toBe(409);
    const body = await conflict.json();
    expect(body.error).toMatchObject({ status: 409, type: "/conflict", title: "Conflict" });
    expect(sandbox.store.list().filter((c) => c.email === customer.email)).toHaveLength(1);
  });
});

describe("toNodeHandler: passed headers reach an HTTP client", () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it("sends Idempotent-Replayed over the wire", async () => {
    const { proxy } = rig({ basePath: "" });
    server = http.createServer(toNodeHandler(proxy));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const send = () =>
      fetch(`http://127.0.0.1:${port}/v1/customers`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": "wire-replay-00001" },
        body: JSON.stringify(customer),
      });
    const first = await send();
    await first.text();
    const second = await send();
    await second.text();
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.headers.get("idempotent-replayed")).toBe("true");
  });
});
