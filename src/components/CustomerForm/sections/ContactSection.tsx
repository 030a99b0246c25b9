import { memo } from "react";
import { useCustomerFormContext } from "../context.js";
import { isFixed } from "../fieldControl.js";
import { TextField } from "../fields/TextField.js";
import { useCustomerType } from "../useCustomerType.js";
import { Section } from "./Section.js";

/** Name, email, phone and (unless the host fixes it or its server stamps it) the device IP. */
export const ContactSection = memo(function ContactSection() {
  const { messages, fields, stored } = useCustomerFormContext();
  const { labels, hints, placeholders } = messages;
  return (
    <Section name="contact" title={messages.sections.contact}>
      <NameField />
      <EmailAndPhone />
      {isFixed(fields.device) || fields.device === "server" ? null : (
        <TextField
          name="device.ip_address"
          label={labels.ipAddress}
          required
          autoComplete="off"
          spellCheck={false}
          placeholder={stored?.ipMasked ? placeholders.ipAddressMasked : placeholders.ipAddress}
          hint={stored?.ipMasked ? hints.ipAddressMasked : hints.ipAddress}
        />
      )}
    </Section>
  );
});

/** Email and phone, both required (`span="full"` in the onboarding variant's narrow steps). */
export function EmailAndPhone({ span }: { span?: "full" | undefined }) {
  const { labels, hints, placeholders } = useCustomerFormContext().messages;
  return (
    <>
      <TextField
        name="email"
        span={span}
        label={labels.email}
        required
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        placeholder={placeholders.email}
      />
      <TextField
        name="phone"
        span={span}
        label={labels.phone}
        required
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        placeholder={placeholders.phone}
        hint={hints.phone}
      />
    </>
  );
}

/** "Full name" (autocomplete `name`) or "Business name" (`organization`), by type. */
export function NameField() {
  const { messages } = useCustomerFormContext();
  const business = useCustomerType() === "business";
  return (
    <TextField
      name="name"
      span="full"
      label={business ? messages.labels.nameBusiness : messages.labels.nameIndividual}
      required
      autoComplete={business ? "organization" : "name"}
    />
  );
}
