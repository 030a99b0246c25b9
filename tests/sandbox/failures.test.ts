import { describe, expect, it } from "vitest";
import { createCustomer, getCustomer, getCustomerReview, listCustomers } from "../../src/api";
import { createSandbox, type SandboxEndpoint, sandboxEndpoints, sandboxIds } from "../../src/sandbox";
import { failureOf, individualInput, raw, setup } from "./helpers";

const id = sandboxIds.verifiedIndividual;

describe("fail(): injected failures", () => {
  it("answers the next call with an error envelope of that status, then recovers", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.get", { status: 500 });
    const error = await failureOf(getCustomer(config, id));
    expect(error).toMatchObject({
      kind: "http",
      status: 500,
      type: "/internal_server_error",
      retryable: true,
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getCustomer(config, id)).data.id).toBe(id);
    expect(sandbox.requestsTo("customers.get")).toHaveLength(2);
  });

  it("fails `times` calls in a row, only on that endpoint", async () => {
    const { config, sandbox } = setup();
    sandbox.fail("customers.get", { status: 503, times: 2 });
    expect((await getCustomerReview(config, id)).data.customer_details.id).toBe(id);
    expect((await failureOf(getCustomer(config, id))).status).toBe(503);
    expect((await failureOf(getCustomer(config, id))).status).toBe(503);
    expect((await getCustomer(config, id)).data.id).toBe(id);
  });

  it("queues several failures of one endpoint in order", async () => {
    const { config, sandbox } = setup();
    sandbox.fail("customers.get", { status: 502 });
    sandbox.fail("customers.get", { network: true });
    expect((await failureOf(getCustomer(config, id))).status).toBe(502);
    expect((await failureOf(getCustomer(config, id))).kind).toBe("network");
    expect((await getCustomer(config, id)).data.id).toBe(id);
  });

  it("injects a 422 with items the library maps to fields", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.create", {
      status: 422,
      detail: "Name is on a deny list.",
      items: [{ reference: "name", detail: "Choose another name." }],
    });
    const error = await failureOf(createCustomer(config, individualInput()));
    expect(error).toMatchObject({
      status: 422,
      type: "/validation_error",
      detail: "Name is on a deny list.",
    });
    expect(error.fieldErrors).toEqual({ name: "Choose another name." });
    expect(sandbox.store.list().some((c) => c.email === "new.person@example.com")).toBe(false);
  });

  it("sends retry-after with a 429 (1 s by default, or as given)", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.list", { status: 429 });
    const first = await failureOf(listCustomers(config));
    expect(first).toMatchObject({ status: 429, retryAfterMs: 1000, type: "/too_many_requests" });
    sandbox.fail("customers.list", { status: 429, retryAfterSeconds: 5 });
    const answer = await raw(sandbox, { method: "GET", path: "/v1/customers" });
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("5");
  });

  it("simulates a network failure: TypeError('Failed to fetch'), read as kind 'network'", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.get", { network: true, times: 2 });
    await expect(
      sandbox.fetcher({ method: "GET", path: `/v1/customers/${id}`, headers: {} }),
    ).rejects.toThrow(new TypeError("Failed to fetch"));
    const error = await failureOf(getCustomer(config, id));
    expect(error.kind).toBe("network");
    expect(error.retryable).toBe(true);
  });

  it("can send any body, e.g. a 200 that does not fit the schema, or a 401 with an empty body", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.get", { status: 200, body: { data: { id: 42 } } });
    expect((await failureOf(getCustomer(config, id))).kind).toBe("invalid_response");
    sandbox.fail("customers.get", { status: 401 });
    const answer = await raw(sandbox, { method: "GET", path: `/v1/customers/${id}` });
    expect(answer.status).toBe(401);
    expect(answer.text).toBe("");
  });

  it("keeps failing with times: Infinity until reset()", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.review.get", { status: 500, times: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 5; i++) expect((await failureOf(getCustomerReview(config, id))).status).toBe(500);
    sandbox.reset();
    expect((await getCustomerReview(config, id)).data.customer_details.id).toBe(id);
  });

  it("accepts failures up front in the options", async () => {
    const sandbox = createSandbox({
      failures: [
        { endpoint: "customers.get", status: 404 },
        { endpoint: "customers.list", network: true },
      ],
    });
    const config = { fetcher: sandbox.fetcher };
    expect((await failureOf(getCustomer(config, id))).status).toBe(404);
    expect((await failureOf(listCustomers(config))).kind).toBe("network");
    expect((await getCustomer(config, id)).data.id).toBe(id);
  });

  it("knows every endpoint name and refuses an unknown one", async () => {
    expect(sandboxEndpoints).toHaveLength(9);
    const { sandbox } = setup();
    expect(() => sandbox.fail("customers.nope" as SandboxEndpoint, { status: 500 })).toThrow(
      /Unknown sandbox endpoint/,
    );
    const routes: [SandboxEndpoint, "GET" | "POST" | "PUT" | "PATCH" | "DELETE", string][] = [
      ["customers.get", "GET", `/v1/customers/${id}`],
      ["customers.create", "POST", "/v1/customers"],
      ["customers.update", "PUT", `/v1/customers/${id}`],
      ["customers.delete", "DELETE", `/v1/customers/${id}`],
      ["customers.list", "GET", "/v1/customers"],
      ["customers.unmasked", "GET", `/v1/customers/${id}/unmasked`],
      ["customers.review.get", "GET", `/v1/customers/${id}/review`],
      ["customers.review.decision", "PATCH", `/v1/customers/${id}/review`],
      ["customers.review.refresh_review", "PUT", `/v1/customers/${id}/refresh_review`],
    ];
    for (const [endpoint, method, path] of routes) {
      sandbox.fail(endpoint, { status: 418 });
      const answer = await raw(sandbox, { method, path, body: {} });
      expect(answer.status, endpoint).toBe(418);
      expect(sandbox.requests.at(-1)?.endpoint).toBe(endpoint);
    }
    expect(sandbox.store.has(id)).toBe(true);
  });
});
