// @vitest-environment node
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxIds } from "../../src/sandbox";
import {
  deviceIpFrom,
  normalizeDeviceIp,
  type ProxyErrorEvent,
  socketAddress,
  toNodeHandler,
} from "../../src/server";
import { envelopeOf, jsonInit, request, rig } from "./helpers";

const KEY = "idem-key-device-ip-01";
const FORGED = "8.8.8.8";
const applicant = {
  type: "individual",
  name: "Device Person",
  email: "device.person@example.com",
  phone: "+12125550142",
  device: { ip_address: FORGED },
};

function sentBody(calls: { body: string | undefined }[]): Record<string, unknown> {
  return JSON.parse(calls.at(-1)?.body ?? "null") as Record<string, unknown>;
}

describe("normalizeDeviceIp", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 198.51.100.1 ", "198.51.100.1"],
    ["0.0.0.0", "0.0.0.0"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:cb00:7107", "203.0.113.7"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["::1", "::1"],
    ["fe80::", "fe80::"],
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDeviceIp(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["a name", "localhost"],
    ["out of range", "256.1.1.1"],
    ["leading zero", "01.2.3.4"],
    ["three parts", "1.2.3"],
    ["two ::", "1::2::3"],
    ["nine groups", "1:2:3:4:5:6:7:8:9"],
    ["a zone id", "fe80::1%eth0"],
    ["a list", "203.0.113.7, 10.0.0.1"],
    ["script", "<script>"],
    ["not a string", 42],
    ["undefined", undefined],
  ])("refuses %s", (_name, input) => {
    expect(normalizeDeviceIp(input)).toBeUndefined();
  });
});

describe("deviceIpFrom", () => {
  const withHeaders = (headers: Record<string, string>) => request("/api/straddle/v1/customers", { headers });

  it("x-forwarded-for: the hop the trusted proxies vouch for, never the client's own entries", () => {
    const one = deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 1 });
    const two = deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 2 });
    // The client forged "8.8.8.8"; the load balancer appended the real peer 198.51.100.4.
    const forged = withHeaders({ "X-Forwarded-For": "8.8.8.8, 198.51.100.4" });
    expect(one(forged)).toBe("198.51.100.4");
    // Two proxies: the CDN appended the client, the balancer appended the CDN.
    expect(two(withHeaders({ "X-Forwarded-For": "8.8.8.8, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
    // Fewer hops than trusted proxies, or no header: nothing (the proxy then fails closed).
    expect(two(withHeaders({ "X-Forwarded-For": "203.0.113.9" }))).toBeUndefined();
    expect(one(withHeaders({}))).toBeUndefined();
    expect(() => deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 0 })).toThrow(TypeError);
  });

  it("vercel and cloudflare read their platform's header only", () => {
    const vercel = deviceIpFrom({ from: "vercel" });
    const cloudflare = deviceIpFrom({ from: "cloudflare" });
    const both = withHeaders({
      "X-Vercel-Forwarded-For": "203.0.113.20",
      "CF-Connecting-IP": "2001:db8::7",
      "X-Forwarded-For": FORGED,
    });
    expect(vercel(both)).toBe("203.0.113.20");
    expect(cloudflare(both)).toBe("2001:db8::7");
    expect(vercel(withHeaders({ "X-Forwarded-For": FORGED }))).toBeUndefined();
    expect(cloudflare(withHeaders({ "X-Forwarded-For": FORGED }))).toBeUndefined();
  });

  it("socket: nothing outside toNodeHandler", () => {
    expect(deviceIpFrom({ from: "socket" })(withHeaders({ "X-Forwarded-For": FORGED }))).toBeUndefined();
  });
});

describe("createStraddleProxy({ deviceIp }): the server decides device.ip_address", () => {
  it("create: the client's ip_address never reaches the upstream; the server's does", async () => {
    const { proxy, upstream, sandbox } = rig({ deviceIp: () => "203.0.113.50" });
    const response = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", applicant, { "Idempotency-Key": KEY })),
    );
    expect(response.status).toBe(201);
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls[0]?.body).not.toContain(FORGED);
    expect(sentBody(upstream.calls).device).toEqual({ ip_address: "203.0.113.50" });
    expect(sandbox.requestsTo("customers.create")).toHaveLength(1);
  });

  it("create without any device from the client: stamped as well", async () => {
    const { device: _device, ...withoutDevice } = applicant;
    const { proxy, upstream } = rig({ deviceIp: async () => "::ffff:198.51.100.23" });
    const response = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", withoutDevice, { "Idempotency-Key": KEY })),
    );
    expect(response.status).toBe(201);
    expect(sentBody(upstream.calls).device).toEqual({ ip_address: "198.51.100.23" });
  });

  it("update: overwritten too, and extra fields the client put in device are dropped", async () => {
    const { proxy, upstream } = rig({ deviceIp: () => "203.0.113.51" });
    const response = await proxy(
      request(
        `/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`,
        jsonInit(
          "PUT",
          { ...applicant, status: "verified", device: { ip_address: FORGED, forwarded: FORGED } },
          { "Idempotency-Key": KEY },
        ),
      ),
    );
    expect(response.status).toBe(200);
    expect(upstream.calls[0]?.body).not.toContain(FORGED);
    expect(sentBody(upstream.calls).device).toEqual({ ip_address: "203.0.113.51" });
  });

  it.each([
    ["undefined", () => undefined],
    ["not an IP", () => "unknown"],
    ["a list", () => "203.0.113.7, 8.8.8.8"],
  ])(
    "fails closed when deviceIp gives %s: 500, nothing sent, never the client's value",
    async (_name, deviceIp) => {
      const events: ProxyErrorEvent[] = [];
      const { proxy, upstream } = rig({ deviceIp, onError: (event) => events.push(event) });
      const response = await proxy(
        request("/api/straddle/v1/customers", jsonInit("POST", applicant, { "Idempotency-Key": KEY })),
      );
      expect(response.status).toBe(500);
      const body = await envelopeOf(response);
      expect(JSON.stringify(body)).not.toContain(FORGED);
      expect(upstream.calls).toHaveLength(0);
      expect(events.map((event) => event.kind)).toEqual(["invalid_device_ip"]);
    },
  );

  it("a deviceIp that throws is a quiet 500 reported as a failed hook", async () => {
    const events: ProxyErrorEvent[] = [];
    const { proxy, upstream } = rig({
      deviceIp: () => {
        throw new Error("session store down");
      },
      onError: (event) => events.push(event),
    });
    const response = await proxy(
      request("/api/straddle/v1/customers", jsonInit("POST", applicant, { "Idempotency-Key": KEY })),
    );
    expect(response.status).toBe(500);
    expect(upstream.calls).toHaveLength(0);
    expect(events[0]).toMatchObject({ kind: "hook_failed", hook: "deviceIp" });
  });

  it("reads nothing on the endpoints without a device (get, list)", async () => {
    let asked = 0;
    const { proxy } = rig({
      deviceIp: () => {
        asked++;
        return undefined;
      },
    });
    expect((await proxy(request(`/api/straddle/v1/customers/${sandboxIds.verifiedIndividual}`))).status).toBe(
      200,
    );
    expect((await proxy(request("/api/straddle/v1/customers"))).status).toBe(200);
    expect(asked).toBe(0);
  });
});

describe("deviceIpFrom({ from: 'socket' }) under toNodeHandler", () => {
  let server: Server;
  let port: number;
  const seen: (string | undefined)[] = [];
  const { proxy, upstream } = rig({
    deviceIp: (request) => {
      seen.push(socketAddress(request));
      return deviceIpFrom({ from: "socket" })(request);
    },
  });

  beforeAll(async () => {
    server = createServer(toNodeHandler(proxy));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("stamps the connection's peer address, ignoring X-Forwarded-For and the body", async () => {
    const body = JSON.stringify(applicant);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/api/straddle/v1/customers",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            "idempotency-key": KEY,
            "x-forwarded-for": FORGED,
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(201);
    expect(seen).toEqual(["127.0.0.1"]);
    expect(upstream.calls[0]?.body).not.toContain(FORGED);
    expect(sentBody(upstream.calls).device).toEqual({ ip_address: "127.0.0.1" });
  });
});

describe("createStraddleProxy({ beforeForward }) on the staff proxy", () => {
  it("runs after the allowlist, may refuse with its own Response, and anything else is a 500", async () => {
    const seen: string[] = [];
    const { proxy, upstream } = rig({
      allow: ["customers.get", "customers.list"],
      beforeForward: (request, endpoint) => {
        seen.push(endpoint);
        if (request.headers.get("x-bot") === "yes") return new Response(null, { status: 429 });
        if (request.headers.get("x-bot") === "odd") return "nope" as unknown as Response;
        return undefined;
      },
    });
    expect((await proxy(request("/api/straddle/v1/customers", { headers: { "x-bot": "yes" } }))).status).toBe(
      429,
    );
    expect((await proxy(request("/api/straddle/v1/customers", { headers: { "x-bot": "odd" } }))).status).toBe(
      500,
    );
    expect(upstream.calls).toHaveLength(0);
    expect((await proxy(request("/api/straddle/v1/customers"))).status).toBe(200);
    // Refused by allow: never asked.
    const create = jsonInit("POST", applicant, { "Idempotency-Key": KEY });
    expect((await proxy(request("/api/straddle/v1/customers", create))).status).toBe(403);
    expect(seen).toEqual(["customers.list", "customers.list", "customers.list"]);
  });
});
