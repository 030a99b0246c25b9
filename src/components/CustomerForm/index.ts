export {
  CustomerForm,
  type CustomerFormAdminProps,
  type CustomerFormCommonProps,
  type CustomerFormOnboardingProps,
  type CustomerFormProps,
} from "./CustomerForm.js";
export type { CustomerFormFieldControl, CustomerFormFixedValue } from "./fieldControl.js";
export {
  type CustomerFormPayload,
  type CustomerFormValidationMessages,
  createCustomerFormSchema,
  toCreateInput,
  toUpdateChanges,
} from "./formSchema.js";
export type { CustomerFormDefaults, CustomerFormValues } from "./formValues.js";
export { normalizePhone } from "./normalizePhone.js";
export type { OnboardingResult } from "./onboarding/useSubmitApplication.js";
