import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { StraddleError } from "../../src/api/errors";
import type { CreateCustomerInput } from "../../src/api/schemas/requests";
import { useCreateCustomer, useCustomer } from "../../src/hooks";
import { retryDelay, shouldRetry } from "../../src/hooks/retry";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "./harness";

const id = sandboxIds.verifiedIndividual;
const input: CreateCustomerInput = {
  type: "individual",
  name: "Grace Hopper",
  email: "grace.hopper@example.com",
  phone: "+12125550123",
  device: { ip_address: "192.168.1.1" },
};

describe("retries", () => {
  test("no retry for a 4xx", async () => {
    const h = setup();
    h.sandbox.fail("customers.get", { status: 404, times: 5 });
    const { result } = renderHook(() => useCustomer(id), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(h.count("GET")).toBe(1);
    expect(result.current.error?.status).toBe(404);
    expect(h.errors).toHaveLength(1);
  });

  test("up to 2 retries for 5xx and network errors, then the data", async () => {
    const h = setup();
    h.sandbox.fail("customers.get", { status: 503, times: 1 });
    h.sandbox.fail("customers.get", { network: true, times: 1 });
    const { result } = renderHook(() => useCustomer(id), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(h.count("GET")).toBe(3);
  });

  test("gives up after 2 retries", async () => {
    const h = setup();
    h.sandbox.fail("customers.get", { status: 500, times: 10 });
    const { result } = renderHook(() => useCustomer(id), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("error"), { timeout: 2000 });
    expect(h.count("GET")).toBe(3);
    expect(result.current.error?.retryable).toBe(true);
  });

  test("a 409 Conflict (an Idempotency-Key reused with another body) is not retried", async () => {
    const h = setup();
    h.sandbox.fail("customers.create", { status: 409, times: 5 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    await act(async () => {
      await result.current.create(input).catch(() => {});
    });
    await waitFor(() => expect(result.current.error?.status).toBe(409));
    expect(h.count("POST")).toBe(1);
    expect(result.current.error?.retryable).toBe(false);
    expect(result.current.error?.message).toContain("(Not retried.)");
  });

  test("429 is retried", async () => {
    const h = setup();
    h.sandbox.fail("customers.get", { status: 429, times: 1, retryAfterSeconds: 0.05 });
    const { result } = renderHook(() => useCustomer(id), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"), { timeout: 2000 });
    expect(h.count("GET")).toBe(2);
  });

  test("the backoff honours retry-after, doubles otherwise, and is capped", () => {
    const delay = retryDelay({ count: 2, baseDelayMs: 500, maxDelayMs: 30_000 });
    const limited = new StraddleError({
      kind: "http",
      status: 429,
      endpoint: "GET /x",
      message: "",
      retryAfterMs: 2000,
    });
    const server = new StraddleError({ kind: "http", status: 503, endpoint: "GET /x", message: "" });
    const hostile = new StraddleError({
      kind: "http",
      status: 429,
      endpoint: "GET /x",
      message: "",
      retryAfterMs: 9e9,
    });
    expect(delay(1, limited)).toBe(2000);
    expect([delay(1, server), delay(2, server), delay(3, server)]).toEqual([500, 1000, 2000]);
    expect(delay(1, hostile)).toBe(30_000);
    const retry = shouldRetry({ count: 2, baseDelayMs: 1, maxDelayMs: 1 });
    expect([retry(0, server), retry(1, server), retry(2, server)]).toEqual([true, true, false]);
    const notFound = new StraddleError({ kind: "http", status: 404, endpoint: "GET /x", message: "" });
    expect(retry(0, notFound)).toBe(false);
    expect(retry(0, new StraddleError({ kind: "network", endpoint: "GET /x", message: "" }))).toBe(true);
  });

  test("a retried mutation reuses its Idempotency-Key and creates one customer", async () => {
    const h = setup();
    h.sandbox.fail("customers.create", { status: 502, times: 1 });
    h.sandbox.fail("customers.create", { network: true, times: 1 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    await act(async () => {
      await result.current.create(input);
    });
    const posts = h.calls.filter((c) => c.method === "POST");
    expect(posts).toHaveLength(3);
    const keys = new Set(posts.map((p) => p.headers["Idempotency-Key"]));
    expect(keys.size).toBe(1);
    expect(h.sandbox.store.list().filter((c) => c.email === input.email)).toHaveLength(1);
  });

  test("calling again while pending sends nothing new", async () => {
    const h = setup({ latency: 30 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    await act(async () => {
      const a = result.current.create(input);
      const b = result.current.create(input);
      const c = result.current.create({ ...input, name: "Someone Else" });
      expect(b).toBe(a);
      expect(c).toBe(a);
      await a;
    });
    expect(h.count("POST")).toBe(1);
  });

  test("a manual retry after a network failure reuses the key; after a 4xx a new attempt gets a new key", async () => {
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.create", { network: true, times: 1 });
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: h.wrapper });
    await act(async () => {
      await result.current.create(input).catch(() => {});
    });
    // The mutation state reaches React through TanStack's notify batch, just after the promise.
    await waitFor(() => expect(result.current.error?.kind).toBe("network"));
    await act(async () => {
      await result.current.create(input);
    });
    const [first, second] = h.calls.filter((c) => c.method === "POST");
    expect(second?.headers["Idempotency-Key"]).toBe(first?.headers["Idempotency-Key"]);

    h.sandbox.fail("customers.create", { status: 422, times: 1 });
    const other = { ...input, email: "other@example.com" };
    await act(async () => {
      await result.current.create(other).catch(() => {});
    });
    await act(async () => {
      await result.current.create(other);
    });
    const [, , third, fourth] = h.calls.filter((c) => c.method === "POST");
    expect(third?.headers["Idempotency-Key"]).not.toBe(second?.headers["Idempotency-Key"]);
    expect(fourth?.headers["Idempotency-Key"]).not.toBe(third?.headers["Idempotency-Key"]);
  });
});
