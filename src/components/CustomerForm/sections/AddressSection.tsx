import { memo, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useCustomerFormContext } from "../context.js";
import { RequiredMark } from "../fields/Field.js";
import { SelectField } from "../fields/SelectField.js";
import { TextField } from "../fields/TextField.js";
import type { CustomerFormValues } from "../formValues.js";
import { useRenderProbe } from "../renderProbe.js";
import { stateOptions } from "../usStates.js";
import { Section } from "./Section.js";

/** Optional as a whole; once any part is typed, street, city, state and ZIP are required. */
export const AddressSection = memo(function AddressSection() {
  const { messages, fields, defaults } = useCustomerFormContext();
  const { labels, placeholders } = messages;
  // The stored state is read once: an unknown one is offered as an extra option.
  const options = useMemo(
    () => stateOptions(messages.states, defaults.address.state),
    [messages.states, defaults],
  );
  if (fields.address === "hidden") return null;
  const mark = <StartedMark />;
  return (
    <Section name="address" title={messages.sections.address} hint={messages.sectionHints.address}>
      <TextField
        name="address.address1"
        span="full"
        label={labels.address1}
        mark={mark}
        autoComplete="address-line1"
      />
      <TextField name="address.address2" span="full" label={labels.address2} autoComplete="address-line2" />
      <TextField
        name="address.city"
        span="third"
        label={labels.city}
        mark={mark}
        autoComplete="address-level2"
      />
      <SelectField
        name="address.state"
        span="third"
        label={labels.state}
        mark={mark}
        options={options}
        placeholder={placeholders.state}
        autoComplete="address-level1"
      />
      <TextField
        name="address.zip"
        span="third"
        label={labels.zip}
        mark={mark}
        autoComplete="postal-code"
        inputMode="numeric"
      />
    </Section>
  );
});

const started = (address: CustomerFormValues["address"] | undefined) =>
  !!address && Object.values(address).some((part) => part.trim() !== "");

/** The required mark of an address field, shown once the address is started. */
function StartedMark() {
  const { control } = useCustomerFormContext();
  const show = useWatch({ control, name: "address", compute: started });
  useRenderProbe("mark:address");
  return show ? <RequiredMark /> : null;
}
