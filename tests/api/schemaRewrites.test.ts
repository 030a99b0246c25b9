// Schemas rewritten with fewer of zod's classes (issue 13, bundle sizes): each is compared with its
// old definition, kept here as the reference, over representative and edge values: the same values
// accepted, the same output, the same issues (path and message) for those refused.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  CreateCustomerInputSchema,
  CustomerResponseSchema,
  CustomerReviewResponseSchema,
} from "../../src/api";
import {
  customerStatuses,
  customerTypes,
  oneOf,
  processingMethods,
  reviewDecisionStatuses,
  sandboxOutcomes,
  stringMap,
} from "../../src/api/schemas/common";
import { createRequestSchemas } from "../../src/api/schemas/requests";
import { customerExample, reviewExample } from "./fixtures";

type Outcome = { ok: true; data: unknown; keys: string[] } | { ok: false; issues: [string, string][] };

function outcome(schema: z.core.$ZodType, value: unknown): Outcome {
  const result = z.safeParse(schema, value);
  if (result.success) {
    const data = result.data;
    const keys = typeof data === "object" && data !== null ? Object.keys(data) : [];
    return { ok: true, data, keys };
  }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => [issue.path.map(String).join("."), issue.message]),
  };
}

/** Asserts that `next` treats every value as `previous` does, and that both accept and refuse some. */
function sameAs(previous: z.core.$ZodType, next: z.core.$ZodType, values: readonly unknown[]) {
  const verdicts = values.map((value, index) => {
    const before = outcome(previous, value);
    expect(outcome(next, value), `value #${index}: ${JSON.stringify(value)}`).toStrictEqual(before);
    return before.ok;
  });
  expect(verdicts).toContain(true);
  expect(verdicts).toContain(false);
}

describe("a string map (metadata, a review's messages, code messages): as z.record(z.string(), z.string())", () => {
  const record = () => z.record(z.string(), z.string());
  const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`key${i}`, `value ${i}`]));
  // Every value JSON can hold where a map is expected, parsed from text as responses are.
  const json = [
    "{}",
    '{"foo":"string"}',
    '{"":""}',
    '{"1":"one","b":"bee","0":"zero"}',
    '{"a":"x","a ":"y","ü":"z","🙂":"w"}',
    '{"__proto__":"x"}',
    '{"__proto__":1,"a":"b"}',
    '{"constructor":"c","toString":"t","hasOwnProperty":"h"}',
    '{"a":1}',
    '{"a":null}',
    '{"a":"x","b":2,"c":[],"d":{}}',
    '{"a":true,"b":false}',
    '{"a":["x"]}',
    '{"a":{"b":"c"}}',
    "[]",
    '["a"]',
    '"text"',
    "1",
    "0",
    "true",
    "null",
    JSON.stringify(many),
    JSON.stringify({ ...many, key7: 7, key99: null }),
  ].map((text) => JSON.parse(text) as unknown);

  it("accepts and refuses every JSON value as the record did, with the same output, paths and message", () => {
    sameAs(record(), stringMap(), [...json, undefined]);
    sameAs(z.nullish(record()), z.nullish(stringMap()), [...json, undefined]);
  });

  it("inside the response schemas: a customer's metadata and a review's messages", () => {
    const customerBefore = z.object({
      ...CustomerResponseSchema.shape,
      data: z.object({ ...CustomerResponseSchema.shape.data.shape, metadata: z.nullish(record()) }),
    });
    sameAs(
      customerBefore,
      CustomerResponseSchema,
      json.map((metadata) => ({ ...customerExample, data: { ...customerExample.data, metadata } })),
    );

    const identity = reviewExample.data.identity_details;
    const data = CustomerReviewResponseSchema.shape.data;
    const details = data.shape.identity_details.def.innerType.def.innerType;
    const reviewBefore = z.object({
      ...CustomerReviewResponseSchema.shape,
      data: z.object({
        ...data.shape,
        identity_details: z.nullish(z.object({ ...details.shape, messages: z.nullish(record()) })),
      }),
    });
    sameAs(
      reviewBefore,
      CustomerReviewResponseSchema,
      json.map((messages) => ({
        ...reviewExample,
        data: { ...reviewExample.data, identity_details: { ...identity, messages } },
      })),
    );
  });

  it("a request's metadata keeps its two rules (a key, at most 20) on top of the map", () => {
    const rules = (schema: z.ZodMiniType<Record<string, string>>) =>
      schema.check(
        z.refine((value) => Object.keys(value).every((key) => key.trim() !== ""), "key"),
        z.refine((value) => Object.keys(value).length <= 20, "too many"),
      );
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "v"]));
    sameAs(rules(record()), rules(stringMap()), [
      ...json,
      { " ": "v" },
      { "": "v", a: 1 },
      twenty,
      { ...twenty, one: "more" },
      { ...twenty, one: 1 },
    ]);
    const individual = {
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "+12125550100",
      type: "individual",
      device: { ip_address: "203.0.113.7" },
    };
    expect(z.safeParse(CreateCustomerInputSchema, { ...individual, metadata: { a: "b" } }).success).toBe(
      true,
    );
    for (const metadata of [{ a: 1 }, { " ": "v" }, { ...twenty, one: "more" }, ["a"]])
      expect(z.safeParse(CreateCustomerInputSchema, { ...individual, metadata }).success).toBe(false);
  });

  it("values JSON cannot hold are the only ones read differently (documented in stringMap)", () => {
    class Tagged {
      tag = "x";
    }
    const inherited = Object.create({ inherited: "x" }) as object;
    const symbolKey = { [Symbol("s")]: "x" };
    expect(outcome(record(), new Tagged()).ok).toBe(false);
    expect(outcome(stringMap(), new Tagged())).toMatchObject({ ok: true, data: { tag: "x" } });
    expect(outcome(record(), inherited)).toMatchObject({ ok: true, data: {} });
    expect(outcome(stringMap(), inherited)).toMatchObject({ ok: true, data: { inherited: "x" } });
    expect(outcome(record(), symbolKey).ok).toBe(false);
    expect(outcome(stringMap(), symbolKey)).toMatchObject({ ok: true, data: {} });
  });
});

describe("a closed set of strings (status, type, config, decision): as z.enum(values)", () => {
  const lists = [customerStatuses, customerTypes, reviewDecisionStatuses, processingMethods, sandboxOutcomes];
  const samples = (values: readonly string[]) => [
    ...values,
    ...values.flatMap((value) => [
      value.toUpperCase(),
      ` ${value}`,
      `${value} `,
      `${value}\n`,
      `\n${value}`,
      `${value}s`,
      value.slice(1),
      value.slice(0, -1),
      `${value}|${value}`,
      [value],
      { value },
    ]),
    values.join("|"),
    values.join(""),
    "",
    "|",
    ".*",
    "x",
    1,
    0,
    true,
    null,
    undefined,
    [],
    {},
  ];

  it("accepts exactly the listed values and refuses the rest with the same message, with or without a custom one", () => {
    for (const values of lists) {
      sameAs(z.enum(values), oneOf(values), samples(values));
      sameAs(z.enum(values, { error: "Pick one." }), oneOf(values, "Pick one."), samples(values));
      sameAs(z.optional(z.enum(values)), z.optional(oneOf(values)), samples(values));
    }
  });

  it("inside the response schemas: a customer's status and type", () => {
    const data = CustomerResponseSchema.shape.data;
    const before = z.object({
      ...CustomerResponseSchema.shape,
      data: z.object({ ...data.shape, status: z.enum(customerStatuses), type: z.enum(customerTypes) }),
    });
    const values = [...samples(customerStatuses), ...samples(customerTypes)];
    sameAs(
      before,
      CustomerResponseSchema,
      values.flatMap((value) => [
        { ...customerExample, data: { ...customerExample.data, status: value } },
        { ...customerExample, data: { ...customerExample.data, type: value } },
      ]),
    );
  });

  it("inside the request schemas: the decision's own message, the config's and the update's status", () => {
    const schemas = createRequestSchemas({ decision: "Choose one." });
    const before = z.object({ status: z.enum(reviewDecisionStatuses, { error: "Choose one." }) });
    sameAs(
      before,
      schemas.reviewDecision,
      samples(reviewDecisionStatuses).map((status) => ({ status })),
    );
    const config = schemas.fields.config;
    const configBefore = z.object({
      processing_method: z.optional(z.enum(processingMethods)),
      sandbox_outcome: z.optional(z.enum(sandboxOutcomes)),
    });
    sameAs(configBefore, config, [
      {},
      ...samples(processingMethods).map((processing_method) => ({ processing_method })),
      ...samples(sandboxOutcomes).map((sandbox_outcome) => ({ sandbox_outcome })),
    ]);
    const updateBefore = z.object({ ...schemas.updateCustomer.shape, status: z.enum(customerStatuses) });
    const customer = {
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "+12125550100",
      device: { ip_address: "203.0.113.7" },
    };
    sameAs(
      updateBefore,
      schemas.updateCustomer,
      samples(customerStatuses).map((status) => ({ ...customer, status })),
    );
  });
});
