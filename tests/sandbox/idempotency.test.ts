import { describe, expect, it } from "vitest";
import { createCustomer, decideCustomerReview, deleteCustomer } from "../../src/api";
import { sandboxIds } from "../../src/sandbox";
import { failureOf, individualInput, raw, setup } from "./helpers";

const createWithKey = (key: string, body: unknown) => ({
  method: "POST" as const,
  path: "/v1/customers",
  headers: { "Idempotency-Key": key },
  body,
});

describe("Idempotency-Key", () => {
  it("replays the stored answer for the same key and body: same status and body, one record", async () => {
    const { sandbox } = setup();
    const before = sandbox.store.size;
    const body = individualInput("once@example.com");
    const first = await raw(sandbox, createWithKey("key-0000000001", body));
    const second = await raw(sandbox, createWithKey("key-0000000001", { ...body }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(sandbox.store.size).toBe(before + 1);
    expect(sandbox.store.list().filter((c) => c.email === "once@example.com")).toHaveLength(1);
  });

  it("treats bodies that differ only in key order as the same request", async () => {
    const { sandbox } = setup();
    const body = individualInput("order@example.com");
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = await raw(sandbox, createWithKey("key-order-0001", body));
    const second = await raw(sandbox, createWithKey("key-order-0001", reordered));
    expect(second.body?.data?.id).toBe(first.body?.data?.id);
  });

  it("gives the library's retry with the same key the same customer", async () => {
    const { sandbox, config } = setup();
    const input = individualInput("retry@example.com");
    const a = await createCustomer(config, input, { idempotencyKey: "attempt-0000000001" });
    const b = await createCustomer(config, input, { idempotencyKey: "attempt-0000000001" });
    expect(b.data.id).toBe(a.data.id);
    expect(b.meta.api_request_id).toBe(a.meta.api_request_id);
    expect(sandbox.requestsTo("customers.create")).toHaveLength(2);
    const c = await failureOf(createCustomer(config, input, { idempotencyKey: "attempt-0000000002" }));
    expect(c.status).toBe(422);
    expect(c.detail).toContain("already exists");
  });

  it("answers the same key with a different body (or endpoint) with 409 Conflict in the API's envelope", async () => {
    const { sandbox } = setup();
    const before = sandbox.store.size;
    await raw(sandbox, createWithKey("key-conflict-01", individualInput("first@example.com")));
    const other = await raw(sandbox, createWithKey("key-conflict-01", individualInput("second@example.com")));
    expect(other.status).toBe(409);
    expect(other.body?.response_type).toBe("error");
    expect(other.body?.error).toMatchObject({ status: 409, type: "/conflict", title: "Conflict", items: [] });
    expect(other.body?.error?.detail).toContain("Idempotency-Key was already used for another request");
    expect(other.body?.meta?.api_request_id).toEqual(expect.any(String));
    expect(other.headers.get("Idempotent-Replayed")).toBeNull();
    expect(sandbox.store.size).toBe(before + 1);
    expect(sandbox.store.list().some((c) => c.email === "second@example.com")).toBe(false);
    const elsewhere = await raw(sandbox, {
      method: "DELETE",
      path: `/v1/customers/${sandboxIds.inactiveBusiness}`,
      headers: { "Idempotency-Key": "key-conflict-01" },
    });
    expect(elsewhere.status).toBe(409);
    expect(sandbox.store.has(sandboxIds.inactiveBusiness)).toBe(true);
  });

  it("the client library reads the conflict as a clear, non-retryable 409; the same body is still replayed", async () => {
    const { sandbox, config } = setup();
    const input = individualInput("conflict.client@example.com");
    const created = await createCustomer(config, input, { idempotencyKey: "client-conflict-1" });
    const error = await failureOf(
      createCustomer(config, { ...input, name: "Someone Else" }, { idempotencyKey: "client-conflict-1" }),
    );
    expect(error.kind).toBe("http");
    expect(error.status).toBe(409);
    expect(error.type).toBe("/conflict");
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(
      /^Conflict \(409\) at POST \/v1\/customers: .*Idempotency-Key.*\(Not retried\.\)$/,
    );
    expect(error.fieldErrors).toEqual({});
    const replayed = await createCustomer(config, input, { idempotencyKey: "client-conflict-1" });
    expect(replayed.data.id).toBe(created.data.id);
    expect(sandbox.store.list().filter((c) => c.email === input.email)).toHaveLength(1);
  });

  it("answers a key outside 10–40 characters with 400, doing nothing", async () => {
    const { sandbox } = setup();
    const before = sandbox.store.size;
    for (const key of ["short-key", "k".repeat(41), "x".repeat(43)]) {
      const answer = await raw(
        sandbox,
        createWithKey(key, individualInput(`bad.key.${key.length}@example.com`)),
      );
      expect(answer.status, key).toBe(400);
      expect(answer.body?.error?.type).toBe("/bad_request");
      expect(answer.body?.error?.detail).toBe("The Idempotency-Key header value is not valid.");
    }
    for (const key of ["k".repeat(10), "k".repeat(40)]) {
      const answer = await raw(
        sandbox,
        createWithKey(key, individualInput(`good.key.${key.length}@example.com`)),
      );
      expect(answer.status, key).toBe(201);
    }
    expect(sandbox.store.size).toBe(before + 2);
  });

  it("reads the header name in any case and ignores it on GETs", async () => {
    const { sandbox } = setup();
    const lower = await raw(sandbox, {
      method: "POST",
      path: "/v1/customers",
      headers: { "idempotency-key": "short" },
      body: individualInput(),
    });
    expect(lower.status).toBe(400);
    const get = await raw(sandbox, {
      method: "GET",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}`,
      headers: { "Idempotency-Key": "short" },
    });
    expect(get.status).toBe(200);
  });

  it("replays a decision and a delete instead of failing the retry", async () => {
    const { config } = setup();
    const options = { idempotencyKey: "decide-0000000001" };
    const first = await decideCustomerReview(
      config,
      sandboxIds.reviewBusiness,
      { status: "verified" },
      options,
    );
    const retry = await decideCustomerReview(
      config,
      sandboxIds.reviewBusiness,
      { status: "verified" },
      options,
    );
    expect(retry).toEqual(first);
    const removed = await deleteCustomer(config, sandboxIds.inactiveBusiness, {
      idempotencyKey: "delete-000000001",
    });
    const again = await deleteCustomer(config, sandboxIds.inactiveBusiness, {
      idempotencyKey: "delete-000000001",
    });
    expect(again.data.id).toBe(removed.data.id);
  });

  it("does not remember failed attempts: a retry after a 500 runs", async () => {
    const { sandbox, config } = setup();
    sandbox.fail("customers.create", { status: 500 });
    const input = individualInput("after500@example.com");
    expect(
      (await failureOf(createCustomer(config, input, { idempotencyKey: "after-500-00001" }))).status,
    ).toBe(500);
    const ok = await createCustomer(config, input, { idempotencyKey: "after-500-00001" });
    expect(ok.data.email).toBe("after500@example.com");
  });

  it("forgets keys on reset()", async () => {
    const { sandbox } = setup();
    await raw(sandbox, createWithKey("key-reset-0001", individualInput("a@example.com")));
    sandbox.reset();
    const other = await raw(sandbox, createWithKey("key-reset-0001", individualInput("b@example.com")));
    expect(other.status).toBe(201);
  });
});
