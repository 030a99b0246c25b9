import { afterEach, describe, expect, it, vi } from "vitest";
import { createCustomer, createFetchFetcher, getCustomer, listCustomers } from "../../src/api";
import { sandboxIds } from "../../src/sandbox";
import { failureOf, individualInput, raw, setup } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

describe("sandbox fetcher: transport", () => {
  it("resolves to a real Response with a JSON body", async () => {
    const { sandbox } = setup();
    const response = await sandbox.fetcher({
      method: "GET",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}`,
      headers: {},
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { response_type: string; data: { id: string } };
    expect(body.response_type).toBe("object");
    expect(body.data.id).toBe(sandboxIds.verifiedIndividual);
  });

  it("answers an unknown route or method with a 404 error envelope", async () => {
    const { sandbox } = setup();
    for (const [method, path] of [
      ["GET", "/v1/payments"],
      ["PATCH", "/v1/customers"],
      ["POST", `/v1/customers/${sandboxIds.verifiedIndividual}/review`],
      ["GET", `/v1/customers/${sandboxIds.verifiedIndividual}/review/refresh`],
    ] as const) {
      const answer = await raw(sandbox, { method, path });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body?.response_type).toBe("error");
      expect(answer.body?.error?.type).toBe("/not_found");
      expect(answer.body?.error?.status).toBe(404);
      expect(answer.body?.error?.items).toEqual([]);
      expect(typeof answer.body?.meta?.api_request_id).toBe("string");
    }
    expect(sandbox.requests.map((entry) => entry.endpoint)).toEqual([null, null, null, null]);
  });

  it("decodes ids in the path", async () => {
    const { sandbox } = setup();
    const encoded = await raw(sandbox, {
      method: "GET",
      path: `/v1/customers/${encodeURIComponent("a/b c")}`,
    });
    expect(encoded.status).toBe(404);
    expect(encoded.body?.error?.detail).toBe("Customer 'a/b c' was not found.");
    expect(sandbox.requests[0]?.customerId).toBe("a/b c");
    const upper = await raw(sandbox, {
      method: "GET",
      path: `/v1/customers/%33${sandboxIds.apiExample.slice(1)}`,
    });
    expect(upper.status).toBe(200);
  });

  it("reads query values as strings, arrays comma-joined, also from the path", async () => {
    const { sandbox } = setup();
    const fromArray = await raw(sandbox, {
      method: "GET",
      path: "/v1/customers",
      query: { status: ["review", "pending"], page_size: 3, name: undefined },
    });
    expect(fromArray.status).toBe(200);
    expect(sandbox.requests[0]?.query).toEqual({ status: "review,pending", page_size: "3" });
    const fromPath = await raw(sandbox, { method: "GET", path: "/v1/customers?page_size=2&types=business" });
    expect(fromPath.body?.meta?.page_size).toBe(2);
    expect(sandbox.requests[1]?.path).toBe("/v1/customers");
    expect(sandbox.requests[1]?.query).toEqual({ page_size: "2", types: "business" });
  });

  it("logs every request with endpoint, method, path, query, headers and a copy of the body", async () => {
    const { sandbox, config } = setup();
    const input = individualInput("logged@example.com");
    await createCustomer({ ...config, accountId: "acct-7" }, input, {
      idempotencyKey: "key-logged-0001",
      requestId: "req-1",
    });
    await getCustomer(config, sandboxIds.verifiedBusiness);
    await listCustomers(config, { types: ["business"], page_size: 5 });
    input.name = "Changed afterwards";

    expect(sandbox.requests).toHaveLength(3);
    const [create, get, list] = sandbox.requests;
    expect(create).toMatchObject({
      endpoint: "customers.create",
      method: "POST",
      path: "/v1/customers",
      headers: {
        "Idempotency-Key": "key-logged-0001",
        "Request-Id": "req-1",
        "Straddle-Account-Id": "acct-7",
      },
    });
    expect(create?.body).toMatchObject({ name: "New Person" });
    expect(get).toMatchObject({
      endpoint: "customers.get",
      customerId: sandboxIds.verifiedBusiness,
      body: undefined,
    });
    expect(list).toMatchObject({ endpoint: "customers.list", query: { types: "business", page_size: "5" } });
    expect(sandbox.requestsTo("customers.get")).toHaveLength(1);
    expect(sandbox.requestsTo("customers.delete")).toHaveLength(0);
  });

  it("answers a body that is not JSON with 400", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, { method: "POST", path: "/v1/customers", body: "{not json" });
    expect(answer.status).toBe(400);
    expect(answer.body?.error?.type).toBe("/bad_request");
  });
});

describe("sandbox fetcher: latency and abort", () => {
  it("waits the configured latency before answering", async () => {
    vi.useFakeTimers();
    const { sandbox, config } = setup({ latency: 200 });
    let done = false;
    const call = getCustomer(config, sandboxIds.verifiedIndividual).then((r) => {
      done = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).data.id).toBe(sandboxIds.verifiedIndividual);

    sandbox.setLatency(0);
    let quick = false;
    const second = getCustomer(config, sandboxIds.verifiedIndividual).then(() => {
      quick = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    await second;
    expect(quick).toBe(true);
  });

  it("rejects with an AbortError when the signal aborts during the latency", async () => {
    vi.useFakeTimers();
    const { sandbox } = setup({ latency: 1000 });
    const controller = new AbortController();
    const call = sandbox.fetcher({
      method: "GET",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}`,
      headers: {},
      signal: controller.signal,
    });
    const outcome = call.then(
      () => "resolved",
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(300);
    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
  });

  it("makes the library report an aborted call as kind 'aborted'", async () => {
    const { config } = setup({ latency: 50 });
    const controller = new AbortController();
    const call = getCustomer(config, sandboxIds.verifiedIndividual, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await failureOf(call);
    expect(error.kind).toBe("aborted");
  });

  it("rejects at once when the signal is already aborted", async () => {
    const { sandbox } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      sandbox.fetcher({ method: "GET", path: "/v1/customers", headers: {}, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(sandbox.requests).toHaveLength(1);
  });
});

describe("sandbox.fetch (fetch-shaped front)", () => {
  it("serves createFetchFetcher with any base URL", async () => {
    const { sandbox } = setup();
    const config = {
      fetcher: createFetchFetcher({ baseUrl: "https://host.example/api/straddle/", fetch: sandbox.fetch }),
    };
    const got = await getCustomer(config, sandboxIds.verifiedBusiness);
    expect(got.data.name).toBe("Paunch Burger LLC");
    const page = await listCustomers(config, { status: ["inactive"], types: ["business"] });
    expect(page.data.map((c) => c.id)).toContain(sandboxIds.inactiveBusiness);
    expect(page.data.every((c) => c.status === "inactive" && c.type === "business")).toBe(true);
    const created = await createCustomer(config, individualInput("via.fetch@example.com"));
    expect(created.data.email).toBe("via.fetch@example.com");
    const logged = sandbox.requestsTo("customers.create")[0];
    expect(logged?.path).toBe("/v1/customers");
    expect(logged?.body).toMatchObject({ email: "via.fetch@example.com" });
    expect(logged?.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
