import * as z from "zod/mini";
import {
  CorrelationSchema,
  DecisionSchema,
  envelope,
  nonEmpty,
  stringMap,
  TimestampSchema,
} from "./common.js";
import { CustomerSchema } from "./customer.js";

// Every field inside the review is optional on the wire and may be `null`.
const codes = z.nullish(z.array(z.string()));
const count = z.nullish(z.number());
const dates = z.nullish(z.array(z.string()));

/** One screening module. Scores have no documented range: any number is accepted. */
export const BreakdownModuleSchema = z.object({
  decision: z.nullish(DecisionSchema),
  codes,
  risk_score: z.nullish(z.number()),
  correlation: z.nullish(CorrelationSchema),
  correlation_score: z.nullish(z.number()),
});
export type BreakdownModule = z.infer<typeof BreakdownModuleSchema>;

export const breakdownModules = [
  "fraud",
  "synthetic",
  "email",
  "phone",
  "address",
  "business_identification",
  "business_validation",
  "business_evaluation",
] as const;
export type BreakdownModuleName = (typeof breakdownModules)[number];

export const IdentityBreakdownSchema = z.object({
  address: z.nullish(BreakdownModuleSchema),
  email: z.nullish(BreakdownModuleSchema),
  phone: z.nullish(BreakdownModuleSchema),
  fraud: z.nullish(BreakdownModuleSchema),
  synthetic: z.nullish(BreakdownModuleSchema),
  business_identification: z.nullish(BreakdownModuleSchema),
  business_validation: z.nullish(BreakdownModuleSchema),
  business_evaluation: z.nullish(BreakdownModuleSchema),
});
export type IdentityBreakdown = z.infer<typeof IdentityBreakdownSchema>;

export const kycFields = [
  "first_name",
  "last_name",
  "address",
  "city",
  "state",
  "zip",
  "phone",
  "dob",
  "ssn",
  "email",
] as const;
export type KycField = (typeof kycFields)[number];

export const KycValidationsSchema = z.object({
  first_name: z.nullish(z.boolean()),
  last_name: z.nullish(z.boolean()),
  address: z.nullish(z.boolean()),
  city: z.nullish(z.boolean()),
  state: z.nullish(z.boolean()),
  zip: z.nullish(z.boolean()),
  phone: z.nullish(z.boolean()),
  dob: z.nullish(z.boolean()),
  ssn: z.nullish(z.boolean()),
  email: z.nullish(z.boolean()),
});
export type KycValidations = z.infer<typeof KycValidationsSchema>;

export const KycResultSchema = z.object({
  decision: z.nullish(DecisionSchema),
  codes,
  validations: z.nullish(KycValidationsSchema),
});
export type KycResult = z.infer<typeof KycResultSchema>;

export const NetworkAlertsSchema = z.object({
  decision: z.nullish(DecisionSchema),
  codes,
  alerts: z.nullish(z.array(z.string())),
});
export type NetworkAlerts = z.infer<typeof NetworkAlertsSchema>;

/** The 33 insight fields; `*_dates` are `YYYY-MM-DD` strings, amounts have no documented unit. */
export const ReputationInsightsSchema = z.object({
  accounts_active_count: count,
  accounts_closed_count: count,
  accounts_closed_dates: dates,
  accounts_count: count,
  accounts_fraud_count: count,
  accounts_fraud_labeled_dates: dates,
  accounts_fraud_loss_total_amount: count,
  ach_fraud_transactions_count: count,
  ach_fraud_transactions_dates: dates,
  ach_fraud_transactions_total_amount: count,
  ach_returned_transactions_count: count,
  ach_returned_transactions_dates: dates,
  ach_returned_transactions_total_amount: count,
  applications_approved_count: count,
  applications_count: count,
  applications_dates: dates,
  applications_declined_count: count,
  applications_fraud_count: count,
  card_disputed_transactions_count: count,
  card_disputed_transactions_dates: dates,
  card_disputed_transactions_total_amount: count,
  card_fraud_transactions_count: count,
  card_fraud_transactions_dates: dates,
  card_fraud_transactions_total_amount: count,
  card_stopped_transactions_count: count,
  card_stopped_transactions_dates: dates,
  user_active_profile_count: count,
  user_address_count: count,
  user_closed_profile_count: count,
  user_dob_count: count,
  user_email_count: count,
  user_institution_count: count,
  user_mobile_count: count,
});
export type ReputationInsights = z.infer<typeof ReputationInsightsSchema>;

export const ReputationSchema = z.object({
  decision: z.nullish(DecisionSchema),
  codes,
  risk_score: z.nullish(z.number()),
  insights: z.nullish(ReputationInsightsSchema),
});
export type Reputation = z.infer<typeof ReputationSchema>;

/** Documented as all-required, but read tolerantly: a match is shown with whatever it has. */
export const WatchListMatchSchema = z.object({
  list_name: z.nullish(z.string()),
  correlation: z.nullish(CorrelationSchema),
  match_fields: z.nullish(z.array(z.string())),
  /** External and untrusted: only `http(s)` may ever become a link. */
  urls: z.nullish(z.array(z.string())),
});
export type WatchListMatch = z.infer<typeof WatchListMatchSchema>;

export const WatchListSchema = z.object({
  decision: z.nullish(DecisionSchema),
  codes,
  matched: z.nullish(z.array(z.string())),
  matches: z.nullish(z.array(WatchListMatchSchema)),
});
export type WatchList = z.infer<typeof WatchListSchema>;

export const IdentityDetailsSchema = z.object({
  review_id: z.string().check(nonEmpty()),
  decision: z.nullish(DecisionSchema),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  breakdown: z.nullish(IdentityBreakdownSchema),
  messages: z.nullish(stringMap()),
  kyc: z.nullish(KycResultSchema),
  network_alerts: z.nullish(NetworkAlertsSchema),
  reputation: z.nullish(ReputationSchema),
  watch_list: z.nullish(WatchListSchema),
});
export type IdentityDetails = z.infer<typeof IdentityDetailsSchema>;

/** `CustomerReviewV1.data`; `identity_details` is absent while checks are pending. */
export const CustomerReviewSchema = z.object({
  customer_details: CustomerSchema,
  identity_details: z.nullish(IdentityDetailsSchema),
});
export type CustomerReview = z.infer<typeof CustomerReviewSchema>;

export const CustomerReviewResponseSchema = envelope(CustomerReviewSchema);
export type CustomerReviewResponse = z.infer<typeof CustomerReviewResponseSchema>;
