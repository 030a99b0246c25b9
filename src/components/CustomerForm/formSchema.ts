import * as z from "zod/mini";
import type { CustomerType } from "../../api/schemas/common.js";
import {
  type CreateCustomerInput,
  type CustomerAddressInput,
  createFieldSchemas,
  type RepresentativeInput,
} from "../../api/schemas/requests.js";
import type { CustomerChanges } from "../../hooks/useCustomer.js";
import type { StraddleMessages } from "../../messages/types.js";
import {
  isFixed,
  type ProcessingMethodValue,
  type ResolvedFieldControl,
  resolveFieldControl,
  type SandboxOutcomeValue,
} from "./fieldControl.js";
import type { CustomerFormValues, StoredValues } from "./formValues.js";
import { normalizePhone } from "./normalizePhone.js";

export type CustomerFormValidationMessages = StraddleMessages["customerForm"]["validation"];

/** At most this many metadata pairs (API limit). */
export const MAX_METADATA = 20;

type IndividualProfile = { dob: string; ssn: string };
type BusinessProfile = {
  ein: string;
  legal_business_name: string;
  representatives?: RepresentativeInput[];
  website?: string;
};

/**
 * The validated, normalised result of the form. An optional part is `undefined` to leave it
 * out, or `null` (edit mode only) to remove what is stored.
 */
export interface CustomerFormPayload {
  type: CustomerType;
  name: string;
  email: string;
  phone: string;
  /** Left out with `fields.device: "server"` (the host's proxy stamps it). */
  device?: { ip_address: string };
  address?: CustomerAddressInput | null;
  compliance_profile?: IndividualProfile | BusinessProfile;
  external_id?: string | null;
  metadata?: Record<string, string> | null;
  config?: { processing_method?: ProcessingMethodValue; sandbox_outcome?: SandboxOutcomeValue };
}

export interface CustomerFormSchemaOptions {
  /** Defaults to `"create"`. */
  mode?: "create" | "edit";
  /** Which fields the host decides; defaults as in `CustomerFormFieldControl`. */
  fields?: ResolvedFieldControl;
  /** Edit mode: the values the form started from, to tell which business details changed. */
  baseline?: CustomerFormValues;
  /** Edit mode: the masked values that are stored. */
  stored?: StoredValues;
}

/** `123456789` or `123 45 6789` → `123-45-6789`; anything else as typed, for the check to judge. */
export function normalizeSsn(value: string): string {
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{9}$/.test(digits)
    ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
    : value.trim();
}

/** `123456789` → `12-3456789`. */
export function normalizeEin(value: string): string {
  const digits = value.replace(/[\s-]/g, "");
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2)}` : value.trim();
}

/** `19750118` and the US `01/18/1975` → `1975-01-18`. */
export function normalizeDob(value: string): string {
  const trimmed = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (us) return `${us[3]}-${us[1]?.padStart(2, "0")}-${us[2]?.padStart(2, "0")}`;
  return trimmed;
}

/** `example.com` → `https://example.com`; a value with a scheme is left for the check to judge. */
export function normalizeWebsite(value: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

/**
 * The form's schema: validates the values with the request schemas' own rules (one source of
 * truth, see `createFieldSchemas`) plus the rules across fields (address all-or-nothing,
 * compliance values that travel together, unique metadata keys), and turns them into the
 * payload to send. Issues carry the form's paths, so `zodResolver` puts each under its input.
 */
export function createCustomerFormSchema(
  messages: CustomerFormValidationMessages,
  options: CustomerFormSchemaOptions = {},
) {
  const schemas = createFieldSchemas(messages);
  const { fields: f } = schemas;
  const externalId = schemas.common.external_id;
  const legalNameSchema = f.legalBusinessName;
  const mode = options.mode ?? "create";
  const control = options.fields ?? resolveFieldControl(undefined);
  const edit = mode === "edit";
  /** What an emptied optional part becomes: left out on create, removed on update. */
  const cleared = edit ? null : undefined;

  function build(values: CustomerFormValues, ctx: z.core.ParsePayload<unknown>): CustomerFormPayload {
    const seen = new Set<string>();
    const fail = (path: (string | number)[], message: string) => {
      const key = path.join(".");
      if (seen.has(key)) return;
      seen.add(key);
      ctx.issues.push({ code: "custom", message, input: undefined, path });
    };
    function take<S extends z.core.$ZodType>(
      schema: S,
      value: unknown,
      path: (string | number)[],
    ): z.output<S> | undefined {
      const result = z.safeParse(schema, value);
      if (result.success) return result.data;
      for (const issue of result.error.issues)
        fail([...path, ...(issue.path as (string | number)[])], issue.message);
      return undefined;
    }

    const name = take(f.name, values.name, ["name"]);
    const email = take(f.email, values.email.trim(), ["email"]);
    const phone = take(f.phone, normalizePhone(values.phone), ["phone"]);
    const device = isFixed(control.device)
      ? { ip_address: control.device.value }
      : control.device === "server"
        ? undefined
        : take(f.device, { ip_address: values.device.ip_address.trim() }, ["device"]);

    const payload = { type: values.type, name, email, phone } as CustomerFormPayload;
    if (device) payload.device = device;

    if (control.address === "shown") {
      const a = values.address;
      const parts = {
        address1: a.address1.trim(),
        address2: a.address2.trim(),
        city: a.city.trim(),
        state: a.state.trim().toUpperCase(),
        zip: a.zip.trim(),
      };
      if (Object.values(parts).some((part) => part !== "")) {
        const { address2, ...rest } = parts;
        payload.address = take(f.address, address2 ? { ...rest, address2 } : rest, ["address"]);
      } else {
        payload.address = cleared;
      }
    }

    if (control.compliance_profile !== "hidden") {
      const profile =
        values.type === "individual"
          ? individualProfile(values, take, fail)
          : businessProfile(values, take, fail);
      if (profile) payload.compliance_profile = profile;
    }

    if (isFixed(control.external_id)) payload.external_id = control.external_id.value;
    else if (control.external_id === "shown") {
      const id = values.external_id.trim();
      payload.external_id = id ? take(externalId, id, ["external_id"]) : cleared;
    }

    if (isFixed(control.metadata)) payload.metadata = control.metadata.value;
    else if (control.metadata === "shown") payload.metadata = metadataRecord(values, fail);

    if (!edit) {
      if (isFixed(control.config)) payload.config = control.config.value;
      else if (control.config === "shown" && values.config.sandbox_outcome) {
        payload.config = { sandbox_outcome: values.config.sandbox_outcome };
      }
    }

    return ctx.issues.length > 0 ? (z.NEVER as never) : payload;
  }

  type Take = <S extends z.core.$ZodType>(
    schema: S,
    value: unknown,
    path: (string | number)[],
  ) => z.output<S> | undefined;
  type Fail = (path: (string | number)[], message: string) => void;
  const required = control.compliance_profile === "required" && !edit;

  function individualProfile(
    values: CustomerFormValues,
    take: Take,
    fail: Fail,
  ): IndividualProfile | undefined {
    const dobInput = normalizeDob(values.compliance_profile.dob);
    const ssnInput = normalizeSsn(values.compliance_profile.ssn);
    const path = (key: string) => ["compliance_profile", key];
    if (!dobInput && !ssnInput) {
      if (required) {
        fail(path("dob"), messages.dob);
        fail(path("ssn"), messages.ssn);
      }
      return undefined;
    }
    // One without the other: a required pair asks for the format; an optional one says why.
    const onlyOne = (missing: "dob" | "ssn", checkPresent: () => unknown) => {
      const alone = missing === "dob" ? messages.dobWithSsn : messages.ssnWithDob;
      const toChange = missing === "dob" ? messages.dobToChange : messages.ssnToChange;
      fail(path(missing), required ? messages[missing] : options.stored?.[missing] ? toChange : alone);
      checkPresent();
      return undefined;
    };
    if (!dobInput) return onlyOne("dob", () => take(f.ssn, ssnInput, path("ssn")));
    if (!ssnInput) return onlyOne("ssn", () => take(f.dob, dobInput, path("dob")));
    const dob = take(f.dob, dobInput, path("dob"));
    const ssn = take(f.ssn, ssnInput, path("ssn"));
    return dob !== undefined && ssn !== undefined ? { dob, ssn } : undefined;
  }

  function businessProfile(values: CustomerFormValues, take: Take, fail: Fail): BusinessProfile | undefined {
    const p = values.compliance_profile;
    const path = (...keys: (string | number)[]) => ["compliance_profile", ...keys];
    const legal = p.legal_business_name.trim();
    const einInput = normalizeEin(p.ein);
    const websiteInput = normalizeWebsite(p.website);
    const rows = p.representatives.map((row) => ({
      name: row.name.trim(),
      email: row.email.trim(),
      phone: row.phone.trim() ? normalizePhone(row.phone) : "",
    }));

    const started = legal !== "" || einInput !== "" || websiteInput !== "" || rows.length > 0;
    if (!started && !required) return undefined;
    if (edit && !einInput) {
      // The stored EIN is masked and the API replaces the whole profile: without a new EIN
      // nothing of the profile can be sent, so any change to it asks for the EIN.
      const base = options.baseline?.compliance_profile;
      const changed =
        !base ||
        legal !== base.legal_business_name.trim() ||
        websiteInput !== normalizeWebsite(base.website) ||
        JSON.stringify(rows) !==
          JSON.stringify(
            base.representatives.map((row) => ({
              name: row.name.trim(),
              email: row.email.trim(),
              phone: row.phone.trim() ? normalizePhone(row.phone) : "",
            })),
          );
      if (!changed) return undefined;
      fail(path("ein"), options.stored?.ein ? messages.einToChange : messages.einWithName);
    }

    const legalName = legal
      ? take(legalNameSchema, legal, path("legal_business_name"))
      : fail(
          path("legal_business_name"),
          einInput && !required ? messages.legalNameWithEin : messages.legalBusinessName,
        );
    const ein = einInput
      ? take(f.ein, einInput, path("ein"))
      : fail(path("ein"), legal && !required ? messages.einWithName : messages.ein);
    const website = websiteInput ? take(f.website, websiteInput, path("website")) : undefined;
    const representatives: RepresentativeInput[] = [];
    rows.forEach((row, index) => {
      const parsed = take(
        f.representative,
        {
          name: row.name,
          ...(row.email ? { email: row.email } : {}),
          ...(row.phone ? { phone: row.phone } : {}),
        },
        path("representatives", index),
      );
      if (parsed) representatives.push(parsed);
    });
    if (legalName === undefined || ein === undefined) return undefined;
    return {
      ein,
      legal_business_name: legalName,
      ...(representatives.length > 0 ? { representatives } : {}),
      ...(website ? { website } : {}),
    };
  }

  function metadataRecord(values: CustomerFormValues, fail: Fail) {
    const record: Record<string, string> = {};
    for (const [index, row] of values.metadata.entries()) {
      const key = row.key.trim();
      const value = row.value.trim();
      if (!key && !value) continue;
      if (!key) fail(["metadata", index, "key"], messages.metadataKey);
      else if (Object.hasOwn(record, key)) fail(["metadata", index, "key"], messages.metadataDuplicate);
      else record[key] = value;
    }
    if (Object.keys(record).length === 0) return cleared;
    const checked = z.safeParse(f.metadata, record);
    if (!checked.success)
      fail(["metadata", "root"], checked.error.issues[0]?.message ?? messages.metadataTooMany);
    return record;
  }

  return z.pipe(
    z.custom<CustomerFormValues>((value) => typeof value === "object" && value !== null),
    z.transform(build),
  );
}

export type CustomerFormSchema = ReturnType<typeof createCustomerFormSchema>;

/**
 * The body of `POST /v1/customers`. Without `device` (`fields.device: "server"`) the host's
 * proxy adds it before Straddle sees the request.
 */
export function toCreateInput(payload: CustomerFormPayload): CreateCustomerInput {
  const { type, compliance_profile, config, address, external_id, metadata, ...common } = payload;
  const input = { ...common, type } as CreateCustomerInput;
  if (address) input.address = address;
  if (external_id) input.external_id = external_id;
  if (metadata) input.metadata = metadata;
  if (compliance_profile) (input as { compliance_profile?: unknown }).compliance_profile = compliance_profile;
  if (config) input.config = config;
  return input;
}

/** The changes for `useCustomer().update`: type and config cannot change; `null` removes. */
export function toUpdateChanges(payload: CustomerFormPayload): CustomerChanges {
  const { type: _type, config: _config, ...changes } = payload;
  const out: CustomerChanges = {};
  for (const [key, value] of Object.entries(changes) as [keyof CustomerChanges, unknown][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
