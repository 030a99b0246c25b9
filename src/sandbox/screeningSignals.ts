import type { CustomerAddress, CustomerType, CustomerUnmasked } from "../api/index.js";

/** The parts of a customer the screening rules read. */
export interface ScreeningInput {
  type: CustomerType;
  name: string;
  email: string;
  phone: string;
  address?: CustomerAddress | null | undefined;
  compliance_profile?: CustomerUnmasked["compliance_profile"];
  device?: { ip_address: string } | null | undefined;
}

/** What the rules found in an input (see `standardScreeningRules`). */
export interface ScreeningSignals {
  forceReject: boolean;
  forceReview: boolean;
  watchlist: "none" | "review" | "reject";
  networkAlert: boolean;
  badReputation: boolean;
  disposableEmail: boolean;
  unlinkedPhone: boolean;
  landline: boolean;
  poBox: boolean;
  inactiveAddress: boolean;
  invalidSsn: boolean;
  multipleDobs: boolean;
  einUnmatched: boolean;
  // Informational only: never change the outcome.
  noProfile: boolean;
  offline: boolean;
  legalNameDiffers: boolean;
  hasWebsite: boolean;
}

export const disposableEmailDomains = ["mailinator.com", "guerrillamail.com", "tempmail.dev", "yopmail.com"];

const businessSuffix = /\b(inc|llc|ltd|corp|corporation|co|company|gmbh|plc)\b\.?/g;
const normaliseBusinessName = (name: string) =>
  name
    .toLowerCase()
    .replace(businessSuffix, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function screeningSignals(input: ScreeningInput): ScreeningSignals {
  const email = input.email.toLowerCase();
  const at = email.lastIndexOf("@");
  const local = at >= 0 ? email.slice(0, at) : email;
  const domain = at >= 0 ? email.slice(at + 1) : "";
  const profile = input.compliance_profile ?? undefined;
  const ssn = profile?.ssn ?? "";
  const ein = profile?.ein ?? "";
  const legal = profile?.legal_business_name ?? "";
  const individual = input.type === "individual";
  return {
    forceReject: local.includes("+reject"),
    forceReview: local.includes("+review"),
    watchlist: /sanction/i.test(input.name) ? "reject" : /watch\s*list/i.test(input.name) ? "review" : "none",
    networkAlert: local.includes("+alert"),
    badReputation: local.includes("+reputation"),
    disposableEmail: disposableEmailDomains.includes(domain),
    unlinkedPhone: /0000$/.test(input.phone),
    landline: /^\+1\d{3}555\d{4}$/.test(input.phone),
    poBox: /\bp\.?\s*o\.?\s*box\b/i.test(input.address?.address1 ?? ""),
    inactiveAddress: input.address?.zip?.startsWith("00000") ?? false,
    invalidSsn: individual && /^(000|666|9\d\d)-/.test(ssn),
    multipleDobs: individual && /-01-01$/.test(profile?.dob ?? ""),
    einUnmatched: !individual && ein.startsWith("00"),
    noProfile: individual ? !(profile?.ssn || profile?.dob) : !ein,
    offline: input.device?.ip_address === "0.0.0.0",
    legalNameDiffers:
      !individual && legal !== "" && normaliseBusinessName(legal) !== normaliseBusinessName(input.name),
    hasWebsite: !individual && Boolean(profile?.website),
  };
}

/** The same input with every risk trigger switched off (forced sandbox outcomes get a canned clean review). */
export function neutralSignals(signals: ScreeningSignals): ScreeningSignals {
  return {
    ...signals,
    forceReject: false,
    forceReview: false,
    watchlist: "none",
    networkAlert: false,
    badReputation: false,
    disposableEmail: false,
    unlinkedPhone: false,
    poBox: false,
    inactiveAddress: false,
    invalidSsn: false,
    multipleDobs: false,
    einUnmatched: false,
  };
}
