import { useState } from "react";
import { Icon } from "../../shared/Icon.js";
import { Field, type FieldProps } from "./Field.js";
import { useRegisteredControl } from "./TextField.js";

export interface SecretFieldProps extends Omit<FieldProps, "children"> {
  /** Accessible name of the show/hide toggle ("Show SSN"); its pressed state says which. */
  revealLabel: string;
  placeholder?: string | undefined;
  format?: ((value: string) => string) | undefined;
}

/**
 * SSN / EIN: masked while typing (`type="password"`), never autofilled or spell-checked, with a
 * toggle to check what was typed. The value lives in the input only, like every other field.
 */
export function SecretField({ revealLabel, placeholder, format, ...field }: SecretFieldProps) {
  const [revealed, setRevealed] = useState(false);
  const control = useRegisteredControl(field.name, format);
  return (
    <Field {...field}>
      {(aria) => (
        <div className="sc-CustomerForm-secret">
          <input
            className="sc-Input sc-CustomerForm-input"
            {...control(aria)}
            type={revealed ? "text" : "password"}
            autoComplete="off"
            inputMode="numeric"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            placeholder={placeholder}
            data-1p-ignore=""
            data-lpignore="true"
          />
          <button
            type="button"
            className="sc-CustomerForm-reveal"
            aria-pressed={revealed}
            aria-controls={aria.id}
            onClick={() => setRevealed((value) => !value)}
          >
            <Icon name={revealed ? "eyeOff" : "eye"} />
            <span className="sc-visually-hidden">{revealLabel}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
