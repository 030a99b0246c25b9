import { createContext, useContext } from "react";
import type { Control, UseFormRegister } from "react-hook-form";
import type { StraddleMessages } from "../../messages/types.js";
import type { ResolvedFieldControl } from "./fieldControl.js";
import type { CustomerFormPayload } from "./formSchema.js";
import type { CustomerFormValues, StoredValues } from "./formValues.js";

export type CustomerFormMessages = StraddleMessages["customerForm"];

/** What every part of the form reads; stable for the life of the form (memoised by the body). */
export interface CustomerFormContextValue {
  control: Control<CustomerFormValues, unknown, CustomerFormPayload>;
  register: UseFormRegister<CustomerFormValues>;
  messages: CustomerFormMessages;
  mode: "create" | "edit";
  fields: ResolvedFieldControl;
  /** The values the form started from (create: the host's defaults; edit: the stored record). */
  defaults: CustomerFormValues;
  /** Edit mode: masked values that are stored. */
  stored: StoredValues | undefined;
  /** Prefix of element ids (`useId`), so two forms on a page never share one. */
  idPrefix: string;
}

export const CustomerFormContext = createContext<CustomerFormContextValue | null>(null);

export function useCustomerFormContext(): CustomerFormContextValue {
  const value = useContext(CustomerFormContext);
  if (!value) throw new Error("CustomerForm parts must be rendered inside <CustomerForm>.");
  return value;
}

/**
 * A field's starting value (`address.zip`, `representatives.0.name`), given to its input as
 * `defaultValue` so server-rendered HTML already shows it (react-hook-form fills inputs only
 * once they mount in the browser).
 */
export function defaultAt(defaults: CustomerFormValues, name: string): string | undefined {
  let value: unknown = defaults;
  for (const key of name.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "string" ? value : undefined;
}

/** The element id of a field, from its path (`address.zip` → `…-address-zip`). */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/\./g, "-")}`;
}
