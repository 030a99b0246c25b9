import { memo, useRef } from "react";
import { type FieldError, get, useFieldArray, useFormState } from "react-hook-form";
import { format } from "../../../messages/merge.js";
import { Icon } from "../../shared/Icon.js";
import { useCustomerFormContext } from "../context.js";
import { SelectField } from "../fields/SelectField.js";
import { TextField } from "../fields/TextField.js";
import { MAX_METADATA } from "../formSchema.js";
import { IconMessage } from "../IconMessage.js";
import { useRenderProbe } from "../renderProbe.js";
import { AddRowButton, RemoveRowButton } from "./rowParts.js";
import { Section } from "./Section.js";

const OUTCOMES = ["verified", "review", "rejected"] as const;

/** External id, metadata rows and (sandbox, opt-in) the forced outcome: what the host decides. */
export const AdditionalSection = memo(function AdditionalSection() {
  const { messages, fields, mode } = useCustomerFormContext();
  const showId = fields.external_id === "shown";
  const showMetadata = fields.metadata === "shown";
  const showConfig = fields.config === "shown" && mode === "create";
  if (!showId && !showMetadata && !showConfig) return null;
  const { labels, hints } = messages;
  return (
    <Section name="additional" title={messages.sections.additional} hint={messages.sectionHints.additional}>
      {showId ? (
        <TextField
          name="external_id"
          label={labels.externalId}
          autoComplete="off"
          spellCheck={false}
          hint={hints.externalId}
        />
      ) : null}
      {showConfig ? (
        <SelectField
          name="config.sandbox_outcome"
          label={labels.sandboxOutcome}
          hint={hints.sandboxOutcome}
          placeholder={messages.sandboxOutcomes.standard}
          options={OUTCOMES.map((value) => ({ value, label: messages.sandboxOutcomes[value] }))}
        />
      ) : null}
      {showMetadata ? <MetadataRows /> : null}
    </Section>
  );
});

function MetadataRows() {
  const { control, messages, idPrefix } = useCustomerFormContext();
  const rows = useFieldArray({ control, name: "metadata" });
  const addButton = useRef<HTMLButtonElement>(null);
  useRenderProbe("rows:metadata");
  const { labels, actions, hints } = messages;
  const full = rows.fields.length >= MAX_METADATA;
  const hintId = `${idPrefix}-metadata-hint`;
  return (
    <fieldset className="sc-CustomerForm-metadata" data-span="full" aria-describedby={hintId}>
      <legend className="sc-CustomerForm-groupLegend">{labels.metadata}</legend>
      {rows.fields.length > 0 ? (
        <div className="sc-CustomerForm-pairHead" aria-hidden="true">
          <span>{labels.metadataKey}</span>
          <span>{labels.metadataValue}</span>
        </div>
      ) : null}
      {rows.fields.map((row, index) => (
        <div key={row.id} className="sc-CustomerForm-pair" data-row="metadata">
          <TextField
            name={`metadata.${index}.key`}
            label={format(labels.metadataKeyOf, { index: index + 1 })}
            hideLabel
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            name={`metadata.${index}.value`}
            label={format(labels.metadataValueOf, { index: index + 1 })}
            hideLabel
            autoComplete="off"
          />
          <RemoveRowButton
            label={format(actions.removeMetadata, { index: index + 1 })}
            onRemove={() => {
              rows.remove(index);
              addButton.current?.focus();
            }}
          >
            <Icon name="cross" />
          </RemoveRowButton>
        </div>
      ))}
      <MetadataError />
      <AddRowButton
        ref={addButton}
        label={actions.addMetadata}
        full={full}
        onAdd={() => rows.append({ key: "", value: "" })}
      >
        <p className="sc-CustomerForm-hint" id={hintId}>
          {format(full ? hints.metadataFull : hints.metadata, { max: MAX_METADATA })}
        </p>
      </AddRowButton>
    </fieldset>
  );
}

/** An error about the metadata as a whole (more than 20 pairs given by the host's defaults). */
function MetadataError() {
  const { control } = useCustomerFormContext();
  const { errors } = useFormState({ control, name: "metadata" });
  const message = (get(errors, "metadata.root") as FieldError | undefined)?.message;
  if (!message) return null;
  return (
    <IconMessage className="sc-CustomerForm-error" icon="warning">
      {message}
    </IconMessage>
  );
}
