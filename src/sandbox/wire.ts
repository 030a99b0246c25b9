import * as z from "zod/mini";
import type { CustomerUnmasked, RequestSchemas } from "../api/index.js";

/**
 * The request rules of the API itself, which are looser than the form's: wherever the API's
 * types allow `null` in a request body (the official SDK types these `| null`), `null` means
 * the same as leaving the field out. `CustomerForm` keeps its stricter rules (both dob and ssn,
 * both ein and legal name); the sandbox validates like the API.
 *
 * Nullable request fields: `address`, `compliance_profile`, `external_id`, `metadata`,
 * `address.address2`, the profile's `dob`, `ssn`, `ein`, `legal_business_name`,
 * `representatives` and `website`, and a representative's `email` and `phone`.
 */
const nullableTop = ["address", "compliance_profile", "external_id", "metadata"] as const;
const nullableProfile = ["dob", "ssn", "ein", "legal_business_name", "representatives", "website"] as const;
const nullableRepresentative = ["email", "phone"] as const;
/** Typed `string | null` (required but nullable) in the API: absent is accepted too. */
const nullableRequired = ["dob", "ssn", "ein", "legal_business_name"] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withoutNulls(value: Json, keys: readonly string[]): Json {
  const out: Json = { ...value };
  for (const key of keys) if (out[key] === null) delete out[key];
  return out;
}

/**
 * A create/update body with every allowed `null` removed (a copy; the input is not changed).
 * A compliance profile left with no field at all is no profile. Anything that is not an
 * object is returned as it is, for the schema to refuse.
 */
export function nullMeansAbsent(body: unknown): unknown {
  if (!isObject(body)) return body;
  const out = withoutNulls(body, nullableTop);
  if (isObject(out.address)) out.address = withoutNulls(out.address, ["address2"]);
  if (isObject(out.compliance_profile)) {
    const profile = withoutNulls(out.compliance_profile, nullableProfile);
    if (Array.isArray(profile.representatives)) {
      profile.representatives = profile.representatives.map((rep) =>
        isObject(rep) ? withoutNulls(rep, nullableRepresentative) : rep,
      );
    }
    if (Object.keys(profile).length === 0) delete out.compliance_profile;
    else out.compliance_profile = profile;
  }
  return out;
}

/**
 * The API's request schemas: the form's (`createRequestSchemas`, same fields, formats and
 * messages) with only the compliance profiles swapped for looser ones, where dob, ssn, ein and
 * legal_business_name are each optional. Run on a body after {@link nullMeansAbsent}.
 */
export function createWireSchemas(form: RequestSchemas) {
  const { dob, ssn, ein, website, representative } = form.fields;
  const individualProfile = z.strictObject({ dob: z.optional(dob), ssn: z.optional(ssn) });
  const businessProfile = z.strictObject({
    ein: z.optional(ein),
    legal_business_name: z.optional(form.businessProfile.shape.legal_business_name),
    representatives: z.optional(z.array(representative)),
    website: z.optional(website),
  });
  const individual = { compliance_profile: z.optional(individualProfile) };
  const business = { compliance_profile: z.optional(businessProfile) };
  const [createIndividual, createBusiness] = form.createCustomer._zod.def.options;
  return {
    createCustomer: z.discriminatedUnion("type", [
      z.extend(createIndividual, individual),
      z.extend(createBusiness, business),
    ]),
    updateIndividual: z.extend(form.updateIndividual, individual),
    updateBusiness: z.extend(form.updateBusiness, business),
    reviewDecision: form.reviewDecision,
  };
}

export type WireSchemas = ReturnType<typeof createWireSchemas>;

type Profile = CustomerUnmasked["compliance_profile"];

/**
 * The compliance profile after an update: none given keeps the stored one; a given one
 * replaces it, except that dob, ssn, ein and legal_business_name left out (or `null`) keep
 * their stored values — responses only ever carry them masked, so a client cannot send them back.
 */
export function updatedProfile(stored: Profile, given: Profile): Profile {
  if (given === undefined || given === null) return stored;
  if (stored === undefined || stored === null) return given;
  const out = { ...given };
  for (const key of nullableRequired) {
    const kept = stored[key];
    if (out[key] === undefined && kept !== undefined && kept !== null) out[key] = kept;
  }
  return out;
}
