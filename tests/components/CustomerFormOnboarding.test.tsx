import { QueryClient } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, test, vi } from "vitest";
import { createFetchFetcher, type StraddleError } from "../../src/api";
import { StraddleProvider } from "../../src/hooks";
import { CustomerForm, type CustomerFormOnboardingProps, type OnboardingResult } from "../../src/index";
import { customerForm as m } from "../../src/messages/en/customerForm";
import { createSandbox } from "../../src/sandbox";
import { createOnboardingProxy } from "../../src/server";
import { setup } from "../hooks/harness";

vi.setConfig({ testTimeout: 30_000 });

const SERVER_IP = "198.51.100.200";
const o = m.onboarding;

type User = ReturnType<typeof userEvent.setup>;

/** The public form as a host runs it: browser → createOnboardingProxy (deviceIp) → sandbox. */
function renderOnboarding(props: Partial<CustomerFormOnboardingProps> = {}, retryCount = 0) {
  const sandbox = createSandbox();
  const upstreamBodies: Record<string, unknown>[] = [];
  const proxy = createOnboardingProxy({
    apiKey: "sk_test_onboarding_form",
    environment: "sandbox",
    basePath: "/api/onboarding",
    deviceIp: () => SERVER_IP,
    fetch: (url, init) => {
      if (typeof init.body === "string")
        upstreamBodies.push(JSON.parse(init.body) as Record<string, unknown>);
      return sandbox.fetch(url, init);
    },
  });
  const browserBodies: string[] = [];
  const fetcher = createFetchFetcher({
    baseUrl: "http://host.test/api/onboarding",
    fetch: async (input, init) => {
      if (typeof init?.body === "string") browserBodies.push(init.body);
      return proxy(new Request(input, init));
    },
  });
  const queryClient = new QueryClient();
  const onSuccess = vi.fn<(result: OnboardingResult) => void>();
  const onError = vi.fn<(error: StraddleError) => void>();
  const user = userEvent.setup({ delay: null });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StraddleProvider
      fetcher={fetcher}
      queryClient={queryClient}
      retry={{ count: retryCount, baseDelayMs: 1 }}
    >
      {children}
    </StraddleProvider>
  );
  render(<CustomerForm variant="onboarding" onSuccess={onSuccess} onError={onError} {...props} />, {
    wrapper,
  });
  return { sandbox, upstreamBodies, browserBodies, queryClient, onSuccess, onError, user };
}

const field = (name: string | RegExp) => screen.getByRole("textbox", { name });
const heading = () => screen.getByRole("heading", { level: 2 });
const next = () => screen.getByRole("button", { name: o.actions.next });
const currentStep = () => document.querySelector("[aria-current='step']")?.textContent;
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

async function toContact(user: User, name = "Ann Applicant") {
  await user.type(field(o.labels.nameIndividual), name);
  await user.click(next());
  await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.contact));
}

async function toReview(user: User) {
  await toContact(user);
  await user.type(field("Email"), "applicant.ann@example.com");
  await user.type(field("Phone"), "(317) 555-0142");
  await user.click(next());
  await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.address));
  await user.type(field("Street address"), "1 Hospital Way");
  await user.type(field("City"), "Pawnee");
  await user.selectOptions(screen.getByRole("combobox", { name: "State" }), "IN");
  await user.type(field("ZIP code"), "46001");
  await user.click(next());
  await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.identity));
  await user.type(field("Date of birth"), "19850412");
  await user.type(screen.getByLabelText(/^Social Security number/), "987654321");
  await user.click(next());
  await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.review));
}

describe("CustomerForm variant='onboarding': the stepped form", () => {
  test("steps with a progress indicator; no admin-only field and no IP field anywhere", async () => {
    renderOnboarding();
    const form = screen.getByRole("form", { name: o.formLabel });
    expect(form).toHaveAttribute("data-variant", "onboarding");
    const progress = screen.getByRole("list", { name: o.progressLabel });
    expect(
      within(progress)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["1About you", "2Contact", "3Address", "4Identity", "5Review"]);
    expect(currentStep()).toBe("1About you");
    expect(screen.getByText("Step 1 of 5")).toBeInTheDocument();
    expect(heading()).toHaveTextContent(o.stepTitles.about);
    // Not on this step, nor hidden on another one.
    for (const label of [
      m.labels.ipAddress,
      m.labels.externalId,
      m.labels.sandboxOutcome,
      m.labels.metadata,
    ]) {
      expect(screen.queryByText(label)).toBeNull();
    }
    expect(document.querySelector("[name='device.ip_address']")).toBeNull();
    expect(document.querySelector("[name='external_id']")).toBeNull();
    expect(document.querySelector("[name^='metadata']")).toBeNull();
    expect(document.querySelector("[name='config.sandbox_outcome']")).toBeNull();
    expect(screen.queryByRole("button", { name: o.actions.back })).toBeNull();
  });

  test("Continue validates only the step's fields and focuses the first error", async () => {
    const { user } = renderOnboarding();
    await user.click(next());
    const name = field(o.labels.nameIndividual);
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name).toHaveFocus();
    expect(heading()).toHaveTextContent(o.stepTitles.about);
    // The later steps' fields were not judged yet.
    expect(document.querySelector("[name='email']")).not.toHaveAttribute("aria-invalid");
    expect(document.querySelector("[name='compliance_profile.ssn']")).not.toHaveAttribute("aria-invalid");

    await toContact(user);
    expect(heading()).toHaveFocus();
    expect(currentStep()).toBe("2Contact");
    await user.type(field("Email"), "not-an-email");
    await user.click(next());
    await waitFor(() => expect(field("Email")).toHaveAttribute("aria-invalid", "true"));
    expect(field("Email")).toHaveFocus();
    expect(heading()).toHaveTextContent(o.stepTitles.contact);
  });

  test("Back keeps every value, and going forth again keeps them too", async () => {
    const { user } = renderOnboarding();
    await toContact(user, "Ben Wyatt");
    await user.type(field("Email"), "ben@example.com");
    await user.click(screen.getByRole("button", { name: o.actions.back }));
    await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.about));
    expect(field(o.labels.nameIndividual)).toHaveValue("Ben Wyatt");
    await user.click(next());
    await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.contact));
    expect(field("Email")).toHaveValue("ben@example.com");
  });

  test("the input modes and autofill tokens are right for phones", async () => {
    const { user } = renderOnboarding();
    expect(field(o.labels.nameIndividual)).toHaveAttribute("autocomplete", "name");
    await toContact(user);
    expect(field("Email")).toHaveAttribute("inputmode", "email");
    expect(field("Email")).toHaveAttribute("autocomplete", "email");
    expect(field("Phone")).toHaveAttribute("inputmode", "tel");
    expect(field("Phone")).toHaveAttribute("autocomplete", "tel");
    // On later steps, hidden until then.
    const input = (name: string) => document.querySelector(`[name='${name}']`);
    expect(input("address.zip")).toHaveAttribute("inputmode", "numeric");
    expect(input("address.zip")).toHaveAttribute("autocomplete", "postal-code");
    expect(input("compliance_profile.dob")).toHaveAttribute("autocomplete", "bday");
    expect(input("compliance_profile.ssn")).toHaveAttribute("autocomplete", "off");
  });

  test("the review shows what will be sent, sensitive values masked; Edit goes back to a step", async () => {
    const { user } = renderOnboarding();
    await toReview(user);
    const review = document.querySelector(".sc-CustomerForm-review") as HTMLElement;
    const text = review.textContent ?? "";
    expect(text).toContain("Ann Applicant");
    expect(text).toContain("applicant.ann@example.com");
    expect(text).toContain("+13175550142");
    expect(text).toContain("1 Hospital Way, Pawnee, IN 46001");
    expect(text).toContain("***-**-4321");
    expect(text).toContain("1985-**-**");
    expect(text).toContain(o.review.deviceServer);
    expect(text).not.toContain("987-65-4321");
    expect(text).not.toContain("04-12");
    await user.click(screen.getByRole("button", { name: "Edit Contact" }));
    await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.contact));
    expect(field("Email")).toHaveValue("applicant.ann@example.com");
  });

  test("submit: the server stamps the IP, onSuccess gets the neutral result, a thank-you replaces the form", async () => {
    const { user, upstreamBodies, browserBodies, onSuccess, queryClient } = renderOnboarding();
    await toReview(user);
    await user.click(screen.getByRole("button", { name: o.actions.submit }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const result = onSuccess.mock.calls[0]?.[0];
    expect(result && Object.keys(result).sort()).toEqual(["id", "state"]);
    expect(result?.state).toBe("received");
    // The browser sent no device at all; the upstream got the server's.
    expect(JSON.parse(browserBodies[0] ?? "{}")).not.toHaveProperty("device");
    expect(upstreamBodies[0]?.device).toEqual({ ip_address: SERVER_IP });
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent(o.thankYouTitle);
    expect(status).toHaveFocus();
    expect(screen.queryByRole("form")).toBeNull();
    // No copy of the applicant's record in the browser's query cache.
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain("Applicant");
  });

  test("a host-made thank-you state gets the result", async () => {
    const { user } = renderOnboarding({
      thankYou: (result) => <p>Application {result.id.slice(0, 8)} is in.</p>,
    });
    await toReview(user);
    await user.click(screen.getByRole("button", { name: o.actions.submit }));
    expect(await screen.findByText(/^Application [0-9a-f]{8} is in\.$/)).toBeInTheDocument();
    expect(screen.queryByText(o.thankYouTitle)).toBeNull();
  });

  test("safe to retry: a failed submit and Try again reuse the Idempotency-Key; one customer", async () => {
    const { user, sandbox, onSuccess, onError } = renderOnboarding();
    await toReview(user);
    sandbox.fail("customers.create", { status: 503, times: 1 });
    await user.click(screen.getByRole("button", { name: o.actions.submit }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(o.errorTitle);
    expect(onError).toHaveBeenCalledTimes(1);
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const creates = sandbox.requestsTo("customers.create");
    expect(creates).toHaveLength(2);
    expect(creates[1]?.headers["Idempotency-Key"]).toBe(creates[0]?.headers["Idempotency-Key"]);
  });

  test("a server error on a field opens its step and focuses it", async () => {
    const { user, sandbox } = renderOnboarding();
    await toReview(user);
    sandbox.fail("customers.create", {
      status: 422,
      times: 1,
      items: [{ reference: "email", detail: "This email cannot be used." }],
    });
    await user.click(screen.getByRole("button", { name: o.actions.submit }));
    await waitFor(() => expect(heading()).toHaveTextContent(o.stepTitles.contact));
    await settle();
    expect(field("Email")).toHaveAttribute("aria-invalid", "true");
    expect(field("Email")).toHaveFocus();
  });
});

describe("fields={{ device: 'server' }} on the admin form", () => {
  test("no IP field, and the body has no device for the proxy to stamp", async () => {
    const h = setup();
    const user = userEvent.setup({ delay: null });
    const onSuccess = vi.fn();
    render(
      <h.wrapper>
        <CustomerForm fields={{ device: "server", compliance_profile: "optional" }} onSuccess={onSuccess} />
      </h.wrapper>,
    );
    expect(screen.queryByRole("textbox", { name: m.labels.ipAddress })).toBeNull();
    await user.type(field("Full name"), "Chris Traeger");
    await user.type(field("Email"), "chris@example.com");
    await user.type(field("Phone"), "(317) 555-0100");
    await user.click(screen.getByRole("button", { name: m.actions.create }));
    await waitFor(() => expect(h.calls.filter((call) => call.method === "POST")).toHaveLength(1));
    const post = h.calls.find((call) => call.method === "POST");
    expect(post?.body).toEqual({
      type: "individual",
      name: "Chris Traeger",
      email: "chris@example.com",
      phone: "+13175550100",
    });
  });
});
