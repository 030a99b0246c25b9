import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buildUrl,
  createCustomer,
  createFetchFetcher,
  decideCustomerReview,
  deleteCustomer,
  getCustomer,
  getCustomerReview,
  getCustomerUnmasked,
  listCustomers,
  refreshCustomerReview,
  type StraddleClientConfig,
  type StraddleFetcher,
  type StraddleRequest,
  updateCustomer,
} from "../../src/api";
import { failureOf } from "../support/failure";
import { customerExample, errorEnvelope, listExample, reviewExample, unmaskedExample } from "./fixtures";

const BASE = "http://api.test/api/straddle";
const ID = customerExample.data.id;

/** Every request that reached the mock API, in order. */
const seen: Request[] = [];

const server = setupServer(
  http.get(`${BASE}/v1/customers`, () => HttpResponse.json(listExample)),
  http.post(`${BASE}/v1/customers`, () => HttpResponse.json(customerExample, { status: 201 })),
  http.get(`${BASE}/v1/customers/:id/unmasked`, () => HttpResponse.json(unmaskedExample)),
  http.get(`${BASE}/v1/customers/:id/review`, () => HttpResponse.json(reviewExample)),
  http.patch(`${BASE}/v1/customers/:id/review`, () => HttpResponse.json(customerExample)),
  http.put(`${BASE}/v1/customers/:id/refresh_review`, () =>
    HttpResponse.json(customerExample, { status: 202 }),
  ),
  http.all(`${BASE}/v1/customers/:id`, () => HttpResponse.json(customerExample)),
);

server.events.on("request:start", ({ request }) => {
  seen.push(request.clone());
});

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  seen.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const config: StraddleClientConfig = { fetcher: createFetchFetcher({ baseUrl: BASE }) };

const createBody = {
  name: "Ron Swanson",
  type: "individual",
  email: "ron.swanson@pawnee.com",
  phone: "+12128675309",
  device: { ip_address: "192.168.1.1" },
} as const;

const updateBody = {
  name: "Ron Swanson",
  email: "ron.swanson@pawnee.com",
  phone: "+12128675309",
  status: "pending",
  device: { ip_address: "192.168.1.1" },
} as const;

function only(): Request {
  expect(seen).toHaveLength(1);
  return seen[0] as Request;
}

const urlOf = (request: Request) => new URL(request.url);

type Case = [
  name: string,
  call: (config: StraddleClientConfig, id: string) => Promise<unknown>,
  method: string,
  path: string,
  body: unknown,
];

const idCalls: Case[] = [
  ["getCustomer", (c, id) => getCustomer(c, id), "GET", "", undefined],
  ["updateCustomer", (c, id) => updateCustomer(c, id, updateBody), "PUT", "", updateBody],
  ["deleteCustomer", (c, id) => deleteCustomer(c, id), "DELETE", "", undefined],
  ["getCustomerUnmasked", (c, id) => getCustomerUnmasked(c, id), "GET", "/unmasked", undefined],
  ["getCustomerReview", (c, id) => getCustomerReview(c, id), "GET", "/review", undefined],
  [
    "decideCustomerReview",
    (c, id) => decideCustomerReview(c, id, { status: "verified" }),
    "PATCH",
    "/review",
    { status: "verified" },
  ],
  ["refreshCustomerReview", (c, id) => refreshCustomerReview(c, id), "PUT", "/refresh_review", undefined],
];

const allCalls: Case[] = [
  ...idCalls,
  ["createCustomer", (c) => createCustomer(c, createBody), "POST", "/v1/customers", createBody],
  ["listCustomers", (c) => listCustomers(c), "GET", "/v1/customers", undefined],
];

const mutations = new Set([
  "createCustomer",
  "updateCustomer",
  "deleteCustomer",
  "decideCustomerReview",
  "refreshCustomerReview",
]);

describe("every endpoint through createFetchFetcher", () => {
  it.each(idCalls)("%s → %s /v1/customers/{id}%s", async (_name, call, method, suffix, body) => {
    await call(config, ID);
    const request = only();
    expect(request.method).toBe(method);
    expect(urlOf(request).pathname).toBe(`/api/straddle/v1/customers/${ID}${suffix}`);
    expect(urlOf(request).search).toBe("");
    expect(request.headers.get("accept")).toBe("application/json");
    if (body === undefined) {
      expect(await request.text()).toBe("");
      expect(request.headers.get("content-type")).toBeNull();
    } else {
      expect(request.headers.get("content-type")).toBe("application/json");
      expect(await request.json()).toEqual(body);
    }
  });

  it("createCustomer → POST /v1/customers with the JSON body, returns the parsed customer", async () => {
    const customer = await createCustomer(config, createBody);
    const request = only();
    expect(request.method).toBe("POST");
    expect(urlOf(request).pathname).toBe("/api/straddle/v1/customers");
    expect(await request.json()).toEqual(createBody);
    expect(customer.data.id).toBe(ID);
    expect(customer.data.status).toBe("pending");
  });

  it("listCustomers → GET /v1/customers, returns the parsed page", async () => {
    const page = await listCustomers(config);
    const request = only();
    expect(request.method).toBe("GET");
    expect(urlOf(request).pathname).toBe("/api/straddle/v1/customers");
    expect(urlOf(request).search).toBe("");
    expect(page.data[0]?.email).toBe("dev@stainless.com");
    expect(page.meta.sort_by).toBe("sort_by");
  });

  it("each endpoint returns its own parsed answer", async () => {
    expect((await getCustomer(config, ID)).data.metadata).toEqual({ foo: "string" });
    expect((await getCustomerUnmasked(config, ID)).data.compliance_profile?.ssn).toBe("123-45-6789");
    expect((await getCustomerReview(config, ID)).data.identity_details?.decision).toBe("accept");
    expect((await refreshCustomerReview(config, ID)).data.id).toBe(ID);
  });

  it("decideCustomerReview sends only the status", async () => {
    const input = { status: "rejected", note: "not for the API" } as unknown as { status: "rejected" };
    await decideCustomerReview(config, ID, input);
    expect(await only().json()).toEqual({ status: "rejected" });
  });

  it("a trailing slash on baseUrl is ignored", async () => {
    await getCustomer({ fetcher: createFetchFetcher({ baseUrl: `${BASE}/` }) }, ID);
    expect(urlOf(only()).pathname).toBe(`/api/straddle/v1/customers/${ID}`);
    expect(buildUrl(`${BASE}//`, { path: "/v1/customers" })).toBe(`${BASE}/v1/customers`);
  });
});

describe("ids", () => {
  it.each(idCalls)("%s URL-encodes the id", async (_name, call, _method, suffix) => {
    await call(config, "a/b?c");
    expect(urlOf(only()).pathname).toBe(`/api/straddle/v1/customers/a%2Fb%3Fc${suffix}`);
  });

  it.each(idCalls)("%s refuses an empty or blank id before any request", async (_name, call) => {
    for (const id of ["", "   "]) {
      const error = await failureOf(call(config, id));
      expect(error.kind).toBe("invalid_request");
      expect(error.message).toContain("/v1/customers/{id}");
    }
    expect(seen).toHaveLength(0);
  });
});

describe("list query", () => {
  it("sends every parameter; arrays comma-joined under one key", async () => {
    await listCustomers(config, {
      name: "Ron",
      email: "ron.swanson@pawnee.com",
      external_id: "crm-42",
      search_text: "Swanson, Ron",
      status: ["review", "pending"],
      types: ["individual", "business"],
      created_from: "2026-01-01T00:00:00Z",
      created_to: "2026-02-01T00:00:00Z",
      sort_by: "created_at",
      sort_order: "desc",
      page_number: 2,
      page_size: 1000,
    });
    const params = urlOf(only()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      name: "Ron",
      email: "ron.swanson@pawnee.com",
      external_id: "crm-42",
      search_text: "Swanson, Ron",
      status: "review,pending",
      types: "individual,business",
      created_from: "2026-01-01T00:00:00Z",
      created_to: "2026-02-01T00:00:00Z",
      sort_by: "created_at",
      sort_order: "desc",
      page_number: "2",
      page_size: "1000",
    });
    expect(params.getAll("status")).toEqual(["review,pending"]);
    expect(params.getAll("types")).toEqual(["individual,business"]);
  });

  it("omits undefined, empty strings and empty arrays", async () => {
    await listCustomers(config, {
      name: "Ron",
      email: undefined,
      external_id: "",
      status: [],
      page_number: undefined,
    });
    expect([...urlOf(only()).searchParams.keys()]).toEqual(["name"]);
  });

  it("a host fetcher gets the arrays comma-joined too", async () => {
    const requests: StraddleRequest[] = [];
    await listCustomers(
      {
        fetcher: async (request) => {
          requests.push(request);
          return listExample;
        },
      },
      { status: ["review", "pending"], name: undefined },
    );
    expect(buildUrl("", requests[0] as StraddleRequest)).toMatch(
      /^\/v1\/customers\?status=review(,|%2C)pending$/,
    );
  });

  it.each([
    ["page_size 1001", { page_size: 1001 }],
    ["page_size 0", { page_size: 0 }],
    ["page_size 2.5", { page_size: 2.5 }],
    ["page_number 0", { page_number: 0 }],
  ])("refuses %s before any request", async (_label, params) => {
    const error = await failureOf(listCustomers(config, params));
    expect(error.kind).toBe("invalid_request");
    expect(error.endpoint).toBe("GET /v1/customers");
    expect(seen).toHaveLength(0);
  });
});

describe("headers", () => {
  it("Request-Id differs per request and can be given", async () => {
    await getCustomer(config, ID);
    await getCustomer(config, ID);
    await getCustomer(config, ID, { requestId: "trace-me-123" });
    const ids = seen.map((request) => request.headers.get("request-id"));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe("trace-me-123");
  });

  it.each(allCalls)("%s: Idempotency-Key only on mutations", async (name, call) => {
    await call(config, ID);
    const key = only().headers.get("idempotency-key");
    if (mutations.has(name)) {
      expect(key).not.toBeNull();
      expect(key?.length).toBeGreaterThanOrEqual(10);
      expect(key?.length).toBeLessThanOrEqual(40);
    } else {
      expect(key).toBeNull();
    }
  });

  it("a new key per attempt when none is given", async () => {
    await createCustomer(config, createBody);
    await createCustomer(config, createBody);
    const [first, second] = seen.map((request) => request.headers.get("idempotency-key"));
    expect(first).not.toBe(second);
  });

  it("a passed key is reused verbatim on every retry", async () => {
    const idempotencyKey = "attempt_2026-07-07_0001";
    await createCustomer(config, createBody, { idempotencyKey });
    await createCustomer(config, createBody, { idempotencyKey });
    await decideCustomerReview(config, ID, { status: "verified" }, { idempotencyKey });
    expect(seen.map((request) => request.headers.get("idempotency-key"))).toEqual([
      idempotencyKey,
      idempotencyKey,
      idempotencyKey,
    ]);
  });

  it.each([
    ["9 characters", "a".repeat(9)],
    ["41 characters", "a".repeat(41)],
  ])("an idempotency key of %s is refused before sending", async (_label, idempotencyKey) => {
    const error = await failureOf(createCustomer(config, createBody, { idempotencyKey }));
    expect(error.kind).toBe("invalid_request");
    expect(error.message).toContain("Idempotency-Key");
    const other = await failureOf(refreshCustomerReview(config, ID, { idempotencyKey }));
    expect(other.kind).toBe("invalid_request");
    expect(seen).toHaveLength(0);
  });

  it("Correlation-Id and Straddle-Account-Id only when configured", async () => {
    await getCustomer(config, ID);
    const plain = only().headers;
    expect(plain.get("correlation-id")).toBeNull();
    expect(plain.get("straddle-account-id")).toBeNull();

    seen.length = 0;
    const scoped: StraddleClientConfig = {
      ...config,
      correlationId: "onboarding-flow-7",
      accountId: "0f7a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b",
    };
    await getCustomer(scoped, ID);
    await createCustomer(scoped, createBody);
    for (const request of seen) {
      expect(request.headers.get("correlation-id")).toBe("onboarding-flow-7");
      expect(request.headers.get("straddle-account-id")).toBe("0f7a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b");
    }
    expect(seen).toHaveLength(2);
  });

  it("extra headers as an object", async () => {
    const fetcher = createFetchFetcher({ baseUrl: BASE, headers: { "X-CSRF-Token": "csrf-1" } });
    await getCustomer({ fetcher }, ID);
    await createCustomer({ fetcher }, createBody);
    expect(seen.map((request) => request.headers.get("x-csrf-token"))).toEqual(["csrf-1", "csrf-1"]);
    // The library's own headers still go out next to them.
    expect(seen[1]?.headers.get("idempotency-key")).not.toBeNull();
  });

  it("extra headers from a function, called per request", async () => {
    let n = 0;
    const fetcher = createFetchFetcher({
      baseUrl: BASE,
      headers: () => {
        n += 1;
        return { "X-CSRF-Token": `csrf-${n}` };
      },
    });
    await getCustomer({ fetcher }, ID);
    await getCustomerReview({ fetcher }, ID);
    expect(seen.map((request) => request.headers.get("x-csrf-token"))).toEqual(["csrf-1", "csrf-2"]);
  });

  it("a custom fetch is used instead of the global one", async () => {
    const urls: string[] = [];
    const fetcher = createFetchFetcher({
      baseUrl: BASE,
      fetch: async (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    await getCustomer({ fetcher }, ID);
    expect(urls).toEqual([`${BASE}/v1/customers/${ID}`]);
  });
});

describe("error mapping", () => {
  it("400 /bad_request: Device.IpAddress → fieldErrors['device.ip_address']", async () => {
    server.use(
      http.post(`${BASE}/v1/customers`, () =>
        HttpResponse.json(
          errorEnvelope({
            status: 400,
            type: "/bad_request",
            title: "Bad Request",
            detail: "One or more fields are invalid.",
            items: [
              { reference: "Device.IpAddress", detail: "The IpAddress field is not a valid IPv4 address." },
            ],
          }),
          { status: 400 },
        ),
      ),
    );
    const error = await failureOf(createCustomer(config, createBody));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(400);
    expect(error.type).toBe("/bad_request");
    expect(error.fieldErrors).toEqual({
      "device.ip_address": "The IpAddress field is not a valid IPv4 address.",
    });
    expect(error.endpoint).toBe("POST /v1/customers");
    expect(error.message).toContain("POST /v1/customers");
    expect(error.retryable).toBe(false);
  });

  it("422 /validation_error: customer.email and Address.Zip → email, address.zip", async () => {
    server.use(
      http.put(`${BASE}/v1/customers/:id`, () =>
        HttpResponse.json(
          errorEnvelope({
            status: 422,
            type: "/validation_error",
            title: "Validation Failed",
            detail: "The request has invalid fields.",
            items: [
              { reference: "customer.email", detail: "'email' is not a valid email address." },
              { reference: "Address.Zip", detail: "'zip' must be 5 digits." },
            ],
          }),
          { status: 422 },
        ),
      ),
    );
    const error = await failureOf(updateCustomer(config, ID, updateBody));
    expect(error.status).toBe(422);
    expect(error.title).toBe("Validation Failed");
    expect(error.fieldErrors).toEqual({
      email: "'email' is not a valid email address.",
      "address.zip": "'zip' must be 5 digits.",
    });
    expect(error.items).toHaveLength(2);
    expect(error.retryable).toBe(false);
  });

  it("422 business rule without items: the detail is the message", async () => {
    server.use(
      http.patch(`${BASE}/v1/customers/:id/review`, () =>
        HttpResponse.json(
          {
            error: {
              status: 422,
              type: "/validation_error",
              title: "Validation Failed",
              detail: "Customers with status Verified cannot be changed.",
            },
            meta: {
              api_request_id: "9d2c6a1e-1111-4222-8333-444455556666",
              api_request_timestamp: "2026-07-07T06:21:44",
            },
            response_type: "error",
          },
          { status: 422 },
        ),
      ),
    );
    const error = await failureOf(decideCustomerReview(config, ID, { status: "verified" }));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(422);
    expect(error.detail).toBe("Customers with status Verified cannot be changed.");
    expect(error.message).toContain("Customers with status Verified cannot be changed.");
    expect(error.message).toContain("PATCH /v1/customers/{id}/review");
    expect(error.items).toEqual([]);
    expect(error.fieldErrors).toEqual({});
    expect(error.requestId).toBe("9d2c6a1e-1111-4222-8333-444455556666");
  });

  it("422 duplicate email with empty items lands on the email field", async () => {
    const detail = "Email 'ron.swanson@pawnee.com' already exists and must be unique.";
    server.use(
      http.post(`${BASE}/v1/customers`, () =>
        HttpResponse.json(
          errorEnvelope({
            status: 422,
            type: "/validation_error",
            title: "Validation Failed",
            detail,
            items: [],
          }),
          { status: 422 },
        ),
      ),
    );
    const error = await failureOf(createCustomer(config, createBody));
    expect(error.fieldErrors).toEqual({ email: detail });
  });

  it("401 with an empty body: http 401 and a message naming the endpoint", async () => {
    server.use(http.get(`${BASE}/v1/customers/:id`, () => new HttpResponse(null, { status: 401 })));
    const error = await failureOf(getCustomer(config, ID));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(401);
    expect(error.message).toContain("GET /v1/customers/{id}");
    expect(error.message).toMatch(/API key/);
    expect(error.message).not.toContain(ID);
    expect(error.requestId).toBeUndefined();
    expect(error.retryable).toBe(false);
  });

  it("404 /not_found", async () => {
    server.use(
      http.get(`${BASE}/v1/customers/:id/review`, () =>
        HttpResponse.json(
          errorEnvelope({
            status: 404,
            type: "/not_found",
            title: "Not Found",
            detail: "Customer not found.",
          }),
          { status: 404 },
        ),
      ),
    );
    const error = await failureOf(getCustomerReview(config, ID));
    expect(error.status).toBe(404);
    expect(error.type).toBe("/not_found");
    expect(error.message).toBe("Not Found (404) at GET /v1/customers/{id}/review: Customer not found.");
    expect(error.requestId).toBe("5f1d7a2e-3b4c-4d5e-8f90-a1b2c3d4e5f6");
    expect(error.retryable).toBe(false);
  });

  it("500 with a non-JSON body", async () => {
    server.use(
      http.get(`${BASE}/v1/customers`, () => HttpResponse.text("upstream exploded", { status: 500 })),
    );
    const error = await failureOf(listCustomers(config));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(500);
    expect(error.message).toContain("GET /v1/customers");
    expect(error.retryable).toBe(true);
  });

  it("429 with retry-after: 2 → retryAfterMs 2000, retryable", async () => {
    server.use(
      http.get(`${BASE}/v1/customers/:id`, () =>
        HttpResponse.json(
          errorEnvelope({
            status: 429,
            type: "/rate_limited",
            title: "Too Many Requests",
            detail: "Slow down.",
          }),
          { status: 429, headers: { "retry-after": "2" } },
        ),
      ),
    );
    const error = await failureOf(getCustomer(config, ID));
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(2000);
    expect(error.retryable).toBe(true);
  });

  it("a request id from the error envelope even when the error part is malformed", async () => {
    server.use(
      http.get(`${BASE}/v1/customers/:id`, () =>
        HttpResponse.json(
          { error: "boom", meta: { api_request_id: "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5" } },
          { status: 503 },
        ),
      ),
    );
    const error = await failureOf(getCustomer(config, ID));
    expect(error.status).toBe(503);
    expect(error.requestId).toBe("0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5");
    expect(error.retryable).toBe(true);
  });

  it("a network error → kind network, retryable", async () => {
    server.use(http.get(`${BASE}/v1/customers/:id`, () => HttpResponse.error()));
    const error = await failureOf(getCustomer(config, ID));
    expect(error.kind).toBe("network");
    expect(error.status).toBeUndefined();
    expect(error.message).toContain("GET /v1/customers/{id}");
    expect(error.retryable).toBe(true);
  });

  it("an HTML 200 (wrong baseUrl) → invalid_response naming the endpoint", async () => {
    server.use(
      http.get(`${BASE}/v1/customers/:id`, () =>
        HttpResponse.html("<!doctype html><html><body>App</body></html>"),
      ),
    );
    const error = await failureOf(getCustomer(config, ID));
    expect(error.kind).toBe("invalid_response");
    expect(error.status).toBe(200);
    expect(error.message).toContain("GET /v1/customers/{id}");
    expect(error.message).toMatch(/not JSON/);
    expect(error.retryable).toBe(false);
  });

  it("an empty 200 → invalid_response", async () => {
    server.use(http.delete(`${BASE}/v1/customers/:id`, () => new HttpResponse(null, { status: 200 })));
    const error = await failureOf(deleteCustomer(config, ID));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("DELETE /v1/customers/{id}");
  });

  it("a JSON 200 that does not fit the schema → invalid_response with issue paths", async () => {
    server.use(
      http.get(`${BASE}/v1/customers/:id/review`, () =>
        HttpResponse.json({
          ...reviewExample,
          data: {
            ...reviewExample.data,
            customer_details: { ...reviewExample.data.customer_details, status: "archived", id: "nope" },
          },
        }),
      ),
    );
    const error = await failureOf(getCustomerReview(config, ID));
    expect(error.kind).toBe("invalid_response");
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      "data.customer_details.id",
      "data.customer_details.status",
    ]);
    expect(error.requestId).toBe(reviewExample.meta.api_request_id);
    expect(error.message).toContain("GET /v1/customers/{id}/review");
  });

  it("an aborted request → kind aborted", async () => {
    let reached!: () => void;
    const arrived = new Promise<void>((resolve) => {
      reached = resolve;
    });
    server.use(
      http.get(`${BASE}/v1/customers/:id`, async () => {
        reached();
        await delay("infinite");
        return HttpResponse.json(customerExample);
      }),
    );
    const controller = new AbortController();
    const pending = getCustomer(config, ID, { signal: controller.signal });
    await arrived;
    controller.abort();
    const error = await failureOf(pending);
    expect(error.kind).toBe("aborted");
    expect(error.retryable).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it("a signal aborted beforehand sends nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(createCustomer(config, createBody, { signal: controller.signal }));
    expect(error.kind).toBe("aborted");
    expect(seen).toHaveLength(0);
  });
});

describe("host fetchers that do not return a Response", () => {
  it("a fetcher resolving to decoded JSON works", async () => {
    const requests: StraddleRequest[] = [];
    const fetcher: StraddleFetcher = async (request) => {
      requests.push(request);
      return request.path.endsWith("/review") ? reviewExample : customerExample;
    };
    const customer = await createCustomer({ fetcher }, createBody, { idempotencyKey: "attempt-000001" });
    expect(customer.data.name).toBe("Ron Swanson");
    const review = await getCustomerReview({ fetcher }, "a/b");
    expect(review.data.identity_details?.breakdown?.fraud?.risk_score).toBe(123);
    expect(requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/customers",
      body: createBody,
      headers: { "Idempotency-Key": "attempt-000001" },
    });
    expect(requests[1]?.path).toBe("/v1/customers/a%2Fb/review");
    expect(requests[1]?.body).toBeUndefined();
  });

  it("a fetcher throwing { status: 422, body } maps to an http error", async () => {
    const fetcher: StraddleFetcher = async () => {
      throw {
        status: 422,
        body: errorEnvelope({
          status: 422,
          type: "/validation_error",
          title: "Validation Failed",
          detail: "The request has invalid fields.",
          items: [{ reference: "name", detail: "'name' must not be empty." }],
        }),
      };
    };
    const error = await failureOf(createCustomer({ fetcher }, createBody));
    expect(error.kind).toBe("http");
    expect(error.status).toBe(422);
    expect(error.type).toBe("/validation_error");
    expect(error.fieldErrors).toEqual({ name: "'name' must not be empty." });
    expect(error.requestId).toBe("5f1d7a2e-3b4c-4d5e-8f90-a1b2c3d4e5f6");
  });

  it("a fetcher throwing anything else is a network error", async () => {
    const fetcher: StraddleFetcher = async () => {
      throw new TypeError("Failed to fetch");
    };
    const error = await failureOf(getCustomer({ fetcher }, ID));
    expect(error.kind).toBe("network");
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});
