// @vitest-environment node
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ConflictError, NotFoundError, Straddle, UnprocessableEntityError } from "@straddlecom/straddle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  CustomerResponseSchema,
  CustomerReviewResponseSchema,
  CustomerSummaryPagedResponseSchema,
  CustomerUnmaskedResponseSchema,
  ErrorEnvelopeSchema,
} from "../../src/api";
import {
  createSandbox,
  MASKED_DOB,
  MASKED_EIN,
  MASKED_SSN,
  type Sandbox,
  sandboxIds,
} from "../../src/sandbox";
import { createStraddleProxy, toNodeHandler } from "../../src/server";
import { sdkTypeErrors, type TypedBody } from "./sdkTypes";

// The official TypeScript SDK (`@straddlecom/straddle`, pinned in devDependencies) as a real
// client of the sandbox, in two ways: over loopback HTTP through the proxy (`toNodeHandler`), and
// with the sandbox's `fetch` handed to the SDK (no server at all). Every Customers method is
// called; every response body the SDK received is then checked against the SDK's own `.d.ts`
// types by the TypeScript compiler, and parsed by the library's response schemas.

/** What the SDK's `fetch` saw: each response, cloned before the SDK read it. */
interface Seen {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  json: unknown;
}

function recording(fetch: (url: string, init?: RequestInit) => Promise<Response>) {
  const seen: Seen[] = [];
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await fetch(url.href, init);
    const text = await response.clone().text();
    seen.push({
      method: (init?.method ?? "GET").toUpperCase(),
      path: url.pathname,
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : undefined,
    });
    return response;
  };
  return { fetch: wrapped, seen };
}

const ID = "[0-9a-f-]{36}";
/** The SDK type of each endpoint's success body. */
const sdkTypeOf: [RegExp, string, z.core.$ZodType][] = [
  [/^GET \/v1\/customers$/, "Straddle.CustomerSummaryPagedV1", CustomerSummaryPagedResponseSchema],
  [
    new RegExp(`^GET /v1/customers/${ID}/unmasked$`),
    "Straddle.CustomerUnmaskedV1",
    CustomerUnmaskedResponseSchema,
  ],
  [
    new RegExp(`^GET /v1/customers/${ID}/review$`),
    "Straddle.Customers.CustomerReviewV1",
    CustomerReviewResponseSchema,
  ],
  [
    new RegExp(
      `^(POST /v1/customers|(GET|PUT|DELETE) /v1/customers/${ID}|PATCH /v1/customers/${ID}/review|PUT /v1/customers/${ID}/refresh_review)$`,
    ),
    "Straddle.CustomerV1",
    CustomerResponseSchema,
  ],
];

function typed(seen: readonly Seen[]): { bodies: TypedBody[]; unknown: string[]; schemaProblems: string[] } {
  const bodies: TypedBody[] = [];
  const unknown: string[] = [];
  const schemaProblems: string[] = [];
  for (const entry of seen) {
    const call = `${entry.method} ${entry.path}`;
    const label = `${call} → ${entry.status}`;
    if (entry.status >= 400) {
      if (!z.safeParse(ErrorEnvelopeSchema, entry.json).success)
        schemaProblems.push(`${label}: not an error envelope`);
      continue;
    }
    const match = sdkTypeOf.find(([pattern]) => pattern.test(call));
    if (!match) {
      unknown.push(label);
      continue;
    }
    bodies.push({ label, type: match[1], json: entry.json });
    if (!z.safeParse(match[2], entry.json).success)
      schemaProblems.push(`${label}: refused by the library's schema`);
  }
  return { bodies, unknown, schemaProblems };
}

/** Every Customers method of the SDK, with what a host's backend would check of each answer. */
async function driveEveryMethod(client: Straddle, sandbox: Sandbox) {
  const suffix = Math.random().toString(36).slice(2, 8);

  // create: an individual (full profile, nulls where the SDK allows them) and a business.
  const individual = await client.customers.create({
    type: "individual",
    name: "Ron Swanson",
    email: `ron.${suffix}@pawnee.example.gov`,
    phone: "+12128675309",
    device: { ip_address: "192.168.1.1" },
    address: { address1: "123 Main St", address2: null, city: "Pawnee", state: "IN", zip: "47998" },
    compliance_profile: { dob: "1969-04-21", ssn: "123-45-6789" },
    external_id: null,
    metadata: { plan: "wood" },
    config: { processing_method: "inline", sandbox_outcome: "review" },
    "Idempotency-Key": `sdk-create-${suffix}-1`,
  });
  expect(individual.data.status).toBe("review");
  expect(individual.data.compliance_profile).toEqual({ dob: MASKED_DOB, ssn: MASKED_SSN });
  expect(individual.data.address?.address2 ?? undefined).toBeUndefined();

  const business = await client.customers.create({
    type: "business",
    name: "Very Good Building Company",
    email: `vgbc.${suffix}@example.com`,
    phone: "+13175550100",
    device: { ip_address: "203.0.113.7" },
    compliance_profile: {
      ein: "12-3456789",
      legal_business_name: "Very Good Building & Development Co.",
      website: "https://verygood.example.com",
      representatives: [{ name: "Ron Swanson", email: null, phone: "+12128675309" }],
    },
    address: null,
    metadata: null,
  });
  expect(business.data.type).toBe("business");
  expect(business.data.compliance_profile).toMatchObject({ ein: MASKED_EIN });

  // The same Idempotency-Key and body again: replayed, not created twice.
  const replay = await client.customers
    .create({
      type: "individual",
      name: "Ron Swanson",
      email: `ron.${suffix}@pawnee.example.gov`,
      phone: "+12128675309",
      device: { ip_address: "192.168.1.1" },
      address: { address1: "123 Main St", address2: null, city: "Pawnee", state: "IN", zip: "47998" },
      compliance_profile: { dob: "1969-04-21", ssn: "123-45-6789" },
      external_id: null,
      metadata: { plan: "wood" },
      config: { processing_method: "inline", sandbox_outcome: "review" },
      "Idempotency-Key": `sdk-create-${suffix}-1`,
    })
    .withResponse();
  expect(replay.data.data.id).toBe(individual.data.id);
  expect(replay.response.headers.get("idempotent-replayed")).toBe("true");

  // The same key with another body: the SDK's ConflictError (409).
  const conflict = await client.customers
    .create({
      type: "individual",
      name: "Tom Haverford",
      email: `tom.${suffix}@pawnee.example.gov`,
      phone: "+12128675310",
      device: { ip_address: "192.168.1.2" },
      "Idempotency-Key": `sdk-create-${suffix}-1`,
    })
    .catch((error: unknown) => error);
  expect(conflict).toBeInstanceOf(ConflictError);
  expect((conflict as ConflictError).status).toBe(409);

  // A body the API refuses: the SDK's UnprocessableEntityError (422).
  const invalid = await client.customers
    .create({
      type: "individual",
      name: "Bad Phone",
      email: `bad.${suffix}@example.com`,
      phone: "555",
      device: { ip_address: "192.168.1.3" },
    })
    .catch((error: unknown) => error);
  expect(invalid).toBeInstanceOf(UnprocessableEntityError);

  // get
  const got = await client.customers.get(individual.data.id);
  expect(got.data).toMatchObject({ id: individual.data.id, name: "Ron Swanson", metadata: { plan: "wood" } });

  // list: filters, sort and paging (one page by hand, then every page by the SDK's iterator).
  const filters = { types: ["individual" as const], status: ["review" as const], sort_by: "name" as const };
  const first = await client.customers.list({ ...filters, sort_order: "asc", page_size: 2, page_number: 1 });
  const expected = sandbox.store
    .list()
    .filter((c) => c.type === "individual" && c.status === "review")
    .map((c) => c.id);
  expect(first.data).toHaveLength(2);
  expect(first.meta).toMatchObject({ page_number: 1, page_size: 2, total_items: expected.length });
  expect(first.data.every((c) => c.type === "individual" && c.status === "review")).toBe(true);
  expect(first.hasNextPage()).toBe(true);
  const second = await first.getNextPage();
  expect(second.meta.page_number).toBe(2);
  expect(second.data[0]?.id).not.toBe(first.data[0]?.id);
  const all: string[] = [];
  for await (const customer of client.customers.list({ ...filters, page_size: 3 })) all.push(customer.id);
  expect(all.sort()).toEqual([...expected].sort());
  const searched = await client.customers.list({ search_text: `ron.${suffix}` });
  expect(searched.data.map((c) => c.id)).toEqual([individual.data.id]);

  // update
  const updated = await client.customers.update(individual.data.id, {
    name: "Ronald Ulysses Swanson",
    email: `ron.${suffix}@pawnee.example.gov`,
    phone: "+12128675309",
    device: { ip_address: "192.168.1.1" },
    status: "review",
    external_id: `ext-${suffix}`,
    compliance_profile: null,
  });
  expect(updated.data).toMatchObject({ name: "Ronald Ulysses Swanson", external_id: `ext-${suffix}` });
  expect(updated.data.compliance_profile).toEqual({ dob: MASKED_DOB, ssn: MASKED_SSN });

  // unmasked
  const unmasked = await client.customers.unmasked(individual.data.id);
  expect(unmasked.data.compliance_profile).toEqual({ dob: "1969-04-21", ssn: "123-45-6789" });

  // review: get, decision, refresh
  const review = await client.customers.review.get(individual.data.id);
  expect(review.data.customer_details.id).toBe(individual.data.id);
  expect(review.data.identity_details?.decision).toEqual(expect.any(String));
  const decided = await client.customers.review.decision(individual.data.id, {
    status: "verified",
    "Idempotency-Key": `sdk-decide-${suffix}`,
  });
  expect(decided.data.status).toBe("verified");
  const refreshed = await client.customers.review.refreshReview(business.data.id);
  expect(refreshed.data.id).toBe(business.data.id);

  // delete, then get: the SDK's NotFoundError (404).
  const deleted = await client.customers.delete(business.data.id);
  expect(deleted.data.id).toBe(business.data.id);
  const gone = await client.customers.get(business.data.id).catch((error: unknown) => error);
  expect(gone).toBeInstanceOf(NotFoundError);

  return { individualId: individual.data.id, businessId: business.data.id };
}

/** The checks both modes share once the SDK has been driven. */
function expectEverythingTyped(seen: readonly Seen[]) {
  const calls = new Set(
    seen.map((entry) => `${entry.method} ${entry.path.replace(new RegExp(ID, "g"), "{id}")}`),
  );
  expect([...calls].sort()).toEqual([
    "DELETE /v1/customers/{id}",
    "GET /v1/customers",
    "GET /v1/customers/{id}",
    "GET /v1/customers/{id}/review",
    "GET /v1/customers/{id}/unmasked",
    "PATCH /v1/customers/{id}/review",
    "POST /v1/customers",
    "PUT /v1/customers/{id}",
    "PUT /v1/customers/{id}/refresh_review",
  ]);
  expect(seen.map((entry) => entry.status)).toEqual(expect.arrayContaining([200, 201, 404, 409, 422]));
  const { bodies, unknown, schemaProblems } = typed(seen);
  expect(unknown).toEqual([]);
  expect(schemaProblems).toEqual([]);
  expect(bodies.length).toBeGreaterThanOrEqual(15);
  expect(sdkTypeErrors(bodies)).toEqual([]);
}

// Each test compiles its bodies with TypeScript (~2 s alone, much more on a loaded 2-core machine).
const SLOW = { timeout: 90_000 };

describe("official SDK over loopback HTTP: SDK → toNodeHandler(createStraddleProxy) → sandbox", () => {
  const sandbox = createSandbox();
  let server: http.Server;
  let baseURL = "";

  beforeAll(async () => {
    const proxy = createStraddleProxy({
      apiKey: "sk_test_conformance_key",
      environment: "sandbox",
      basePath: "",
      allowUnmask: true,
      fetch: sandbox.fetch,
    });
    server = http.createServer(toNodeHandler(proxy));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("every Customers method works and every response fits the SDK's types", SLOW, async () => {
    const recorder = recording((url, init) => globalThis.fetch(url, init));
    const client = new Straddle({
      apiKey: "sk_test_host_key",
      baseURL,
      maxRetries: 0,
      fetch: recorder.fetch,
    });
    await driveEveryMethod(client, sandbox);
    expectEverythingTyped(recorder.seen);
    // The proxy held the key: the sandbox saw its own key, never the SDK's.
    const authorizations = new Set(sandbox.requests.map((r) => r.headers.authorization));
    expect([...authorizations]).toEqual(["Bearer sk_test_conformance_key"]);
  });
});

describe("official SDK directly on the sandbox: new Straddle({ fetch: sandbox.fetch })", () => {
  it("every Customers method works and every response fits the SDK's types", SLOW, async () => {
    const sandbox = createSandbox();
    const recorder = recording(sandbox.fetch);
    const client = new Straddle({
      apiKey: "sk_test_host_key",
      environment: "sandbox",
      maxRetries: 0,
      fetch: recorder.fetch,
    });
    const { individualId } = await driveEveryMethod(client, sandbox);
    expectEverythingTyped(recorder.seen);
    expect(sandbox.requestsTo("customers.get").some((r) => r.customerId === individualId)).toBe(true);
    expect(sandbox.requests[0]?.headers.authorization).toBe("Bearer sk_test_host_key");
  });

  it(
    "every seeded customer's get, unmasked and review fit the SDK's types (but the two robustness seeds)",
    SLOW,
    async () => {
      const sandbox = createSandbox();
      const recorder = recording(sandbox.fetch);
      const client = new Straddle({ apiKey: "sk_test_host_key", maxRetries: 0, fetch: recorder.fetch });
      for (const { id } of sandbox.store.list()) {
        await client.customers.get(id);
        await client.customers.review.get(id);
        await client.customers.unmasked(id);
      }
      await client.customers.list({ page_size: 1000 });
      const { bodies, unknown, schemaProblems } = typed(recorder.seen);
      expect(unknown).toEqual([]);
      expect(schemaProblems).toEqual([]);
      expect(bodies.length).toBe(sandbox.store.size * 3 + 1);
      // Two seeds exist to prove the library tolerates what the SDK's types do not describe
      // (`null` config/device/modules; the docs' own correlation "match", a decision "escalate"):
      // they must stay outside the SDK's types, and every other seed inside them.
      const robustness: string[] = [sandboxIds.nullFields, sandboxIds.unexpectedValues];
      const isRobustness = (body: TypedBody) => robustness.some((id) => body.label.includes(id));
      expect(sdkTypeErrors(bodies.filter((body) => !isRobustness(body)))).toEqual([]);
      const outside = sdkTypeErrors(bodies.filter(isRobustness));
      for (const id of robustness)
        expect(
          outside.some((error) => error.includes(id)),
          id,
        ).toBe(true);
    },
  );

  it("the type check itself fails on a body that does not fit", SLOW, () => {
    const errors = sdkTypeErrors([
      {
        label: "GET /v1/customers/{id} → 200",
        type: "Straddle.CustomerV1",
        json: {
          meta: { api_request_id: "x", api_request_timestamp: "2026-01-01T00:00:00" },
          response_type: "object",
          data: {
            id: "x",
            created_at: "t",
            updated_at: "t",
            name: "n",
            email: "e",
            phone: "p",
            status: "approved",
            type: "individual",
            surprise: true,
          },
        },
      },
    ]);
    expect(errors.join("\n")).toContain('"approved"');
    expect(errors.every((error) => error.startsWith("GET /v1/customers/{id} → 200"))).toBe(true);
  });
});
