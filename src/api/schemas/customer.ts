import * as z from "zod/mini";
import {
  CustomerStatusSchema,
  CustomerTypeSchema,
  envelope,
  IdSchema,
  ProcessingMethodSchema,
  ResponseMetadataSchema,
  ResponseTypeSchema,
  SandboxOutcomeSchema,
  SortOrderSchema,
  stringMap,
  TimestampSchema,
} from "./common.js";

// Optional fields may be absent or `null` on the wire; both are accepted everywhere.
const text = z.nullish(z.string());
const StringMapSchema = stringMap();

export const CustomerAddressSchema = z.object({
  address1: z.string(),
  address2: text,
  city: z.string(),
  state: z.string(),
  zip: z.string(),
});
export type CustomerAddress = z.infer<typeof CustomerAddressSchema>;

export const RepresentativeSchema = z.object({
  name: z.string(),
  email: text,
  phone: text,
});
export type Representative = z.infer<typeof RepresentativeSchema>;

/** Masked values are opaque display strings (`****-**-**`, `***-**-****`, `**-*******`). */
export const IndividualComplianceProfileMaskedSchema = z.object({ dob: text, ssn: text });
export const BusinessComplianceProfileMaskedSchema = z.object({
  ein: text,
  legal_business_name: text,
  representatives: z.nullish(z.array(RepresentativeSchema)),
  website: text,
});
export type IndividualComplianceProfileMasked = z.infer<typeof IndividualComplianceProfileMaskedSchema>;
export type BusinessComplianceProfileMasked = z.infer<typeof BusinessComplianceProfileMaskedSchema>;

/**
 * The API's union has no discriminator, and in masked responses every field may be absent,
 * so a response is read with one schema that keeps the fields of both variants.
 */
export const ComplianceProfileMaskedSchema = z.object({
  ...IndividualComplianceProfileMaskedSchema.shape,
  ...BusinessComplianceProfileMaskedSchema.shape,
});
export type ComplianceProfileMasked = z.infer<typeof ComplianceProfileMaskedSchema>;

/** Unmasked formats: dob `YYYY-MM-DD`, ssn `XXX-XX-XXXX`, ein `XX-XXXXXXX`. */
export const IndividualComplianceProfileSchema = z.object({ dob: z.string(), ssn: z.string() });
export const BusinessComplianceProfileSchema = z.object({
  ein: z.string(),
  legal_business_name: z.string(),
  representatives: z.nullish(z.array(RepresentativeSchema)),
  website: text,
});
export type IndividualComplianceProfile = z.infer<typeof IndividualComplianceProfileSchema>;
export type BusinessComplianceProfile = z.infer<typeof BusinessComplianceProfileSchema>;

export const CustomerConfigSchema = z.object({
  processing_method: z.nullish(ProcessingMethodSchema),
  sandbox_outcome: z.nullish(SandboxOutcomeSchema),
});
export type CustomerConfig = z.infer<typeof CustomerConfigSchema>;

/** `ip_address` may come back masked (`**.**.**.**`), so it is not checked as IPv4 here. */
export const CustomerDeviceSchema = z.object({ ip_address: z.string() });
export type CustomerDevice = z.infer<typeof CustomerDeviceSchema>;

const customerShape = {
  id: IdSchema,
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  status: CustomerStatusSchema,
  type: CustomerTypeSchema,
  address: z.nullish(CustomerAddressSchema),
  config: z.nullish(CustomerConfigSchema),
  device: z.nullish(CustomerDeviceSchema),
  external_id: text,
  metadata: z.nullish(StringMapSchema),
};

/** `CustomerV1.data`: what get, create, update, delete, decision and refresh_review return. */
export const CustomerSchema = z.object({
  ...customerShape,
  compliance_profile: z.nullish(ComplianceProfileMaskedSchema),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** `CustomerUnmaskedV1.data`: the same record with dob/ssn/ein in clear. Never cache it. */
export const CustomerUnmaskedSchema = z.object({
  ...customerShape,
  compliance_profile: z.nullish(
    z.object({
      dob: text,
      ssn: text,
      ein: text,
      legal_business_name: text,
      representatives: z.nullish(z.array(RepresentativeSchema)),
      website: text,
    }),
  ),
});
export type CustomerUnmasked = z.infer<typeof CustomerUnmaskedSchema>;

/** One row of the list: no address, PII, config, device or metadata. */
export const CustomerSummarySchema = z.object({
  id: IdSchema,
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  status: CustomerStatusSchema,
  type: CustomerTypeSchema,
  external_id: text,
});
export type CustomerSummary = z.infer<typeof CustomerSummarySchema>;

/** Docs examples carry placeholders (`page_number: 0`, `sort_by: "sort_by"`): no range checks. */
export const PagedResponseMetadataSchema = z.object({
  ...ResponseMetadataSchema.shape,
  max_page_size: z.number(),
  page_number: z.number(),
  page_size: z.number(),
  sort_by: z.string(),
  sort_order: SortOrderSchema,
  total_items: z.number(),
  total_pages: z.number(),
});
export type PagedResponseMetadata = z.infer<typeof PagedResponseMetadataSchema>;

export const CustomerResponseSchema = envelope(CustomerSchema);
export const CustomerUnmaskedResponseSchema = envelope(CustomerUnmaskedSchema);
export const CustomerSummaryPagedResponseSchema = z.object({
  meta: PagedResponseMetadataSchema,
  response_type: z.optional(ResponseTypeSchema),
  data: z.array(CustomerSummarySchema),
});
export type CustomerResponse = z.infer<typeof CustomerResponseSchema>;
export type CustomerUnmaskedResponse = z.infer<typeof CustomerUnmaskedResponseSchema>;
export type CustomerSummaryPagedResponse = z.infer<typeof CustomerSummaryPagedResponseSchema>;
