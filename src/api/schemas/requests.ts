import * as z from "zod/mini";
import {
  CustomerStatusSchema,
  nonEmpty,
  oneOf,
  processingMethods,
  reviewDecisionStatuses,
  sandboxOutcomes,
  stringMap,
} from "./common.js";
import { defaultValidationMessages, type ValidationMessages } from "./validation-messages.js";

const PHONE = /^\+[1-9]\d{1,14}$/;
const STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;
const SSN = /^\d{3}-\d{2}-\d{4}$/;
const EIN = /^\d{2}-\d{7}$/;
const DOB = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (rejects 2023-02-30), in the past, not before 1900. */
function dobProblem(value: string, today: Date): "dob" | "dobNotPast" | "dobTooOld" | null {
  const match = DOB.exec(value);
  if (!match) return "dob";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return "dob";
  if (year < 1900) return "dobTooOld";
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (date.getTime() >= todayUtc) return "dobNotPast";
  return null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * The field and profile schemas the request schemas are made of, with the given messages.
 * `CustomerForm` builds its schema from these alone, so its bundle carries no union schemas.
 */
export function createFieldSchemas(overrides: Partial<ValidationMessages> = {}) {
  const m: ValidationMessages = { ...defaultValidationMessages, ...overrides };
  // "Not empty" and "at most 100" as regex checks rather than zod's length checks: the same
  // strings (lengths in code points, as zod counts them: the `u` flag) with the same messages,
  // and the form's bundle carries only the regex check it needs anyway (0.3 kB gzip less).
  const required = (message: string) => z.string({ error: message }).check(z.trim(), nonEmpty(message));
  const max100 = z.regex(/^[\s\S]{0,100}$/u, m.tooLong);

  const name = required(m.nameRequired).check(max100);
  const email = z.email({ error: m.email });
  // People type "+1 (212) 867-5309" (the message's own example has spaces): spaces, dots,
  // dashes and parentheses are dropped, so the API always receives bare E.164.
  const phone = z.string({ error: m.phone }).check(
    z.overwrite((value) => value.replace(/[\s().-]/g, "")),
    z.regex(PHONE, m.phone),
  );
  const device = z.object({ ip_address: z.ipv4({ error: m.ipAddress }) });
  const address = z.object({
    address1: required(m.address1).check(max100),
    address2: z.optional(z.string().check(max100)),
    city: required(m.city).check(max100),
    state: z.string({ error: m.state }).check(z.regex(STATE, m.state)),
    zip: z.string({ error: m.zip }).check(z.regex(ZIP, m.zip)),
  });
  const dob = z.string({ error: m.dob }).check(
    z.superRefine((value, ctx) => {
      const problem = dobProblem(value, new Date());
      if (problem) ctx.issues.push({ code: "custom", message: m[problem], input: value });
    }),
  );
  const ssn = z.string({ error: m.ssn }).check(z.regex(SSN, m.ssn));
  const ein = z.string({ error: m.ein }).check(z.regex(EIN, m.ein));
  const website = z.string({ error: m.website }).check(z.refine(isHttpUrl, m.website));
  const representative = z.object({
    name: required(m.representativeName).check(max100),
    email: z.optional(email),
    phone: z.optional(phone),
  });
  const legalBusinessName = required(m.legalBusinessName).check(max100);
  // The key rule is a refinement of the whole record: a failing key *schema* would surface as
  // zod's generic "Invalid input" (the custom message stays buried in nested issues).
  const metadata = stringMap().check(
    z.refine((value) => Object.keys(value).every((key) => key.trim() !== ""), m.metadataKey),
    z.refine((value) => Object.keys(value).length <= 20, m.metadataTooMany),
  );
  const config = z.object({
    processing_method: z.optional(oneOf(processingMethods)),
    sandbox_outcome: z.optional(oneOf(sandboxOutcomes)),
  });

  const common = {
    name,
    email,
    phone,
    device,
    address: z.optional(address),
    external_id: z.optional(z.string().check(max100)),
    metadata: z.optional(metadata),
  };
  return {
    m,
    fields: {
      name,
      email,
      phone,
      device,
      address,
      dob,
      ssn,
      ein,
      legalBusinessName,
      website,
      representative,
      metadata,
      config,
    },
    common,
  };
}

/**
 * The compliance profiles of the request schemas: strict objects (no other keys). Built here and
 * not with the fields, so the form's bundle, which checks each field on its own, carries no
 * strict-object (never) class.
 */
function profileSchemas(f: FieldSchemas["fields"]) {
  return {
    individualProfile: z.strictObject({ dob: f.dob, ssn: f.ssn }),
    businessProfile: z.strictObject({
      ein: f.ein,
      legal_business_name: f.legalBusinessName,
      representatives: z.optional(z.array(f.representative)),
      website: z.optional(f.website),
    }),
  };
}

type FieldSchemas = ReturnType<typeof createFieldSchemas>;

/**
 * Builds the request schemas with the given messages. The rules follow the API's validation
 * (E.164 phone, two-letter state, ZIP, SSN/EIN formats, IPv4 device, ≤ 100-character address
 * lines, ≤ 20 metadata pairs); `CustomerForm` uses the same field schemas.
 */
export function createRequestSchemas(overrides: Partial<ValidationMessages> = {}) {
  const { m, fields, common } = createFieldSchemas(overrides);
  const { individualProfile, businessProfile } = profileSchemas(fields);
  const { config } = fields;

  /** POST /v1/customers: the compliance profile must match `type`. */
  const createCustomer = z.discriminatedUnion("type", [
    z.object({
      ...common,
      type: z.literal("individual"),
      compliance_profile: z.optional(individualProfile),
      config: z.optional(config),
    }),
    z.object({
      ...common,
      type: z.literal("business"),
      compliance_profile: z.optional(businessProfile),
      config: z.optional(config),
    }),
  ]);

  /** PUT /v1/customers/{id} of an individual (`type` and `config` are not accepted). */
  const updateIndividual = z.object({
    ...common,
    status: CustomerStatusSchema,
    compliance_profile: z.optional(individualProfile),
  });
  /** PUT /v1/customers/{id} of a business. */
  const updateBusiness = z.object({
    ...common,
    status: CustomerStatusSchema,
    compliance_profile: z.optional(businessProfile),
  });
  const updateCustomer = z.object({
    ...common,
    status: CustomerStatusSchema,
    compliance_profile: z.optional(z.union([individualProfile, businessProfile])),
  });

  const reviewDecision = z.object({ status: oneOf(reviewDecisionStatuses, m.decision) });

  return {
    fields,
    individualProfile,
    businessProfile,
    createCustomer,
    updateIndividual,
    updateBusiness,
    updateCustomer,
    reviewDecision,
  };
}

export type RequestSchemas = ReturnType<typeof createRequestSchemas>;

// The default schemas are built on first use, by pure calls: a bundle that uses none of these
// exports (CustomerForm builds its own from `createFieldSchemas`) carries no union schemas.
let defaults: RequestSchemas | undefined;
function byDefault<K extends keyof RequestSchemas>(key: K): RequestSchemas[K] {
  defaults ??= createRequestSchemas();
  return defaults[key];
}
export const CreateCustomerInputSchema = /* @__PURE__ */ byDefault("createCustomer");
export const UpdateCustomerInputSchema = /* @__PURE__ */ byDefault("updateCustomer");
export const ReviewDecisionInputSchema = /* @__PURE__ */ byDefault("reviewDecision");

export type CreateCustomerInput = z.input<typeof CreateCustomerInputSchema>;
export type UpdateCustomerInput = z.input<typeof UpdateCustomerInputSchema>;
export type ReviewDecisionInput = z.input<typeof ReviewDecisionInputSchema>;
export type CustomerAddressInput = z.input<RequestSchemas["fields"]["address"]>;
export type RepresentativeInput = z.input<RequestSchemas["fields"]["representative"]>;
