/**
 * Messages of the request schemas, in plain words for the person filling in a form.
 * Replace them (e.g. with a translation) through {@link createRequestSchemas}.
 */
export const defaultValidationMessages = {
  required: "This field is required.",
  nameRequired: "Enter a name.",
  tooLong: "Use at most 100 characters.",
  email: "Enter an email address like name@example.com.",
  phone: "Enter a phone number with its country code, like +1 212 555 0100.",
  ipAddress: "Enter an IPv4 address like 203.0.113.7 (0.0.0.0 for an offline sign-up).",
  address1: "Enter the street address.",
  city: "Enter the city.",
  state: "Choose a US state (two letters, like CA).",
  zip: "Enter a ZIP code like 12345 or 12345-6789.",
  dob: "Enter the date of birth as YYYY-MM-DD.",
  dobNotPast: "The date of birth must be in the past.",
  dobTooOld: "The date of birth cannot be before 1900-01-01.",
  ssn: "Enter the SSN as 123-45-6789.",
  ein: "Enter the EIN as 12-3456789.",
  legalBusinessName: "Enter the legal business name as registered with the IRS.",
  website: "Enter a web address starting with http:// or https://.",
  representativeName: "Enter the representative's name.",
  metadataTooMany: "Use at most 20 metadata entries.",
  metadataKey: "Enter a key for this metadata value.",
  status: "Choose a status.",
  decision: "Choose verified or rejected.",
} as const;

export type ValidationMessages = { [K in keyof typeof defaultValidationMessages]: string };
