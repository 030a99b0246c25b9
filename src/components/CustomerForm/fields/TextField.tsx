import type { ChangeEvent, HTMLInputTypeAttribute } from "react";
import { defaultAt, useCustomerFormContext } from "../context.js";
import { Field, type FieldInputProps, type FieldName, type FieldProps } from "./Field.js";

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
  const control = useRegisteredControl(field.name, format);
  return (
    <Field {...field}>
      {(aria) => (
        <input
          className="sc-Input sc-CustomerForm-input"
          {...control(aria)}
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

/**
 * The props every registered control spreads, in this order: the registration, the stored
 * default, the label/description/invalid props, and `onChange` (with `format` when given).
 */
export function useRegisteredControl(name: FieldName, format?: ((value: string) => string) | undefined) {
  const { register, defaults } = useCustomerFormContext();
  const registration = register(name);
  const onChange = withFormat(registration.onChange, format);
  return (aria: FieldInputProps) => ({
    ...registration,
    defaultValue: defaultAt(defaults, name),
    ...aria,
    onChange,
  });
}

/** Applies `format` in place when the caret is at the end (mid-value edits are left alone). */
export function withFormat(
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => Promise<unknown>,
  format: ((value: string) => string) | undefined,
) {
  if (!format) return onChange;
  return (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const input = event.target;
    if ("selectionStart" in input && input.selectionStart === input.value.length) {
      const next = format(input.value);
      if (next !== input.value) input.value = next;
    }
    return onChange(event);
  };
}
