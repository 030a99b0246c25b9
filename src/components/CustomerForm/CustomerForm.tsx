import { type FormEvent, type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import type { StraddleError } from "../../api/errors.js";
import type { CustomerType } from "../../api/schemas/common.js";
import type { Customer } from "../../api/schemas/customer.js";
import { useCreateCustomer } from "../../hooks/useCreateCustomer.js";
import { useCustomer } from "../../hooks/useCustomer.js";
import { format } from "../../messages/merge.js";
import { cx } from "../shared/cx.js";
import { ComponentBoundary } from "../shared/ErrorBoundary.js";
import { ErrorState } from "../shared/ErrorState.js";
import { Skeleton } from "../shared/Skeleton.js";
import { formSections, useMessages } from "../shared/useMessages.js";
import { CustomerFormContext, type CustomerFormContextValue } from "./context.js";
import { FormFeedback, type Outcome } from "./FormFeedback.js";
import {
  type CustomerFormFieldControl,
  type ResolvedFieldControl,
  resolveFieldControl,
} from "./fieldControl.js";
import {
  type CustomerFormPayload,
  createCustomerFormSchema,
  toCreateInput,
  toUpdateChanges,
} from "./formSchema.js";
import {
  type CustomerFormDefaults,
  type CustomerFormValues,
  customerToFormValues,
  type StoredValues,
  toFormValues,
} from "./formValues.js";
import { OnboardingForm } from "./onboarding/OnboardingForm.js";
import type { OnboardingResult } from "./onboarding/useSubmitApplication.js";
import { useRenderProbe } from "./renderProbe.js";
import { SubmitBar } from "./SubmitBar.js";
import { AdditionalSection } from "./sections/AdditionalSection.js";
import { AddressSection } from "./sections/AddressSection.js";
import { ComplianceSection } from "./sections/ComplianceSection.js";
import { ContactSection } from "./sections/ContactSection.js";
import { RepresentativesSection } from "./sections/RepresentativesSection.js";
import { TypeSection } from "./sections/TypeSection.js";
import { formServerError } from "./serverErrors.js";
import { useCustomerForm } from "./useCustomerForm.js";

/** What both variants of `CustomerForm` take. */
export interface CustomerFormCommonProps {
  /** Called with the error of every failed save; the form shows it as well. */
  onError?: ((error: StraddleError) => void) | undefined;
  /** Create mode: the type chosen when the form opens. Defaults to `"individual"`. */
  defaultType?: CustomerType | undefined;
  /** Create mode: initial values, in the API's shape. Read once, when the form mounts. */
  defaultValues?: CustomerFormDefaults | undefined;
  /**
   * Fields the host decides itself: `"hidden"`, or fixed to `{ value }` (not shown, always
   * sent). The device IP is shown unless fixed or `"server"` (the proxy stamps it); the
   * sandbox outcome is hidden unless `"shown"`.
   */
  fields?: CustomerFormFieldControl | undefined;
  /** Added to the root element's class names. */
  className?: string | undefined;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}

/** The admin form (the default): one page, create or edit. */
export interface CustomerFormAdminProps extends CustomerFormCommonProps {
  variant?: "admin" | undefined;
  /**
   * The customer to edit (PUT with the full record; type and status are kept). Without it (or
   * with `null`) the form creates a customer.
   */
  customerId?: string | null | undefined;
  /** Called with the created or saved customer (masked, as the API returns it). */
  onSuccess?: ((customer: Customer) => void) | undefined;
}

/**
 * The applicant's form on a public page (create only): steps (who you are → contact →
 * address → identity → review and submit) with a progress indicator, no admin-only fields
 * (status, external id, metadata, sandbox outcome), the device IP from the server
 * (`fields.device` defaults to `"server"`), and a thank-you state instead of any result.
 */
export interface CustomerFormOnboardingProps extends CustomerFormCommonProps {
  variant: "onboarding";
  customerId?: undefined;
  /** Called with the neutral result: the application's id and `state: "received"`, nothing else. */
  onSuccess?: ((result: OnboardingResult) => void) | undefined;
  /**
   * What replaces the form once the application is sent. Default: a thank-you message from
   * the catalogue (`customerForm.onboarding.thankYouTitle` / `thankYouBody`).
   */
  thankYou?: ReactNode | ((result: OnboardingResult) => ReactNode);
}

export type CustomerFormProps = CustomerFormAdminProps | CustomerFormOnboardingProps;

/**
 * Creates a customer, or edits one with `customerId`: an individual (date of birth, SSN) or a
 * business (legal name, EIN, website, representatives). Validation uses the API's request
 * schemas; server errors land on their fields; retries after a network error reuse the
 * idempotency key, so the customer is created once.
 *
 * `variant="onboarding"` is the applicant's stepped form for a public page (see
 * `CustomerFormOnboardingProps` and `createOnboardingProxy`).
 *
 * @example
 * <CustomerForm fields={{ device: "server" }} onSuccess={(customer) => navigate(customer.id)} />
 * <CustomerForm customerId={id} onSuccess={() => toast("Saved")} />
 * <CustomerForm variant="onboarding" onSuccess={(result) => track("applied", result.id)} />
 */
export function CustomerForm(props: CustomerFormProps) {
  return (
    <ComponentBoundary name="CustomerForm" root={props} resetKey={props.customerId}>
      <CustomerFormRoot {...props} />
    </ComponentBoundary>
  );
}

function CustomerFormRoot(props: CustomerFormProps) {
  const fieldsKey = JSON.stringify(props.fields ?? {});
  const fields = useMemo(
    () => resolveFieldControl(JSON.parse(fieldsKey) as CustomerFormFieldControl),
    [fieldsKey],
  );
  if (props.variant === "onboarding") return <OnboardingForm {...props} fields={fields} />;
  return props.customerId ? (
    <EditCustomerForm {...props} customerId={props.customerId} fields={fields} />
  ) : (
    <CreateCustomerForm {...props} fields={fields} />
  );
}

type ModeProps = Omit<CustomerFormAdminProps, "fields" | "variant"> & { fields: ResolvedFieldControl };

function CreateCustomerForm({ defaultType, defaultValues, ...props }: ModeProps) {
  const { create, isPending } = useCreateCustomer();
  // Read once: a host passing a new object on every render must not reset what was typed.
  const [initial] = useState(() => toFormValues(defaultType ?? "individual", defaultValues));
  const save = useCallback((payload: CustomerFormPayload) => create(toCreateInput(payload)), [create]);
  const afterSave = useCallback(() => initial, [initial]);
  return (
    <FormBody
      {...props}
      mode="create"
      initial={initial}
      save={save}
      afterSave={afterSave}
      pending={isPending}
    />
  );
}

function EditCustomerForm({ customerId, ...props }: ModeProps & { customerId: string }) {
  const { common, customerForm: messages } = useMessages(formSections);
  const { customer, status, error, refetch, isFetching, update, updateState } = useCustomer(customerId);
  const start = useMemo(() => (customer ? customerToFormValues(customer) : null), [customer]);
  const save = useCallback((payload: CustomerFormPayload) => update(toUpdateChanges(payload)), [update]);
  const afterSave = useCallback((saved: Customer) => customerToFormValues(saved).values, []);
  if (!customer || !start) {
    if (status === "error") {
      return (
        <div
          className={cx("sc-root sc-CustomerForm", props.className)}
          data-sc-unstyled={props.unstyled || undefined}
          data-mode="edit"
          data-state="load-error"
        >
          <ErrorState
            title={messages.errors.loadTitle}
            error={error}
            onRetry={isFetching ? undefined : () => void refetch()}
            requestIdClassName="sc-CustomerForm-requestId"
          />
        </div>
      );
    }
    return <FormSkeleton className={props.className} unstyled={props.unstyled} loading={common.loading} />;
  }
  return (
    <FormBody
      key={customer.id}
      {...props}
      mode="edit"
      initial={start.values}
      stored={start.stored}
      save={save}
      afterSave={afterSave}
      pending={updateState.isPending}
    />
  );
}

interface FormBodyProps extends Omit<ModeProps, "customerId" | "defaultType" | "defaultValues"> {
  mode: "create" | "edit";
  initial: CustomerFormValues;
  stored?: StoredValues | undefined;
  save: (payload: CustomerFormPayload) => Promise<Customer>;
  /** The values to show after a successful save. */
  afterSave: (saved: Customer) => CustomerFormValues;
  pending: boolean;
}

function FormBody({
  mode,
  initial,
  stored,
  fields,
  save,
  afterSave,
  pending,
  onSuccess,
  onError,
  className,
  unstyled,
}: FormBodyProps) {
  const allMessages = useMessages(formSections);
  const messages = allMessages.customerForm;
  const schema = useMemo(
    () => createCustomerFormSchema(messages.validation, { mode, fields, baseline: initial, stored }),
    [messages.validation, mode, fields, initial, stored],
  );
  const { control, register, handleSubmit, reset, setError, setFocus, type, idPrefix } = useCustomerForm(
    schema,
    initial,
  );
  useRenderProbe("form");
  const context = useMemo<CustomerFormContextValue>(
    () => ({ control, register, messages, mode, fields, defaults: initial, stored, idPrefix }),
    [control, register, messages, mode, fields, initial, stored, idPrefix],
  );

  const [outcome, setOutcome] = useState<Outcome>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);
  const resetTo = useRef<CustomerFormValues | null>(null);

  const onValid = async (payload: CustomerFormPayload) => {
    setOutcome(null);
    try {
      const saved = await save(payload);
      const text = format(mode === "create" ? messages.status.created : messages.status.saved, {
        name: saved.name,
      });
      setOutcome({ kind: "success", message: text });
      resetTo.current = afterSave(saved);
      onSuccess?.(saved);
    } catch (thrown) {
      const failed = formServerError(thrown, formRef.current, messages.errors.emailTaken);
      for (const [path, message] of failed.fields) {
        setError(path as Parameters<typeof setError>[0], { type: "server", message });
      }
      const first = failed.fields[0];
      if (first) setFocus(first[0] as Parameters<typeof setFocus>[0]);
      const { error, rest } = failed;
      setOutcome({ kind: "error", error, rest, onFields: failed.fields.length > 0 });
      onError?.(error);
    }
  };
  const submit = handleSubmit(onValid);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One submission at a time: a second click while one is pending sends nothing.
    if (inFlight.current) return;
    inFlight.current = true;
    void submit(event).finally(() => {
      inFlight.current = false;
      // After handleSubmit has finished, so the fresh form is not marked as submitted. The
      // inputs keep their registration (the memoised parts do not re-render to register again).
      if (resetTo.current) reset(resetTo.current, { keepFieldsRef: true });
      resetTo.current = null;
    });
  };

  const retry = () => {
    submitRef.current?.focus();
    formRef.current?.requestSubmit();
  };

  const state = pending ? "pending" : (outcome?.kind ?? "idle");
  return (
    <CustomerFormContext.Provider value={context}>
      <form
        ref={formRef}
        className={cx("sc-root sc-CustomerForm", className)}
        data-sc-unstyled={unstyled || undefined}
        data-mode={mode}
        data-type={type}
        data-state={state}
        aria-label={mode === "create" ? messages.formLabelCreate : messages.formLabelEdit}
        noValidate
        onSubmit={onSubmit}
      >
        <div className="sc-CustomerForm-intro">
          {mode === "edit" ? (
            <p className="sc-CustomerForm-fixedType">
              {format(messages.type.fixed, { type: messages.type[type] })}
            </p>
          ) : null}
          <p>{messages.requiredNote}</p>
        </div>
        <TypeSection />
        <ContactSection />
        <AddressSection />
        <ComplianceSection />
        <RepresentativesSection />
        <AdditionalSection />
        <FormFeedback outcome={outcome} onRetry={retry} />
        <SubmitBar
          ref={submitRef}
          pending={pending}
          status={outcome?.kind === "success" ? outcome.message : undefined}
        />
      </form>
    </CustomerFormContext.Provider>
  );
}

/** The form's shape while the customer loads, so nothing jumps when it arrives. */
function FormSkeleton({
  className,
  unstyled,
  loading,
}: {
  className?: string | undefined;
  unstyled?: boolean | undefined;
  loading: string;
}) {
  return (
    <div
      className={cx("sc-root sc-CustomerForm", className)}
      data-sc-unstyled={unstyled || undefined}
      data-mode="edit"
      data-state="loading"
      aria-busy="true"
    >
      <p className="sc-visually-hidden" role="status">
        {loading}
      </p>
      {SKELETON_SECTIONS.map((spans, section) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, static layout
        <div className="sc-CustomerForm-section" data-skeleton="" aria-hidden="true" key={section}>
          <Skeleton className="sc-CustomerForm-skeletonLegend" />
          <div className="sc-CustomerForm-grid">
            {spans.map((span, field) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, static layout
              <div className="sc-CustomerForm-field" data-span={span} key={field}>
                <Skeleton className="sc-CustomerForm-skeletonLabel" />
                <Skeleton className="sc-CustomerForm-skeletonInput" />
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

const SKELETON_SECTIONS = [
  ["full", "half", "half", "half"],
  ["full", "full", "third", "third", "third"],
  ["half", "half"],
] as const;
