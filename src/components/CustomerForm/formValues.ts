import { isMasked, MASKS } from "../../api/masking.js";
import type { CustomerType } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import type { SandboxOutcomeValue } from "./fieldControl.js";

export interface RepresentativeRow {
  name: string;
  email: string;
  phone: string;
}

export interface MetadataRow {
  key: string;
  value: string;
}

/**
 * What the form holds while a person types: strings and rows, named like the API's paths so a
 * server error on `compliance_profile.representatives.0.email` lands on that very input.
 * Both variants of the compliance profile live side by side, so switching the type back and
 * forth loses nothing; only the one of the chosen type is validated and sent.
 */
export interface CustomerFormValues {
  type: CustomerType;
  name: string;
  email: string;
  phone: string;
  device: { ip_address: string };
  address: { address1: string; address2: string; city: string; state: string; zip: string };
  compliance_profile: {
    dob: string;
    ssn: string;
    legal_business_name: string;
    ein: string;
    website: string;
    representatives: RepresentativeRow[];
  };
  external_id: string;
  metadata: MetadataRow[];
  config: { sandbox_outcome: "" | SandboxOutcomeValue };
}

/** Initial values a host may pass (`defaultValues`), in the API's own shape. */
export interface CustomerFormDefaults {
  name?: string;
  email?: string;
  phone?: string;
  device?: { ip_address?: string };
  address?: { address1?: string; address2?: string | null; city?: string; state?: string; zip?: string };
  compliance_profile?: {
    dob?: string;
    ssn?: string;
    legal_business_name?: string;
    ein?: string;
    website?: string;
    representatives?: { name: string; email?: string | null; phone?: string | null }[];
  };
  external_id?: string;
  metadata?: Record<string, string>;
  config?: { sandbox_outcome?: SandboxOutcomeValue };
}

/** The form's values for a new customer, from the host's defaults. */
export function toFormValues(type: CustomerType, defaults: CustomerFormDefaults = {}): CustomerFormValues {
  const address = defaults.address ?? {};
  const profile = defaults.compliance_profile ?? {};
  return {
    type,
    name: defaults.name ?? "",
    email: defaults.email ?? "",
    phone: defaults.phone ?? "",
    device: { ip_address: defaults.device?.ip_address ?? "" },
    address: orBlank(address, ["address1", "address2", "city", "state", "zip"]),
    compliance_profile: {
      ...orBlank(profile, ["dob", "ssn", "legal_business_name", "ein", "website"]),
      representatives: (profile.representatives ?? []).map((r) => ({
        name: r.name,
        email: r.email ?? "",
        phone: r.phone ?? "",
      })),
    },
    external_id: defaults.external_id ?? "",
    metadata: Object.entries(defaults.metadata ?? {}).map(([key, value]) => ({ key, value })),
    config: { sandbox_outcome: defaults.config?.sandbox_outcome ?? "" },
  };
}

/**
 * What edit mode knows about stored values it cannot show: the masks to use as placeholders
 * (`undefined` = nothing stored), and the readable business details, to tell what changed.
 */
export interface StoredValues {
  dob: string | undefined;
  ssn: string | undefined;
  ein: string | undefined;
  /** The stored device IP came back masked: the person must enter it again. */
  ipMasked: boolean;
}

/**
 * An existing customer as form values. dob, ssn and ein come back masked: they start empty
 * (their masks become placeholders) and are sent only if the person types new ones.
 */
export function customerToFormValues(customer: Customer): {
  values: CustomerFormValues;
  stored: StoredValues;
} {
  const profile = customer.compliance_profile ?? {};
  const ip = customer.device?.ip_address ?? "";
  const values = toFormValues(customer.type, {
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    device: { ip_address: isMasked(ip) ? "" : ip },
    ...(customer.address ? { address: customer.address } : {}),
    compliance_profile: {
      legal_business_name: profile.legal_business_name ?? "",
      website: profile.website ?? "",
      representatives: profile.representatives ?? [],
    },
    external_id: customer.external_id ?? "",
    metadata: customer.metadata ?? {},
  });
  const mask = (value: string | null | undefined, fallback: string) =>
    value ? (isMasked(value) ? value : fallback) : undefined;
  return {
    values,
    stored: {
      dob: mask(profile.dob, MASKS.dob),
      ssn: mask(profile.ssn, MASKS.ssn),
      ein: mask(profile.ein, MASKS.ein),
      ipMasked: isMasked(ip),
    },
  };
}

/** The given keys of `source`, a blank string where one is missing (the inputs' empty value). */
function orBlank<K extends string>(
  source: Partial<Record<K, string | null | undefined>>,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? ""])) as Record<K, string>;
}
