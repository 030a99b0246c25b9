/** The API's masks for the compliance values it never returns in clear (API.md §5.4). */
export const MASKED_DOB = "****-**-**";
export const MASKED_SSN = "***-**-****";
export const MASKED_EIN = "**-*******";

/** The masks by field. */
export const MASKS = { dob: MASKED_DOB, ssn: MASKED_SSN, ein: MASKED_EIN } as const;

/** A value the API sent masked (`***-**-****`, `**.**.**.**`): it has a `*`. */
export function isMasked(value: string | null | undefined): boolean {
  return typeof value === "string" && value.includes("*");
}
