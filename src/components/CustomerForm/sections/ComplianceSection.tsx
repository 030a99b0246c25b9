import { memo } from "react";
import { useCustomerFormContext } from "../context.js";
import { DOB_GROUPS, EIN_GROUPS, formatDigits, SSN_GROUPS } from "../fields/inputFormat.js";
import { SecretField } from "../fields/SecretField.js";
import { TextField } from "../fields/TextField.js";
import { useCustomerType } from "../useCustomerType.js";
import { Section } from "./Section.js";

const formatDob = (value: string) => formatDigits(value, DOB_GROUPS);
const formatSsn = (value: string) => formatDigits(value, SSN_GROUPS);
const formatEin = (value: string) => formatDigits(value, EIN_GROUPS);

/**
 * The compliance profile of the chosen type. In edit mode the stored dob/ssn/ein are masked:
 * their masks are the placeholders and a blank field keeps the stored value.
 */
export const ComplianceSection = memo(function ComplianceSection() {
  const { messages, fields, mode, stored } = useCustomerFormContext();
  const type = useCustomerType();
  if (fields.compliance_profile === "hidden") return null;
  const { labels, hints, placeholders, sectionHints } = messages;
  const required = mode === "create" && fields.compliance_profile === "required";
  const optionalHint = mode === "create" && !required ? sectionHints.complianceOptional : undefined;
  const keep = (masked: string | undefined, hint: string) => (masked ? hints.keepStored : hint);

  if (type === "individual") {
    // Keyed by type: the other type's inputs are new elements, never reused ones.
    return (
      <Section
        key="individual"
        name="compliance"
        title={messages.sections.complianceIndividual}
        hint={joinHints(sectionHints.complianceIndividual, optionalHint)}
      >
        <TextField
          name="compliance_profile.dob"
          label={labels.dob}
          required={required}
          autoComplete="bday"
          inputMode="numeric"
          placeholder={stored?.dob ?? placeholders.dob}
          hint={keep(stored?.dob, hints.dob)}
          format={formatDob}
        />
        <SecretField
          name="compliance_profile.ssn"
          label={labels.ssn}
          required={required}
          revealLabel={messages.actions.showSsn}
          placeholder={stored?.ssn ?? placeholders.ssn}
          hint={keep(stored?.ssn, hints.ssn)}
          format={formatSsn}
        />
      </Section>
    );
  }
  return (
    <Section
      key="business"
      name="compliance"
      title={messages.sections.complianceBusiness}
      hint={joinHints(sectionHints.complianceBusiness, optionalHint)}
    >
      <TextField
        name="compliance_profile.legal_business_name"
        span="full"
        label={labels.legalBusinessName}
        required={required}
        autoComplete="organization"
        hint={hints.legalBusinessName}
      />
      <SecretField
        name="compliance_profile.ein"
        label={labels.ein}
        required={required}
        revealLabel={messages.actions.showEin}
        placeholder={stored?.ein ?? placeholders.ein}
        hint={keep(stored?.ein, hints.ein)}
        format={formatEin}
      />
      <TextField
        name="compliance_profile.website"
        label={labels.website}
        autoComplete="url"
        inputMode="url"
        spellCheck={false}
        placeholder={placeholders.website}
        hint={hints.website}
      />
    </Section>
  );
});

function joinHints(...hints: (string | undefined)[]): string {
  return hints.filter(Boolean).join(" ");
}
