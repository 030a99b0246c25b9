import { isStraddleError, StraddleError } from "../../api/errors.js";

export interface MappedServerError {
  /** Errors that belong to an input of the form, in the form's order: `[path, message]`. */
  fields: [path: string, message: string][];
  /** Messages with no input to show them (hidden fields, the body as a whole). */
  rest: string[];
}

/**
 * Sorts an API error's field errors (already keyed by form path: `Device.IpAddress` →
 * `device.ip_address`, `customer.email` → `email`) into those an input of `form` can show and
 * the rest. A duplicate email (a 422 without items) is said in the form's own words.
 *
 * @param hasInput Whether the form shows an input for this path.
 * @param emailTaken The message for a duplicate email.
 */
export function mapServerError(
  error: StraddleError,
  hasInput: (path: string) => boolean,
  emailTaken: string,
): MappedServerError {
  const fields: [string, string][] = [];
  const rest: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const text = path === "email" && error.items.length === 0 ? emailTaken : message;
    if (hasInput(path)) fields.push([path, text]);
    else rest.push(text);
  }
  return { fields, rest };
}

/** The form's inputs by name, in document order (radios once). */
export function inputNames(form: HTMLFormElement | null): string[] {
  if (!form) return [];
  const names: string[] = [];
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * What a failed save shows: the error (anything thrown that is not a `StraddleError` becomes an
 * `invalid_response` one), the field errors an input of `form` shows, in the form's order, and
 * the rest. Shared by both variants of `CustomerForm`.
 */
export function formServerError(
  thrown: unknown,
  form: HTMLFormElement | null,
  emailTaken: string,
): MappedServerError & { error: StraddleError } {
  const error = isStraddleError(thrown)
    ? thrown
    : new StraddleError({ kind: "invalid_response", endpoint: "", message: String(thrown), cause: thrown });
  const names = inputNames(form);
  const mapped = mapServerError(error, (path) => names.includes(path), emailTaken);
  mapped.fields.sort(([a], [b]) => names.indexOf(a) - names.indexOf(b));
  return { error, ...mapped };
}
