import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  CustomerResponseSchema,
  CustomerReviewResponseSchema,
  CustomerSummaryPagedResponseSchema,
  CustomerUnmaskedResponseSchema,
  getCustomer,
  getCustomerReview,
  listCustomers,
  type StraddleFetcher,
} from "../../src/api";
import { failureOf } from "../support/failure";
import {
  customerExample,
  listExample,
  reviewExample,
  rubyReviewExample,
  rubyReviewFragments,
  unmaskedExample,
} from "./fixtures";

const customerData = customerExample.data;
const identity = reviewExample.data.identity_details;

function accepted<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw new Error(`expected the value to parse, got ${JSON.stringify(result.error.issues, null, 2)}`);
  }
  return result.data;
}

function rejectedPaths(schema: z.core.$ZodType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  if (result.success) throw new Error("expected the value to be rejected");
  return result.error.issues.map((issue) => issue.path.map(String).join("."));
}

/** A copy of `value` without `keys`. */
function omit(value: object, ...keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const key of keys) delete out[key];
  return out;
}

/** A copy of `value` with `keys` set to `null`. */
function nullify(value: object, ...keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const key of keys) out[key] = null;
  return out;
}

const customerWith = (data: object) => ({ ...customerExample, data });
const reviewWith = (identity_details: unknown) => ({
  ...reviewExample,
  data: { ...reviewExample.data, identity_details },
});

/** A fetcher that answers every request with `body`, as a host fetcher resolving to JSON would. */
const answering =
  (body: unknown): StraddleFetcher =>
  async () =>
    body;

describe("response schemas accept the documented examples (API.md §8)", () => {
  it("§8.1 review (docs site): nothing is lost and the values come through", () => {
    const parsed = accepted(CustomerReviewResponseSchema, reviewExample);
    expect(parsed).toEqual(reviewExample);
    expect(parsed.data.customer_details.compliance_profile?.dob).toBe("****-**-**");
    expect(parsed.data.identity_details?.breakdown?.business_evaluation?.risk_score).toBe(123);
    expect(parsed.data.identity_details?.watch_list?.matches?.[0]?.correlation).toBe("low_confidence");
    expect(parsed.data.identity_details?.kyc?.validations?.ssn).toBe(true);
  });

  it("§8.2 CustomerV1 (Ruby): nothing is lost", () => {
    const parsed = accepted(CustomerResponseSchema, customerExample);
    expect(parsed).toEqual(customerExample);
    expect(parsed.data.config?.processing_method).toBe("inline");
    expect(parsed.data.compliance_profile?.dob).toBe("2019-12-27");
    expect(parsed.data.metadata).toEqual({ foo: "string" });
  });

  it("§8.2 unmasked variant: dob and ssn in clear", () => {
    const parsed = accepted(CustomerUnmaskedResponseSchema, unmaskedExample);
    expect(parsed).toEqual(unmaskedExample);
    expect(parsed.data.compliance_profile).toEqual({ dob: "1969-04-20", ssn: "123-45-6789" });
  });

  it("§8.3 list: placeholder meta, response_type 'object' for an array, a short phone", () => {
    const parsed = accepted(CustomerSummaryPagedResponseSchema, listExample);
    expect(parsed).toEqual(listExample);
    expect(parsed.response_type).toBe("object");
    expect(parsed.meta.page_number).toBe(0);
    expect(parsed.meta.sort_by).toBe("sort_by");
    expect(parsed.data[0]?.phone).toBe("+46991022");
  });

  it("§8.4 fragments merged into a review: reputation, correlation and zero scores", () => {
    const parsed = accepted(CustomerReviewResponseSchema, rubyReviewExample);
    expect(parsed).toEqual(rubyReviewExample);
    const details = parsed.data.identity_details;
    expect(details?.reputation?.insights?.accounts_closed_dates).toEqual(["2019-12-27"]);
    expect(details?.reputation?.insights?.user_mobile_count).toBe(0);
    expect(details?.breakdown?.synthetic?.correlation).toBe("low_confidence");
    expect(details?.breakdown?.synthetic?.risk_score).toBe(0);
    expect(details?.messages).toEqual({ foo: "string" });
    expect(details?.watch_list?.matches?.[0]?.list_name).toBe("list_name");
    // Every one of the 33 insight fields survives parsing.
    expect(Object.keys(details?.reputation?.insights ?? {})).toHaveLength(33);
    expect(details?.reputation?.insights).toEqual(rubyReviewFragments.reputation.insights);
  });
});

describe("response schemas tolerate the API's quirks (API.md §7, API-NOTES.md)", () => {
  it.each([
    ["no zone, second precision (GET)", "2026-07-07T06:21:44"],
    ["7 fraction digits and Z (POST)", "2026-07-07T06:21:44.1234567Z"],
    ["no fraction, Z", "2023-11-07T05:31:56Z"],
    ["milliseconds, Z", "2019-12-27T18:11:19.117Z"],
    ["an offset", "2023-11-07T05:31:56+02:00"],
    ["7 fraction digits, no zone", "2026-07-07T06:21:44.1234567"],
  ])("timestamp with %s", (_label, timestamp) => {
    const parsed = accepted(
      CustomerResponseSchema,
      customerWith({ ...customerData, created_at: timestamp, updated_at: timestamp }),
    );
    expect(parsed.data.created_at).toBe(timestamp);
    const review = accepted(
      CustomerReviewResponseSchema,
      reviewWith({ ...identity, created_at: timestamp, updated_at: timestamp }),
    );
    expect(review.data.identity_details?.updated_at).toBe(timestamp);
  });

  it("rejects a timestamp that is not a date-time", () => {
    expect(
      rejectedPaths(CustomerResponseSchema, customerWith({ ...customerData, created_at: "07/11/2023" })),
    ).toEqual(["data.created_at"]);
  });

  it("ids: exactly what z.guid() accepts (any 8-4-4-4-12 hex, either case), with a message that names a UUID", () => {
    const samples = [
      customerData.id,
      customerData.id.toUpperCase(),
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "0190c3cc-0d44-7b50-c888-8dd25736052a",
      "cus_123",
      "",
      `${customerData.id}0`,
      ` ${customerData.id}`,
      `${customerData.id}\n`,
      "3c90c3cc0d444b5088888dd25736052a",
      "3c90c3cc-0d44-4b50-8888-8dd25736052g",
      "{3c90c3cc-0d44-4b50-8888-8dd25736052a}",
    ];
    const guid = z.guid();
    for (const id of samples) {
      const result = z.safeParse(CustomerResponseSchema, customerWith({ ...customerData, id }));
      expect(result.success, JSON.stringify(id)).toBe(z.safeParse(guid, id).success);
      if (!result.success) expect(result.error.issues[0]?.message).toBe("Expected an id (UUID).");
    }
  });

  it("keeps masked values as opaque strings: dob, ssn, ein and ip address", () => {
    const parsed = accepted(
      CustomerResponseSchema,
      customerWith({
        ...customerData,
        type: "business",
        compliance_profile: {
          dob: "****-**-**",
          ssn: "***-**-****",
          ein: "**-*******",
          legal_business_name: "Pawnee",
        },
        device: { ip_address: "**.**.**.**" },
      }),
    );
    expect(parsed.data.compliance_profile).toEqual({
      dob: "****-**-**",
      ssn: "***-**-****",
      ein: "**-*******",
      legal_business_name: "Pawnee",
    });
    expect(parsed.data.device?.ip_address).toBe("**.**.**.**");
  });

  const optionalCustomerFields = [
    "address",
    "compliance_profile",
    "config",
    "device",
    "external_id",
    "metadata",
  ];

  it.each([
    ["absent", omit],
    ["null", nullify],
  ])("every optional customer field may be %s", (_label, strip) => {
    const parsed = accepted(
      CustomerResponseSchema,
      customerWith(strip(customerData, ...optionalCustomerFields)),
    );
    expect(parsed.data.id).toBe(customerData.id);
    for (const key of optionalCustomerFields) {
      expect(parsed.data[key as keyof typeof parsed.data] ?? undefined).toBeUndefined();
    }
    accepted(CustomerUnmaskedResponseSchema, customerWith(strip(customerData, ...optionalCustomerFields)));
    accepted(CustomerSummaryPagedResponseSchema, {
      ...listExample,
      data: [strip(listExample.data[0] ?? {}, "external_id")],
    });
  });

  it.each([
    ["absent", omit],
    ["null", nullify],
  ])("optional fields inside address, compliance profile and config may be %s", (_label, strip) => {
    const parsed = accepted(
      CustomerResponseSchema,
      customerWith({
        ...customerData,
        address: strip(customerData.address, "address2"),
        compliance_profile: strip(customerData.compliance_profile, "dob", "ssn"),
        config: strip(customerData.config, "processing_method", "sandbox_outcome"),
      }),
    );
    expect(parsed.data.address?.address2 ?? undefined).toBeUndefined();
    expect(parsed.data.address?.zip).toBe("12345");
    expect(parsed.data.compliance_profile?.ssn ?? undefined).toBeUndefined();
    const unmasked = accepted(
      CustomerUnmaskedResponseSchema,
      customerWith({
        ...customerData,
        compliance_profile: {
          ein: "12-3456789",
          legal_business_name: "Pawnee",
          representatives: null,
          website: null,
        },
      }),
    );
    expect(unmasked.data.compliance_profile?.ein).toBe("12-3456789");
  });

  it("a business profile keeps its representatives and website", () => {
    const representatives = [{ name: "Leslie Knope", email: null, phone: "+13175550100" }];
    const parsed = accepted(
      CustomerResponseSchema,
      customerWith({
        ...customerData,
        type: "business",
        compliance_profile: {
          ein: "**-*******",
          legal_business_name: "Pawnee",
          representatives,
          website: null,
        },
      }),
    );
    expect(parsed.data.compliance_profile?.representatives).toEqual(representatives);
  });

  it("identity_details may be absent or null (checks still pending)", () => {
    const absent = accepted(CustomerReviewResponseSchema, {
      ...reviewExample,
      data: omit(reviewExample.data, "identity_details"),
    });
    expect(absent.data.identity_details).toBeUndefined();
    expect(absent.data.customer_details.name).toBe("Ron Swanson");
    const nulled = accepted(CustomerReviewResponseSchema, reviewWith(null));
    expect(nulled.data.identity_details).toBeNull();
  });

  it.each([
    ["absent", omit],
    ["null", nullify],
  ])("every optional field of the review may be %s", (_label, strip) => {
    const breakdownModule = ["decision", "codes", "risk_score", "correlation", "correlation_score"];
    const modules = Object.fromEntries(
      Object.entries(identity.breakdown).map(([name, module]) => [name, strip(module, ...breakdownModule)]),
    );
    const details = {
      ...strip(identity, "decision", "messages", "kyc", "network_alerts", "reputation", "watch_list"),
      breakdown: modules,
    };
    const parsed = accepted(CustomerReviewResponseSchema, reviewWith(details));
    expect(parsed.data.identity_details?.review_id).toBe(identity.review_id);
    expect(parsed.data.identity_details?.breakdown?.fraud).toEqual(strip({}, ...breakdownModule));

    // Lists and flags one level further down.
    const inner = accepted(
      CustomerReviewResponseSchema,
      reviewWith({
        ...identity,
        kyc: {
          ...strip(identity.kyc, "codes", "decision"),
          validations: strip(identity.kyc.validations, "ssn", "dob"),
        },
        network_alerts: strip(identity.network_alerts, "alerts", "codes", "decision"),
        watch_list: {
          ...strip(identity.watch_list, "codes", "decision", "matched"),
          matches: [strip(identity.watch_list.matches[0] ?? {}, "urls", "match_fields")],
        },
        reputation: {
          ...strip(rubyReviewFragments.reputation, "codes", "risk_score"),
          insights: strip({}, "user_dob_count"),
        },
      }),
    );
    expect(inner.data.identity_details?.kyc?.validations?.email).toBe(true);
    expect(inner.data.identity_details?.kyc?.validations?.ssn ?? undefined).toBeUndefined();
    expect(inner.data.identity_details?.watch_list?.matches?.[0]?.list_name).toBe("<string>");
  });

  it("breakdown modules absent altogether, and an empty messages map", () => {
    const parsed = accepted(
      CustomerReviewResponseSchema,
      reviewWith({ ...identity, breakdown: {}, messages: {} }),
    );
    expect(parsed.data.identity_details?.breakdown).toEqual({});
    expect(parsed.data.identity_details?.messages).toEqual({});
  });

  it('keeps a correlation of "match" and an unknown decision as they are', () => {
    const parsed = accepted(
      CustomerReviewResponseSchema,
      reviewWith({
        ...identity,
        decision: "escalate",
        breakdown: { ...identity.breakdown, email: { ...identity.breakdown.email, correlation: "match" } },
        watch_list: {
          ...identity.watch_list,
          matches: [{ ...identity.watch_list.matches[0], correlation: "match" }],
        },
      }),
    );
    expect(parsed.data.identity_details?.decision).toBe("escalate");
    expect(parsed.data.identity_details?.breakdown?.email?.correlation).toBe("match");
    expect(parsed.data.identity_details?.watch_list?.matches?.[0]?.correlation).toBe("match");
  });

  it("an open enum (decision, correlation) takes any string and refuses anything else, as z.custom did", () => {
    for (const decision of [1, true, {}, ["review"]]) {
      const result = z.safeParse(CustomerReviewResponseSchema, reviewWith({ ...identity, decision }));
      expect(result.success, JSON.stringify(decision)).toBe(false);
      if (!result.success) {
        expect(result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
          ["data.identity_details.decision", "Invalid input"],
        ]);
      }
    }
    expect(
      accepted(CustomerReviewResponseSchema, reviewWith({ ...identity, decision: "" })).data.identity_details
        ?.decision,
    ).toBe("");
  });

  it("a review id must not be empty (any other string is kept, spaces too), as z.minLength(1) did", () => {
    const empty = z.safeParse(CustomerReviewResponseSchema, reviewWith({ ...identity, review_id: "" }));
    expect(empty.success).toBe(false);
    if (!empty.success) {
      expect(empty.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["data.identity_details.review_id", "Invalid input"],
      ]);
    }
    for (const id of [" ", "\n", "x", "\ud800"]) {
      const parsed = accepted(CustomerReviewResponseSchema, reviewWith({ ...identity, review_id: id }));
      expect(parsed.data.identity_details?.review_id).toBe(id);
    }
  });

  it("keeps scores outside any expected range", () => {
    const parsed = accepted(
      CustomerReviewResponseSchema,
      reviewWith({
        ...identity,
        breakdown: {
          fraud: { risk_score: 123, correlation_score: -4.5 },
          synthetic: { risk_score: 0.999, correlation_score: 0.001 },
        },
      }),
    );
    expect(parsed.data.identity_details?.breakdown?.fraud).toEqual({
      risk_score: 123,
      correlation_score: -4.5,
    });
    expect(parsed.data.identity_details?.breakdown?.synthetic?.risk_score).toBe(0.999);
  });

  it("list: meta placeholders, and response_type 'array' as documented", () => {
    const parsed = accepted(CustomerSummaryPagedResponseSchema, {
      ...listExample,
      response_type: "array",
      meta: { ...listExample.meta, page_number: 0, page_size: 0, total_pages: 0, sort_by: "sort_by" },
    });
    expect(parsed.response_type).toBe("array");
    expect(parsed.meta).toMatchObject({
      page_number: 0,
      max_page_size: 0,
      sort_by: "sort_by",
      sort_order: "asc",
    });
    const empty = accepted(CustomerSummaryPagedResponseSchema, { ...listExample, data: [] });
    expect(empty.data).toEqual([]);
  });
});

describe("response schemas reject wrong shapes with a readable path", () => {
  it.each([
    ["an unknown customer status", { ...customerData, status: "archived" }, "data.status"],
    ["an unknown customer type", { ...customerData, type: "trust" }, "data.type"],
    ["a non-UUID id", { ...customerData, id: "cus_123" }, "data.id"],
    ["a missing name", omit(customerData, "name"), "data.name"],
    ["a numeric phone", { ...customerData, phone: 12128675309 }, "data.phone"],
    [
      "an address without a city",
      { ...customerData, address: omit(customerData.address, "city") },
      "data.address.city",
    ],
    ["metadata with a number", { ...customerData, metadata: { foo: 1 } }, "data.metadata.foo"],
  ])("%s", (_label, data, path) => {
    expect(rejectedPaths(CustomerResponseSchema, customerWith(data))).toEqual([path]);
  });

  it("a missing data, or data as a string", () => {
    expect(rejectedPaths(CustomerResponseSchema, omit(customerExample, "data"))).toEqual(["data"]);
    expect(rejectedPaths(CustomerResponseSchema, { ...customerExample, data: "Ron Swanson" })).toEqual([
      "data",
    ]);
    expect(
      rejectedPaths(CustomerSummaryPagedResponseSchema, { ...listExample, data: listExample.data[0] }),
    ).toEqual(["data"]);
  });

  it("a missing meta, or a list meta without its counts", () => {
    expect(rejectedPaths(CustomerResponseSchema, omit(customerExample, "meta"))).toEqual(["meta"]);
    expect(
      rejectedPaths(CustomerSummaryPagedResponseSchema, {
        ...listExample,
        meta: customerExample.meta,
      }).sort(),
    ).toEqual([
      "meta.max_page_size",
      "meta.page_number",
      "meta.page_size",
      "meta.sort_by",
      "meta.sort_order",
      "meta.total_items",
      "meta.total_pages",
    ]);
  });

  it("paths reach into lists and the review", () => {
    expect(
      rejectedPaths(CustomerSummaryPagedResponseSchema, {
        ...listExample,
        data: [listExample.data[0], { ...listExample.data[0], status: "archived" }],
      }),
    ).toEqual(["data.1.status"]);
    expect(
      rejectedPaths(CustomerReviewResponseSchema, {
        ...reviewExample,
        data: {
          ...reviewExample.data,
          customer_details: { ...reviewExample.data.customer_details, type: "trust" },
        },
      }),
    ).toEqual(["data.customer_details.type"]);
    expect(
      rejectedPaths(
        CustomerReviewResponseSchema,
        reviewWith({ ...identity, breakdown: { fraud: { risk_score: "high" } } }),
      ),
    ).toEqual(["data.identity_details.breakdown.fraud.risk_score"]);
    expect(rejectedPaths(CustomerReviewResponseSchema, reviewWith(omit(identity, "review_id")))).toEqual([
      "data.identity_details.review_id",
    ]);
  });

  it("through an endpoint function: invalid_response with the issue paths", async () => {
    const error = await failureOf(
      getCustomer(
        { fetcher: answering(customerWith({ ...customerData, status: "archived" })) },
        customerData.id,
      ),
    );
    expect(error.kind).toBe("invalid_response");
    expect(error.endpoint).toBe("GET /v1/customers/{id}");
    expect(error.issues.map((issue) => issue.path)).toEqual(["data.status"]);
    expect(error.message).toContain("GET /v1/customers/{id}");
    expect(error.message).toContain("data.status");
    expect(error.requestId).toBe(customerExample.meta.api_request_id);

    const noData = await failureOf(
      getCustomer({ fetcher: answering(omit(customerExample, "data")) }, customerData.id),
    );
    expect(noData.issues.map((issue) => issue.path)).toEqual(["data"]);

    const stringData = await failureOf(
      getCustomerReview({ fetcher: answering({ ...reviewExample, data: "oops" }) }, customerData.id),
    );
    expect(stringData.endpoint).toBe("GET /v1/customers/{id}/review");
    expect(stringData.issues.map((issue) => issue.path)).toEqual(["data"]);

    const badId = await failureOf(
      listCustomers({ fetcher: answering({ ...listExample, data: [{ ...listExample.data[0], id: "42" }] }) }),
    );
    expect(badId.issues.map((issue) => issue.path)).toEqual(["data.0.id"]);
  });

  it("a body that is not an object at all is reported at the root", async () => {
    const error = await failureOf(getCustomer({ fetcher: answering(null) }, customerData.id));
    expect(error.kind).toBe("invalid_response");
    expect(error.issues[0]?.path).toBe("(root)");
  });
});
