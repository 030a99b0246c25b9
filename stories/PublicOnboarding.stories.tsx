import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { createFetchFetcher } from "../src/api";
import { StraddleProvider } from "../src/hooks";
import { CustomerForm, type CustomerFormOnboardingProps } from "../src/index";
import { es } from "../src/messages";
import { customerForm as m } from "../src/messages/en/customerForm";
import { createOnboardingProxy } from "../src/server";
import { getStorySandbox } from "./storySandbox";

/** The address the story's "server" sees for the applicant (documentation range). */
const SERVER_IP = "198.51.100.42";
/** What a hostile browser would put in the body; never reaches the upstream. */
const FORGED_IP = "8.8.8.8";

/**
 * Both halves of the recipe in the page: the form's fetcher posts to `/api/onboarding`, where
 * `createOnboardingProxy` (the server half, running here in the browser for the demo) stamps
 * the device IP, allows only create and strips the answer, in front of the story's sandbox.
 */
const withOnboardingRoute: Decorator = (Story, context) => {
  const [fetcher] = useState(() => {
    const sandbox = getStorySandbox();
    const proxy = createOnboardingProxy({
      apiKey: "sk_story_onboarding",
      environment: "sandbox",
      basePath: "/api/onboarding",
      deviceIp: () => SERVER_IP,
      fetch: (url, init) => sandbox.fetch(url, init),
    });
    return createFetchFetcher({
      baseUrl: `${window.location.origin}/api/onboarding`,
      fetch: async (input, init) => proxy(new Request(input, init)),
    });
  });
  const locale = (context.globals.locale as string | undefined) ?? "en-US";
  return (
    <StraddleProvider
      fetcher={fetcher}
      locale={locale}
      messages={locale.startsWith("es") ? es : undefined}
      retry={{ count: 0 }}
    >
      <Story />
    </StraddleProvider>
  );
};

function OnboardingForm(props: Omit<CustomerFormOnboardingProps, "variant">) {
  return <CustomerForm variant="onboarding" {...props} />;
}

const meta = {
  title: "Recipes/Public onboarding",
  component: OnboardingForm,
  args: { onSuccess: fn(), onError: fn() },
  decorators: [withOnboardingRoute],
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          '`<CustomerForm variant="onboarding">` behind `createOnboardingProxy`: an applicant fills in who they are, how to reach them, their address and identity, checks a review with sensitive values masked, and submits. The server stamps the device IP; the answer is only an id and `state: "received"`.',
      },
    },
  },
} satisfies Meta<typeof OnboardingForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

const o = m.onboarding;
const posts = () => getStorySandbox().requestsTo("customers.create");
const textbox = (canvas: Canvas, name: string | RegExp) => canvas.getByRole("textbox", { name });
const heading = (canvas: Canvas) => canvas.getByRole("heading", { level: 2 });
const next = (canvas: Canvas) => userEvent.click(canvas.getByRole("button", { name: o.actions.next }));
const onStep = (canvas: Canvas, title: string) =>
  waitFor(() => expect(heading(canvas)).toHaveTextContent(title));

/** The text of the error that `input` is described by. */
function errorOf(input: HTMLElement): string | undefined {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return (
    ids.map((id) => document.getElementById(id)).find((el) => el?.className === "sc-CustomerForm-error")
      ?.textContent ?? undefined
  );
}

async function about(canvas: Canvas, name = "April Ludgate") {
  await userEvent.type(textbox(canvas, "Your full name"), name);
  await next(canvas);
  await onStep(canvas, o.stepTitles.contact);
}

async function contact(canvas: Canvas, email = "april.applicant@example.com") {
  await userEvent.type(textbox(canvas, "Email"), email);
  await userEvent.type(textbox(canvas, "Phone"), "(317) 555-0199");
  await next(canvas);
  await onStep(canvas, o.stepTitles.address);
}

async function address(canvas: Canvas) {
  await userEvent.type(textbox(canvas, "Street address"), "2 Animal Control Rd");
  await userEvent.type(textbox(canvas, "City"), "Pawnee");
  await userEvent.selectOptions(canvas.getByRole("combobox", { name: "State" }), "IN");
  await userEvent.type(textbox(canvas, "ZIP code"), "46001");
  await next(canvas);
  await onStep(canvas, o.stepTitles.identity);
}

async function identity(canvas: Canvas) {
  await userEvent.type(textbox(canvas, "Date of birth"), "19890521");
  await userEvent.type(canvas.getByLabelText(/^Social Security number/), "111223333");
  await next(canvas);
  await onStep(canvas, o.stepTitles.review);
}

async function toReview(canvas: Canvas) {
  await about(canvas);
  await contact(canvas);
  await address(canvas);
  await identity(canvas);
}

/** Step 1 of 5: who you are. No IP field, no admin-only field, anywhere in the form. */
export const StepAboutYou: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("form", { name: o.formLabel })).toHaveAttribute("data-step", "about");
    await expect(canvas.getByText("Step 1 of 5")).toBeVisible();
    const progress = canvas.getByRole("list", { name: o.progressLabel });
    await expect(within(progress).getAllByRole("listitem")).toHaveLength(5);
    await expect(within(progress).getByText(o.steps.about).closest("li")).toHaveAttribute(
      "aria-current",
      "step",
    );
    await expect(canvas.getByRole("radio", { name: /Individual/ })).toBeChecked();
    for (const name of ["device.ip_address", "external_id", "config.sandbox_outcome"]) {
      await expect(canvasElement.querySelector(`[name='${name}']`)).toBeNull();
    }
    await expect(getStorySandbox().requests).toHaveLength(0);
  },
};

/** Continue on an empty step: its own error only, focus on it; the step does not change. */
export const StepAboutYouErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await next(canvas);
    const name = textbox(canvas, "Your full name");
    await waitFor(() => expect(name).toHaveFocus());
    await expect(errorOf(name)).toBe(m.validation.nameRequired);
    await expect(heading(canvas)).toHaveTextContent(o.stepTitles.about);
  },
};

/** Step 2: contact, with its errors (email and phone) after Continue. */
export const StepContactErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await about(canvas);
    await expect(heading(canvas)).toHaveFocus();
    await userEvent.type(textbox(canvas, "Email"), "april@");
    await userEvent.type(textbox(canvas, "Phone"), "555");
    await next(canvas);
    await waitFor(() => expect(errorOf(textbox(canvas, "Email"))).toBe(m.validation.email));
    await expect(errorOf(textbox(canvas, "Phone"))).toBe(m.validation.phone);
    await expect(textbox(canvas, "Email")).toHaveFocus();
  },
};

/** Step 3: the address is optional, but a started one must be complete. */
export const StepAddressErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await about(canvas);
    await contact(canvas);
    await userEvent.type(textbox(canvas, "ZIP code"), "4600");
    await next(canvas);
    await waitFor(() => expect(errorOf(textbox(canvas, "Street address"))).toBe(m.validation.address1));
    await expect(errorOf(textbox(canvas, "ZIP code"))).toBe(m.validation.zip);
    await expect(heading(canvas)).toHaveTextContent(o.stepTitles.address);
  },
};

/** Step 4: identity, required; the SSN is masked while typed. */
export const StepIdentityErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await about(canvas);
    await contact(canvas);
    await address(canvas);
    await expect(canvas.getByLabelText(/^Social Security number/)).toHaveAttribute("type", "password");
    await next(canvas);
    await waitFor(() => expect(errorOf(textbox(canvas, "Date of birth"))).toBe(m.validation.dob));
    await expect(errorOf(canvas.getByLabelText(/^Social Security number/))).toBe(m.validation.ssn);
  },
};

/** Back and forth: nothing typed is lost. */
export const BackAndForth: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await about(canvas);
    await contact(canvas);
    await userEvent.click(canvas.getByRole("button", { name: o.actions.back }));
    await onStep(canvas, o.stepTitles.contact);
    await expect(textbox(canvas, "Email")).toHaveValue("april.applicant@example.com");
    await userEvent.click(canvas.getByRole("button", { name: o.actions.back }));
    await onStep(canvas, o.stepTitles.about);
    await expect(textbox(canvas, "Your full name")).toHaveValue("April Ludgate");
    await next(canvas);
    await next(canvas);
    await onStep(canvas, o.stepTitles.address);
  },
};

/** The review: exactly what will be sent, SSN and date of birth masked, the IP left to the server. */
export const ReviewStep: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await toReview(canvas);
    const review = canvasElement.querySelector(".sc-CustomerForm-review") as HTMLElement;
    await expect(review).toHaveTextContent("April Ludgate");
    await expect(review).toHaveTextContent("+13175550199");
    await expect(review).toHaveTextContent("2 Animal Control Rd, Pawnee, IN 46001");
    await expect(review).toHaveTextContent("***-**-3333");
    await expect(review).toHaveTextContent("1989-**-**");
    await expect(review).toHaveTextContent(o.review.deviceServer);
    await expect(review).not.toHaveTextContent("111-22-3333");
    await expect(canvas.getByRole("button", { name: o.actions.submit })).toBeVisible();
    await expect(posts()).toHaveLength(0);
  },
};

/**
 * Submitted: the upstream saw the server's IP (the browser sent none, and a forged one in the
 * body would be replaced), onSuccess got `{ id, state: "received" }`, and a thank-you shows.
 */
export const SubmittedThankYou: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await toReview(canvas);
    await userEvent.click(canvas.getByRole("button", { name: o.actions.submit }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    const result = (args.onSuccess as ReturnType<typeof fn>).mock.calls[0]?.[0] as Record<string, unknown>;
    await expect(Object.keys(result).sort()).toEqual(["id", "state"]);
    await expect(result.state).toBe("received");
    const sent = posts()[0]?.body as { device?: unknown };
    await expect(sent.device).toEqual({ ip_address: SERVER_IP });
    await expect(JSON.stringify(sent)).not.toContain(FORGED_IP);
    const thanks = await canvas.findByRole("status");
    await expect(thanks).toHaveTextContent(o.thankYouTitle);
    await expect(thanks).toHaveFocus();
  },
};

/** A failure on submit, then Try again: the same Idempotency-Key, so one application. */
export const RetryAfterFailure: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await toReview(canvas);
    getStorySandbox().fail("customers.create", { status: 503, times: 1 });
    await userEvent.click(canvas.getByRole("button", { name: o.actions.submit }));
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(o.errorTitle);
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    const [first, second] = posts();
    await expect(second?.headers["Idempotency-Key"]).toBe(first?.headers["Idempotency-Key"]);
  },
};

/** A business: its own identity step (legal name, EIN, website, owners). */
export const BusinessIdentity: Story = {
  args: { defaultType: "business" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(textbox(canvas, "Your business's name"), "Very Good Building Co.");
    await next(canvas);
    await contact(canvas, "vgb.applicant@example.com");
    await next(canvas);
    await onStep(canvas, o.stepTitles.identity);
    await expect(canvas.getByRole("group", { name: o.sections.complianceBusiness })).toBeVisible();
    await userEvent.type(textbox(canvas, "Legal business name"), "Very Good Building Company LLC");
    await userEvent.type(canvas.getByLabelText(/^Employer Identification Number/), "123456789");
    await next(canvas);
    await onStep(canvas, o.stepTitles.review);
    const review = canvasElement.querySelector(".sc-CustomerForm-review") as HTMLElement;
    await expect(review).toHaveTextContent("**-***6789");
    await expect(review).not.toHaveTextContent("12-3456789");
  },
};

/** 375 px (a phone), on the review step: one column, the actions full width, nothing overflows. */
export const Mobile: Story = {
  decorators: [
    (Story) => (
      // Storybook scaffolding only: the form itself never carries inline styles.
      <div style={{ inlineSize: 375, maxInlineSize: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole("form", { name: o.formLabel });
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
    await toReview(canvas);
    const back = canvas.getByRole("button", { name: o.actions.back });
    const submit = canvas.getByRole("button", { name: o.actions.submit });
    // Submit above Back, each the whole row.
    await expect(submit.getBoundingClientRect().bottom).toBeLessThanOrEqual(back.getBoundingClientRect().top);
    await expect(Math.round(submit.getBoundingClientRect().width)).toBe(
      Math.round(back.getBoundingClientRect().width),
    );
    await expect(submit.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await expect(form.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
  },
};

/** Spanish: the whole catalogue, steps and review included. */
export const Spanish: Story = {
  globals: { locale: "es-ES" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const eo = es.customerForm.onboarding;
    await expect(canvas.getByRole("form", { name: eo.formLabel })).toBeVisible();
    await expect(canvas.getByText("Paso 1 de 5")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: eo.actions.next }));
    await waitFor(() =>
      expect(errorOf(textbox(canvas, /^Su nombre completo/))).toBe(es.customerForm.validation.nameRequired),
    );
    await userEvent.type(textbox(canvas, /^Su nombre completo/), "Ana Solicitante");
    await userEvent.click(canvas.getByRole("button", { name: eo.actions.next }));
    await onStep(canvas, eo.stepTitles.contact);
    await expect(canvas.getByRole("button", { name: eo.actions.back })).toBeVisible();
  },
};
