import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { FieldPath } from "react-hook-form";
import * as z from "zod/mini";
import type { StraddleError } from "../../../api/errors.js";
import type { CustomerType } from "../../../api/schemas/common.js";
import { format } from "../../../messages/merge.js";
import { Button } from "../../shared/Button.js";
import { cx } from "../../shared/cx.js";
import { Icon } from "../../shared/Icon.js";
import { formSections, useMessages } from "../../shared/useMessages.js";
import { CustomerFormContext, type CustomerFormContextValue } from "../context.js";
import { FormFeedback, type Outcome } from "../FormFeedback.js";
import type { ResolvedFieldControl } from "../fieldControl.js";
import { type CustomerFormPayload, createCustomerFormSchema, toCreateInput } from "../formSchema.js";
import { type CustomerFormDefaults, type CustomerFormValues, toFormValues } from "../formValues.js";
import { AddressSection } from "../sections/AddressSection.js";
import { ComplianceSection } from "../sections/ComplianceSection.js";
import { EmailAndPhone, NameField } from "../sections/ContactSection.js";
import { RepresentativesSection } from "../sections/RepresentativesSection.js";
import { TypeSection } from "../sections/TypeSection.js";
import { formServerError } from "../serverErrors.js";
import { useCustomerForm } from "../useCustomerForm.js";
import { Progress } from "./Progress.js";
import { ReviewStep } from "./ReviewStep.js";
import { onboardingFields, onboardingMessages, onboardingSteps, stepOfPath } from "./steps.js";
import { type OnboardingResult, useSubmitApplication } from "./useSubmitApplication.js";

export interface OnboardingFormProps {
  fields: ResolvedFieldControl;
  defaultType?: CustomerType | undefined;
  defaultValues?: CustomerFormDefaults | undefined;
  onSuccess?: ((result: OnboardingResult) => void) | undefined;
  onError?: ((error: StraddleError) => void) | undefined;
  thankYou?: ReactNode | ((result: OnboardingResult) => ReactNode);
  className?: string | undefined;
  unstyled?: boolean | undefined;
}

type Name = FieldPath<CustomerFormValues>;

/**
 * `CustomerForm variant="onboarding"`: the applicant's stepped form. Every step stays mounted
 * (the inactive ones `hidden`), so Back and Edit lose nothing; Continue validates the step's
 * own fields only; the review shows the exact payload before it is sent.
 */
export function OnboardingForm({
  fields: hostFields,
  defaultType,
  defaultValues,
  onSuccess,
  onError,
  thankYou,
  className,
  unstyled,
}: OnboardingFormProps) {
  const all = useMessages(formSections);
  const messages = useMemo(() => onboardingMessages(all.customerForm), [all.customerForm]);
  const o = messages.onboarding;
  const fields = useMemo(() => onboardingFields(hostFields), [hostFields]);
  const steps = useMemo(() => onboardingSteps(fields), [fields]);
  const [initial] = useState(() => toFormValues(defaultType ?? "individual", defaultValues));
  const schema = useMemo(
    () => createCustomerFormSchema(messages.validation, { mode: "create", fields }),
    [messages.validation, fields],
  );
  const { control, register, handleSubmit, trigger, setError, setFocus, getValues, type, idPrefix } =
    useCustomerForm(schema, initial);
  const context = useMemo<CustomerFormContextValue>(
    () => ({
      control,
      register,
      messages,
      mode: "create",
      fields,
      defaults: initial,
      stored: undefined,
      idPrefix,
    }),
    [control, register, messages, fields, initial, idPrefix],
  );

  const { mutate, isPending } = useSubmitApplication();
  const [index, setIndex] = useState(0);
  const [payload, setPayload] = useState<CustomerFormPayload | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [result, setResult] = useState<OnboardingResult | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inFlight = useRef(false);
  /** After a move: what gets focus once the new step shows (its heading, or a field with an error). */
  const focusNext = useRef<Name | "heading" | null>(null);
  const step = steps[Math.min(index, steps.length - 1)] ?? { id: "review" as const, fields: [] };
  const last = step.id === "review";

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "heading") headingRef.current?.focus();
    else if (target) setFocus(target);
  });

  const go = (next: number, focus: Name | "heading" = "heading") => {
    focusNext.current = focus;
    setIndex(Math.max(0, Math.min(next, steps.length - 1)));
  };

  /** Validates everything again (Back may have changed anything) and shows the payload. */
  const review = async () => {
    const parsed = z.safeParse(schema, getValues());
    if (!parsed.success) {
      await trigger();
      const first = parsed.error.issues[0]?.path.map(String).join(".") ?? "";
      go(
        steps.findIndex((candidate) => candidate.id === stepOfPath(first)),
        first as Name,
      );
      return;
    }
    setPayload(parsed.data);
    go(steps.length - 1);
  };

  const next = async () => {
    setOutcome(null);
    const valid = await trigger(step.fields, { shouldFocus: true });
    if (!valid) return;
    if (steps[index + 1]?.id === "review") await review();
    else go(index + 1);
  };

  const onValid = async (valid: CustomerFormPayload) => {
    setOutcome(null);
    try {
      const answer = await mutate(toCreateInput(valid));
      setResult(answer);
      onSuccess?.(answer);
    } catch (thrown) {
      const failed = formServerError(thrown, formRef.current, messages.errors.emailTaken);
      for (const [path, message] of failed.fields) setError(path as Name, { type: "server", message });
      const first = failed.fields[0];
      if (first)
        go(
          steps.findIndex((candidate) => candidate.id === stepOfPath(first[0])),
          first[0] as Name,
        );
      const { error, rest } = failed;
      setOutcome({ kind: "error", error, rest, onFields: failed.fields.length > 0 });
      onError?.(error);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!last) {
      void next();
      return;
    }
    // One submission at a time; a retry of the same payload reuses its Idempotency-Key.
    if (inFlight.current) return;
    inFlight.current = true;
    void handleSubmit(onValid)(event).finally(() => {
      inFlight.current = false;
    });
  };

  const root = {
    className: cx("sc-root sc-CustomerForm", className),
    "data-sc-unstyled": unstyled || undefined,
    "data-variant": "onboarding",
  } as const;

  if (result) {
    return (
      <div {...root} data-state="done">
        <ThankYou result={result} thankYou={thankYou} title={o.thankYouTitle} body={o.thankYouBody} />
      </div>
    );
  }

  const state = isPending ? "pending" : (outcome?.kind ?? "idle");
  const panel = (id: (typeof steps)[number]["id"]) => ({
    className: "sc-CustomerForm-stepPanel",
    "data-step-panel": id,
    hidden: step.id !== id,
  });
  const hasStep = (id: (typeof steps)[number]["id"]) => steps.some((candidate) => candidate.id === id);
  return (
    <CustomerFormContext.Provider value={context}>
      <form
        ref={formRef}
        {...root}
        data-type={type}
        data-step={step.id}
        data-state={state}
        aria-label={o.formLabel}
        noValidate
        onSubmit={onSubmit}
      >
        <Progress steps={steps} index={index} messages={o} />
        <div className="sc-CustomerForm-stepHead">
          <p className="sc-CustomerForm-stepCount">
            {format(o.stepOf, { index: index + 1, total: steps.length })}
          </p>
          <h2 ref={headingRef} className="sc-CustomerForm-stepTitle" tabIndex={-1}>
            {o.stepTitles[step.id]}
          </h2>
          <p className="sc-CustomerForm-stepIntro">{o.stepIntros[step.id]}</p>
          {index === 0 ? <p className="sc-CustomerForm-stepIntro">{o.intro}</p> : null}
        </div>

        <div {...panel("about")}>
          <TypeSection />
          <div className="sc-CustomerForm-grid">
            <NameField />
          </div>
        </div>
        <div {...panel("contact")}>
          <div className="sc-CustomerForm-grid">
            <EmailAndPhone span="full" />
          </div>
        </div>
        {hasStep("address") ? (
          <div {...panel("address")}>
            <AddressSection />
          </div>
        ) : null}
        {hasStep("identity") ? (
          <div {...panel("identity")}>
            <ComplianceSection />
            <RepresentativesSection />
          </div>
        ) : null}
        <div {...panel("review")}>
          {last && payload ? (
            <ReviewStep
              payload={payload}
              steps={steps}
              fields={fields}
              messages={messages}
              onEdit={(to) => go(to)}
            />
          ) : null}
        </div>

        <FormFeedback
          outcome={outcome}
          title={o.errorTitle}
          onRetry={() => formRef.current?.requestSubmit()}
        />
        <div className="sc-CustomerForm-stepNav">
          {index > 0 ? (
            <Button variant="secondary" unavailable={isPending} onClick={() => go(index - 1)}>
              <Icon name="chevronPrevious" />
              {o.actions.back}
            </Button>
          ) : null}
          <Button
            type="submit"
            className="sc-CustomerForm-submit"
            variant="primary"
            unavailable={isPending}
            aria-busy={isPending || undefined}
          >
            {last ? (isPending ? o.actions.submitting : o.actions.submit) : o.actions.next}
          </Button>
        </div>
      </form>
    </CustomerFormContext.Provider>
  );
}

function ThankYou({
  result,
  thankYou,
  title,
  body,
}: {
  result: OnboardingResult;
  thankYou: OnboardingFormProps["thankYou"];
  title: string;
  body: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The form the person was in is gone: focus lands on what replaced it.
  useEffect(() => ref.current?.focus(), []);
  const custom = typeof thankYou === "function" ? thankYou(result) : thankYou;
  return (
    <div ref={ref} className="sc-CustomerForm-thankYou" role="status" tabIndex={-1}>
      {custom ?? (
        <>
          <span className="sc-CustomerForm-thankYouIcon" aria-hidden="true">
            <Icon name="check" />
          </span>
          <h2 className="sc-CustomerForm-stepTitle">{title}</h2>
          <p>{body}</p>
        </>
      )}
    </div>
  );
}
