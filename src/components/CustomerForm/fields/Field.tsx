import type { ReactNode } from "react";
import { type FieldError, type FieldPath, get, useFormState } from "react-hook-form";
import { fieldId, useCustomerFormContext } from "../context.js";
import type { CustomerFormValues } from "../formValues.js";
import { IconMessage } from "../IconMessage.js";
import { useRenderProbe } from "../renderProbe.js";

export type FieldName = FieldPath<CustomerFormValues>;

/** Props an input spreads to be labelled, described and marked invalid. */
export interface FieldInputProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
}

export interface FieldProps {
  name: FieldName;
  label: string;
  hint?: string | undefined;
  /** Marks the field required in text (`*`) and for assistive technology. */
  required?: boolean | undefined;
  /** A mark that decides by itself when it shows (a requirement that depends on other fields). */
  mark?: ReactNode;
  /** Width in the section's grid: `"half"` (default), `"full"` row, or a `"third"`. */
  span?: "full" | "half" | "third" | undefined;
  /** Visually hidden label (rows with column headings). */
  hideLabel?: boolean | undefined;
  children: (input: FieldInputProps) => ReactNode;
}

/**
 * Label above, the input, a muted hint, and the field's error with an icon. Subscribes to its
 * own error only, so typing in another field never renders it.
 */
export function Field({ name, label, hint, required, mark, span, hideLabel, children }: FieldProps) {
  const { control, idPrefix } = useCustomerFormContext();
  const { errors } = useFormState({ control, name, exact: true });
  useRenderProbe(`field:${name}`);
  const error = get(errors, name) as FieldError | undefined;
  const message = error?.message;
  const id = fieldId(idPrefix, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="sc-CustomerForm-field" data-span={span} data-invalid={message ? "" : undefined}>
      <label className={hideLabel ? "sc-visually-hidden" : "sc-CustomerForm-label"} htmlFor={id}>
        {label}
        {required ? (
          <span className="sc-CustomerForm-mark" aria-hidden="true">
            *
          </span>
        ) : (
          mark
        )}
      </label>
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": message ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      {hint ? (
        <p className="sc-CustomerForm-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {message ? (
        <IconMessage className="sc-CustomerForm-error" id={errorId} icon="warning">
          {message}
        </IconMessage>
      ) : null}
    </div>
  );
}

/** The required mark, for labels that are not a `Field`'s own. */
export function RequiredMark() {
  return (
    <span className="sc-CustomerForm-mark" aria-hidden="true">
      *
    </span>
  );
}
