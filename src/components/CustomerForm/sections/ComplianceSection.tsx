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
  // SSN / EIN: masked in edit mode, where the mask is the placeholder and a blank keeps it.
  const secret = (kind: "ssn" | "ein") => ({
    name: `compliance_profile.${kind}` as const,
    label: labels[kind],
    required,
    revealLabel: kind === "ssn" ? messages.actions.showSsn : messages.actions.showEin,
    placeholder: stored?.[kind] ?? placeholders[kind],
    hint: stored?.[kind] ? hints.keepStored : hints[kind],
    format: kind === "ssn" ? formatSsn : formatEin,
  });
  const individual = type === "individual";

  return (
    // Keyed by type: the other type's inputs are new elements, never reused ones.
    <Section
      key={type}
      name="compliance"
      title={individual ? messages.sections.complianceIndividual : messages.sections.complianceBusiness}
      hint={joinHints(
        individual ? sectionHints.complianceIndividual : sectionHints.complianceBusiness,
        optionalHint,
      )}
    >
      {individual ? (
        <>
          <TextField
            name="compliance_profile.dob"
            label={labels.dob}
            required={required}
            autoComplete="bday"
            inputMode="numeric"
            placeholder={stored?.dob ?? placeholders.dob}
            hint={stored?.dob ? hints.keepStored : hints.dob}
            format={formatDob}
          />
          <SecretField {...secret("ssn")} />
        </>
      ) : (
        <>
          <TextField
            name="compliance_profile.legal_business_name"
            span="full"
            label={labels.legalBusinessName}
            required={required}
            autoComplete="organization"
            hint={hints.legalBusinessName}
          />
          <SecretField {...secret("ein")} />
          <TextField
            name="compliance_profile.website"
            label={labels.website}
            autoComplete="url"
            inputMode="url"
            spellCheck={false}
            placeholder={placeholders.website}
            hint={hints.website}
          />
        </>
      )}
    </Section>
  );
});

function joinHints(...hints: (string | undefined)[]): string {
  return hints.filter(Boolean).join(" ");
}
