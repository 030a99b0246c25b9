import { Field, type FieldProps } from "./Field.js";
import { useRegisteredControl } from "./TextField.js";

export interface SelectFieldProps extends Omit<FieldProps, "children"> {
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("Choose a state"). */
  placeholder?: string | undefined;
  autoComplete?: string;
}

export function SelectField({ options, placeholder, autoComplete, ...field }: SelectFieldProps) {
  const control = useRegisteredControl(field.name);
  return (
    <Field {...field}>
      {(aria) => (
        <select className="sc-Input sc-CustomerForm-select" {...control(aria)} autoComplete={autoComplete}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
