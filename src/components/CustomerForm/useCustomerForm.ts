import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { type UseFormReturn, useForm, useWatch } from "react-hook-form";
import type { CustomerFormPayload, CustomerFormSchema } from "./formSchema.js";
import type { CustomerFormValues } from "./formValues.js";

/**
 * The react-hook-form state both variants of `CustomerForm` start from: validated by `schema`
 * when a field is left and on submit, the first invalid field focused; plus the chosen type
 * and an id prefix for the form's elements.
 */
export type CustomerFormState = UseFormReturn<CustomerFormValues, unknown, CustomerFormPayload> & {
  /** The customer type chosen in the form. */
  type: CustomerFormValues["type"];
  /** Prefix for the ids of the form's elements. */
  idPrefix: string;
};

export function useCustomerForm(schema: CustomerFormSchema, initial: CustomerFormValues): CustomerFormState {
  const form = useForm<CustomerFormValues, unknown, CustomerFormPayload>({
    defaultValues: initial,
    resolver: zodResolver(schema),
    mode: "onTouched",
    shouldFocusError: true,
  });
  const type = useWatch({ control: form.control, name: "type" });
  const idPrefix = useId();
  return { ...form, type, idPrefix };
}
