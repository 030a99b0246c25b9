import type { ChangeEvent, HTMLInputTypeAttribute } from "react";
import { defaultAt, useCustomerFormContext } from "../context.js";
import { Field, type FieldProps } from "./Field.js";

export interface TextFieldProps extends Omit<FieldProps, "children"> {
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "url" | "numeric" | "decimal" | "search";
  placeholder?: string | undefined;
  /** Reformats the value while the person types at its end (e.g. inserts dashes). */
  format?: ((value: string) => string) | undefined;
  spellCheck?: boolean;
}

/** An uncontrolled, registered input: typing renders nothing in React until its error changes. */
export function TextField({
  type = "text",
  autoComplete,
  inputMode,
  placeholder,
  format,
  spellCheck,
  ...field
}: TextFieldProps) {
  const { register, defaults } = useCustomerFormContext();
  const registration = register(field.name);
  return (
    <Field {...field}>
      {(aria) => (
        <input
          className="sc-CustomerForm-input"
          {...registration}
          defaultValue={defaultAt(defaults, field.name)}
          {...aria}
          onChange={withFormat(registration.onChange, format)}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          placeholder={placeholder}
          spellCheck={spellCheck}
        />
      )}
    </Field>
  );
}

/** Applies `format` in place when the caret is at the end (mid-value edits are left alone). */
export function withFormat(
  onChange: (event: ChangeEvent<HTMLInputElement>) => Promise<unknown>,
  format: ((value: string) => string) | undefined,
) {
  if (!format) return onChange;
  return (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    if (input.selectionStart === input.value.length) {
      const next = format(input.value);
      if (next !== input.value) input.value = next;
    }
    return onChange(event);
  };
}
