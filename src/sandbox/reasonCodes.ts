/**
 * Texts of the reason codes the sandbox uses. Prefixes: `I` informational, `R` risk,
 * `BI`/`BR`/`BV` business identification/risk/validation. The codes marked "docs" are
 * Straddle's own (API-NOTES.md); the others are plausible inventions of the sandbox.
 * A review's `messages` carries the text of every code it uses.
 */
export const reasonCodeMessages: Readonly<Record<string, string>> = {
  I1001: "Identity not found within Consortium Institutions", // docs
  I121: "Social networks match", // docs
  I301: "Account is correlated with the first name", // docs
  I302: "Account is correlated with the last name",
  I303: "Account is correlated with the address",
  I420: "No watchlist hits found",
  I430: "No negative reputation signals found",
  I520: "Email risk score represents low risk", // docs
  I521: "Email address has been in use for more than two years",
  I601: "Phone number is a landline", // docs
  I602: "Phone number is a mobile line",
  I603: "Phone number is correlated with the applicant",
  I702: "Address is a deliverable residential address",
  I811: "Offline registration: no device IP address was captured",
  I905: "No SSN or date of birth provided; identity checked on contact data only",
  R1001: "Found at least 2 distinct DOBs", // docs
  R186: "Identity elements are associated with reported fraud",
  R201: "The input SSN is invalid", // docs
  R210: "Identity has the characteristics of a synthetic identity",
  R211: "SSN is associated with more than one identity",
  R521: "Email domain is a disposable mailbox provider",
  R522: "Email address was first seen less than 30 days ago",
  R620: "Phone number is not correlated with the applicant",
  R621: "Phone number is a prepaid or VoIP line",
  R701: "Address is inactive", // docs
  R703: "Address is a PO Box or mail drop",
  R901: "SSN/ITIN cannot be resolved", // docs
  R930: "Potential match on a sanctions list",
  R931: "Potential match on a politically exposed persons list",
  R932: "Confirmed match on a sanctions list",
  R940: "Identity was reported in a consortium fraud alert",
  R950: "Prior ACH fraud reported for this identity",
  R951: "Returned ACH transactions reported for this identity",
  R952: "Card fraud reported for this identity",
  BI101: "Business identified by EIN and legal business name",
  BI102: "Legal business name differs from the name provided",
  BI104: "No EIN provided; business identified by name and address only",
  BR101: "EIN could not be matched to the legal business name",
  BR102: "Business registration is inactive or dissolved",
  BR210: "Business has the characteristics of a shell company",
  BV201: "Business address is verified",
  BV202: "Business phone number is verified",
  BV301: "Business website domain is active",
  BV302: "No business website provided",
};

/** `{ code: text }` for the given codes (unknown codes get a generic text). */
export function messagesFor(codes: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of codes) out[code] = reasonCodeMessages[code] ?? `Reason code ${code}`;
  return out;
}
