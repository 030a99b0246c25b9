import { memo, useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { format } from "../../../messages/merge.js";
import { useCustomerFormContext } from "../context.js";
import { TextField } from "../fields/TextField.js";
import { useRenderProbe } from "../renderProbe.js";
import { useCustomerType } from "../useCustomerType.js";
import { Section } from "./Section.js";

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
              <TextField
                name={`compliance_profile.representatives.${index}.name`}
                span="third"
                label={labels.representativeName}
                required
                autoComplete={`${section} name`}
              />
              <TextField
                name={`compliance_profile.representatives.${index}.email`}
                span="third"
                label={labels.representativeEmail}
                type="email"
                inputMode="email"
                autoComplete={`${section} email`}
                spellCheck={false}
              />
              <TextField
                name={`compliance_profile.representatives.${index}.phone`}
                span="third"
                label={labels.representativePhone}
                type="tel"
                inputMode="tel"
                autoComplete={`${section} tel`}
              />
            </div>
            <button
              type="button"
              className="sc-Button sc-CustomerForm-remove sc-CustomerForm-rowRemove"
              data-variant="ghost"
              aria-label={format(actions.removeRepresentative, { index: index + 1 })}
              onClick={() => {
                rows.remove(index);
                addButton.current?.focus();
              }}
            >
              {actions.remove}
            </button>
          </fieldset>
        );
      })}
      <div className="sc-CustomerForm-rowActions">
        <button
          ref={addButton}
          type="button"
          className="sc-Button"
          data-variant="secondary"
          onClick={() => rows.append({ name: "", email: "", phone: "" })}
        >
          {actions.addRepresentative}
        </button>
      </div>
    </Section>
  );
}
