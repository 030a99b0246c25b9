import { memo, useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { format } from "../../../messages/merge.js";
import { useCustomerFormContext } from "../context.js";
import { TextField } from "../fields/TextField.js";
import { useRenderProbe } from "../renderProbe.js";
import { useCustomerType } from "../useCustomerType.js";
import { AddRowButton, RemoveRowButton } from "./rowParts.js";
import { Section } from "./Section.js";

/** A representative's three inputs: the form value, its label, its autofill token, its input. */
const personFields = [
  { key: "name", label: "representativeName", autofill: "name", required: true },
  {
    key: "email",
    label: "representativeEmail",
    autofill: "email",
    type: "email",
    inputMode: "email",
    spellCheck: false,
  },
  { key: "phone", label: "representativePhone", autofill: "tel", type: "tel", inputMode: "tel" },
] as const;

/** Business only: the people related to the company, as rows to add and remove. */
export const RepresentativesSection = memo(function RepresentativesSection() {
  const { fields } = useCustomerFormContext();
  const type = useCustomerType();
  if (type !== "business" || fields.compliance_profile === "hidden") return null;
  return <Representatives />;
});

function Representatives() {
  const { control, messages } = useCustomerFormContext();
  const rows = useFieldArray({ control, name: "compliance_profile.representatives" });
  const addButton = useRef<HTMLButtonElement>(null);
  useRenderProbe("rows:representatives");
  const { labels, actions } = messages;
  return (
    <Section
      name="representatives"
      title={messages.sections.representatives}
      hint={messages.sectionHints.representatives}
    >
      {rows.fields.length === 0 ? (
        <p className="sc-CustomerForm-empty">{messages.noRepresentatives}</p>
      ) : null}
      {rows.fields.map((row, index) => {
        const title = format(messages.representative, { index: index + 1 });
        // Each row is its own autofill section: a browser must not fill in the person's own details.
        const section = `section-representative-${index}`;
        return (
          <fieldset key={row.id} className="sc-CustomerForm-row" data-row="representative">
            <legend className="sc-CustomerForm-rowTitle">{title}</legend>
            <div className="sc-CustomerForm-grid">
              {personFields.map(({ key, label, autofill, ...input }) => (
                <TextField
                  key={key}
                  name={`compliance_profile.representatives.${index}.${key}`}
                  span="third"
                  label={labels[label]}
                  autoComplete={`${section} ${autofill}`}
                  {...input}
                />
              ))}
            </div>
            <RemoveRowButton
              className="sc-CustomerForm-rowRemove"
              label={format(actions.removeRepresentative, { index: index + 1 })}
              onRemove={() => {
                rows.remove(index);
                addButton.current?.focus();
              }}
            >
              {actions.remove}
            </RemoveRowButton>
          </fieldset>
        );
      })}
      <AddRowButton
        ref={addButton}
        label={actions.addRepresentative}
        onAdd={() => rows.append({ name: "", email: "", phone: "" })}
      />
    </Section>
  );
}
