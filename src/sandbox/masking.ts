import type { ComplianceProfileMasked, CustomerUnmasked } from "../api/index.js";
import { MASKED_DOB, MASKED_EIN, MASKED_SSN } from "../api/masking.js";

export { MASKED_DOB, MASKED_EIN, MASKED_SSN };

const mask = (value: string | null | undefined, masked: string) =>
  value === null || value === undefined ? value : masked;

/** dob/ssn/ein replaced by their masks; names, representatives and website stay readable. */
export function maskComplianceProfile(
  profile: CustomerUnmasked["compliance_profile"],
): ComplianceProfileMasked | null | undefined {
  if (profile === null || profile === undefined) return profile;
  const out: ComplianceProfileMasked = { ...profile };
  if ("dob" in profile) out.dob = mask(profile.dob, MASKED_DOB);
  if ("ssn" in profile) out.ssn = mask(profile.ssn, MASKED_SSN);
  if ("ein" in profile) out.ein = mask(profile.ein, MASKED_EIN);
  return out;
}
