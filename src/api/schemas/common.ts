import * as z from "zod/mini";
import { UUID_PATTERN } from "../ids.js";

/**
 * An enum the UI only displays. The API's docs already show values outside their own
 * enums (a correlation of `"match"`), so an unknown string is kept as it is, to be shown
 * as-is, instead of rejecting the whole response.
 */
export type OpenEnum<T extends string> = T | (string & {});

/**
 * Any string, typed as the known values or any other string. The list is a type argument
 * (`openEnum<typeof decisions>()`), so a bundle that parses responses does not carry the lists;
 * and a plain string check with the message `z.custom` gave ("Invalid input"), so it carries no
 * custom-check class of zod's either.
 */
export function openEnum<const T extends readonly string[]>() {
  return z.string("Invalid input") as z.ZodMiniType<OpenEnum<T[number]>, OpenEnum<T[number]>>;
}

export const customerStatuses = ["pending", "review", "verified", "inactive", "rejected"] as const;
export const customerTypes = ["individual", "business"] as const;
export const decisions = ["accept", "reject", "review"] as const;
export const correlations = ["low_confidence", "potential_match", "likely_match", "high_confidence"] as const;
export const reviewDecisionStatuses = ["verified", "rejected"] as const;
export const processingMethods = ["inline", "background", "skip"] as const;
export const sandboxOutcomes = ["standard", "verified", "rejected", "review"] as const;
export const responseTypes = ["object", "array", "error", "none"] as const;
export const sortOrders = ["asc", "desc"] as const;
export const sortFields = ["name", "created_at"] as const;

/**
 * One of `values`, exactly: what `z.enum(values)` accepts and refuses, with the same message
 * (zod/mini's "Invalid input", or `message`) at the same path, written as a string with a regex
 * check, which every bundle carries anyway: the bundles carry no enum class of zod's (0.26 kB
 * gzip each). Typed as the enum was. The values are plain words (no regex metacharacters).
 */
export function oneOf<const T extends readonly string[]>(values: T, message?: string) {
  const pattern = new RegExp(`^(?:${values.join("|")})$`);
  return z.string(message).check(z.regex(pattern, message)) as z.ZodMiniType<T[number], T[number]>;
}

/** Strict: behaviour (who may be decided, which form is shown) depends on these. */
export const CustomerStatusSchema = /* @__PURE__ */ oneOf(customerStatuses);
export const CustomerTypeSchema = /* @__PURE__ */ oneOf(customerTypes);
export const ReviewDecisionStatusSchema = /* @__PURE__ */ oneOf(reviewDecisionStatuses);

/** Tolerant: shown to people, never branched on beyond styling. */
export const DecisionSchema = openEnum<typeof decisions>();
export const CorrelationSchema = openEnum<typeof correlations>();
export const ProcessingMethodSchema = openEnum<typeof processingMethods>();
export const SandboxOutcomeSchema = openEnum<typeof sandboxOutcomes>();
export const ResponseTypeSchema = openEnum<typeof responseTypes>();
export const SortOrderSchema = openEnum<typeof sortOrders>();

export type CustomerStatus = z.infer<typeof CustomerStatusSchema>;
export type CustomerType = z.infer<typeof CustomerTypeSchema>;
export type ReviewDecisionStatus = z.infer<typeof ReviewDecisionStatusSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Correlation = z.infer<typeof CorrelationSchema>;
export type ProcessingMethod = z.infer<typeof ProcessingMethodSchema>;
export type SandboxOutcome = z.infer<typeof SandboxOutcomeSchema>;
export type SortOrder = (typeof sortOrders)[number];
export type SortField = (typeof sortFields)[number];

/**
 * Ids are bare UUIDs; any 8-4-4-4-12 hex string is accepted (no version check). The same test
 * as `z.guid()`, written as a regex check: bundles that parse responses then carry no string
 * format of zod's beyond the regex check they already use (`TimestampSchema`).
 */
export const IdSchema = z.string().check(z.regex(UUID_PATTERN, { error: "Expected an id (UUID)." }));

/**
 * "Not empty" as a regex check: the strings `z.minLength(1)` accepts, with zod/mini's message for
 * it ("Invalid input") unless given one. The bundles then carry no length check class of zod's
 * (0.3 kB gzip), only the regex check they use anyway (`TimestampSchema`, `IdSchema`).
 */
export function nonEmpty(message = "Invalid input") {
  return z.regex(/^[\s\S]/, message);
}

/**
 * A map of strings (`metadata`, a review's `messages`): an object whose every own key holds a
 * string. An object with a string catchall rather than `z.record(z.string(), z.string())`: every
 * JSON value is accepted or refused as the record did, with the same paths and message, and the
 * bundles carry no record class of zod's (0.5–0.6 kB gzip each). Only values JSON cannot hold
 * are read differently: a class instance (`Date`, `Map`) counts as the object of its enumerable
 * keys where the record refused it, inherited enumerable keys are read, symbol keys ignored.
 */
export function stringMap(): z.ZodMiniType<Record<string, string>, Record<string, string>> {
  // Typed as the record was, so the inferred data types read `Record<string, string>` as before.
  return z.catchall(z.object({}), z.string());
}

/**
 * ISO-8601 date-time as the API sends it: with or without fraction (up to 7 digits were
 * observed) and with or without a zone (GET responses omit it: it is UTC). Kept as the
 * wire string so cached data stays plain JSON; read it with {@link parseTimestamp}.
 */
export const TimestampSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i, {
    error: "Expected an ISO-8601 date-time.",
  }),
);

/** A timestamp without a zone is UTC (the API's GET responses omit the `Z`). */
export function parseTimestamp(value: string): Date {
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  // JavaScript's Date parses at most 3 fractional digits reliably.
  return new Date(zoned.replace(/(\.\d{3})\d+/, "$1"));
}

export const ResponseMetadataSchema = z.object({
  api_request_id: z.string(),
  api_request_timestamp: z.optional(z.string()),
});
export type ResponseMetadata = z.infer<typeof ResponseMetadataSchema>;

/** `{ meta, response_type, data }`; parse by endpoint, never by `response_type` (list says "object"). */
export function envelope<T extends z.core.SomeType>(data: T) {
  return z.object({
    meta: ResponseMetadataSchema,
    response_type: z.optional(ResponseTypeSchema),
    data,
  });
}
