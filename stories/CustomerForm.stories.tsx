import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { CustomerForm } from "../src/index";
import { customerForm as m } from "../src/messages/en/customerForm";
import { sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Components/CustomerForm",
  component: CustomerForm,
  args: { onSuccess: fn(), onError: fn() },
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "Creates a customer (individual or business), or edits one with `customerId`. Validation uses the API's request schemas; server errors land on their fields; a retry after a network error reuses the idempotency key. Play functions fill the form as a person would and assert the exact request the sandbox received.",
      },
    },
  },
} satisfies Meta<typeof CustomerForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const posts = () => getStorySandbox().requestsTo("customers.create");
const puts = () => getStorySandbox().requestsTo("customers.update");
const textbox = (canvas: Canvas, name: string | RegExp) => canvas.getByRole("textbox", { name });
const contact = (canvas: Canvas) => within(canvas.getByRole("group", { name: "Contact details" }));

/** The text of the error that `input` is described by (its own error paragraph). */
function errorOf(input: HTMLElement): string | undefined {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.className === "sc-CustomerForm-error");
  return error?.textContent ?? undefined;
}

/** Fills an individual the way a person does: click the first field, then type and Tab along. */
async function fillIndividual(canvas: Canvas, email = "ada.lovelace@example.com") {
  await userEvent.click(textbox(canvas, "Full name"));
  await userEvent.keyboard("Ada Lovelace");
  await userEvent.tab();
  await userEvent.keyboard(email);
  await userEvent.tab();
  await userEvent.keyboard("(212) 555-0100");
  await userEvent.tab();
  await userEvent.keyboard("203.0.113.7");
  await userEvent.tab();
  await expect(textbox(canvas, "Street address")).toHaveFocus();
}

async function fillAddress(canvas: Canvas) {
  await userEvent.type(textbox(canvas, "Street address"), "12 Analytical Engine Way");
  await userEvent.tab();
  await userEvent.keyboard("Suite 3");
  await userEvent.tab();
  await userEvent.keyboard("Indianapolis");
  await userEvent.tab();
  const state = canvas.getByRole("combobox", { name: "State" });
  await expect(state).toHaveFocus();
  await userEvent.selectOptions(state, "IN");
  await userEvent.tab();
  await userEvent.keyboard("46204");
}

async function fillIdentity(canvas: Canvas) {
  await userEvent.type(textbox(canvas, "Date of birth"), "19901210");
  await userEvent.tab();
  await expect(canvas.getByLabelText(/^Social Security number/)).toHaveFocus();
  await userEvent.keyboard("123456789");
}

const ada = {
  type: "individual",
  name: "Ada Lovelace",
  email: "ada.lovelace@example.com",
  phone: "+12125550100",
  device: { ip_address: "203.0.113.7" },
  compliance_profile: { dob: "1990-12-10", ssn: "123-45-6789" },
};
const adaAddress = {
  address1: "12 Analytical Engine Way",
  address2: "Suite 3",
  city: "Indianapolis",
  state: "IN",
  zip: "46204",
};

/** Create mode, individual: required fields marked in text; nothing is sent before a submit. */
export const EmptyIndividual: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole("form", { name: "New customer" });
    await expect(form).toHaveAttribute("data-mode", "create");
    await expect(form).toHaveAttribute("data-type", "individual");
    await expect(canvas.getByRole("radio", { name: /Individual/ })).toBeChecked();
    await expect(canvas.getByText(m.requiredNote)).toBeVisible();
    await expect(textbox(canvas, "Full name")).toHaveAttribute("aria-required", "true");
    await expect(textbox(canvas, "Street address")).not.toHaveAttribute("aria-required");
    await expect(canvas.getByLabelText(/^Social Security number/)).toHaveAttribute("type", "password");
    await expect(getStorySandbox().requests).toHaveLength(0);
  },
};

/** Create mode, business: legal name, EIN, website and representatives instead of dob/SSN. */
export const EmptyBusiness: Story = {
  args: { defaultType: "business" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("radio", { name: /Business/ })).toBeChecked();
    await expect(textbox(canvas, "Business name")).toHaveAttribute("autocomplete", "organization");
    await expect(canvas.getByRole("group", { name: "Business verification" })).toBeVisible();
    await expect(canvas.getByText(m.noRepresentatives)).toBeVisible();
    await expect(canvas.queryByRole("textbox", { name: "Date of birth" })).toBeNull();
  },
};

/** A complete individual: phone normalised, dashes inserted, empty optionals left out of the body. */
export const FilledAndValid: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillAddress(canvas);
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Add an entry" }));
    await userEvent.keyboard("plan");
    await userEvent.tab();
    await userEvent.keyboard("gold");
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));

    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(posts()).toHaveLength(1);
    await expect(posts()[0]?.body).toEqual({ ...ada, address: adaAddress, metadata: { plan: "gold" } });
    await expect(canvas.getByRole("status")).toHaveTextContent("Ada Lovelace was created.");
    // Ready for the next customer.
    await waitFor(() => expect(textbox(canvas, "Full name")).toHaveValue(""));
  },
};

/** Invalid values everywhere, then submit: each error under its field, focus on the first. */
export const EveryValidationError: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // On blur: the email error appears when the person leaves the field.
    await userEvent.click(textbox(canvas, "Email"));
    await userEvent.keyboard("ada@");
    await userEvent.tab();
    await waitFor(() => expect(errorOf(textbox(canvas, "Email"))).toBe(m.validation.email));
    await userEvent.keyboard("555-0100");
    await userEvent.tab();
    await userEvent.keyboard("300.1.1.1");
    await userEvent.type(textbox(canvas, "Apartment, suite, unit"), "Suite 3");
    await userEvent.type(textbox(canvas, "ZIP code"), "4620");
    await userEvent.type(textbox(canvas, "Date of birth"), "1990-13-01");
    await userEvent.type(canvas.getByLabelText(/^Social Security number/), "12345");
    await userEvent.click(textbox(canvas, "External id"));
    await userEvent.paste("x".repeat(101));
    const addEntry = canvas.getByRole("button", { name: "Add an entry" });
    await userEvent.click(addEntry);
    await userEvent.tab();
    await userEvent.keyboard("no key");
    await userEvent.click(addEntry);
    await userEvent.keyboard("plan");
    await userEvent.click(addEntry);
    await userEvent.keyboard("plan");
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));

    const name = textbox(canvas, "Full name");
    await waitFor(() => expect(name).toHaveFocus());
    const expected: [HTMLElement, string][] = [
      [name, m.validation.nameRequired],
      [textbox(canvas, "Email"), m.validation.email],
      [textbox(canvas, "Phone"), m.validation.phone],
      [textbox(canvas, "Device IP address"), m.validation.ipAddress],
      [textbox(canvas, "Street address"), m.validation.address1],
      [textbox(canvas, "City"), m.validation.city],
      [canvas.getByRole("combobox", { name: "State" }), m.validation.state],
      [textbox(canvas, "ZIP code"), m.validation.zip],
      [textbox(canvas, "Date of birth"), m.validation.dob],
      [canvas.getByLabelText(/^Social Security number/), m.validation.ssn],
      [textbox(canvas, "External id"), m.validation.tooLong],
      [textbox(canvas, "Key of entry 1"), m.validation.metadataKey],
      [textbox(canvas, "Key of entry 3"), m.validation.metadataDuplicate],
    ];
    for (const [input, message] of expected) {
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(errorOf(input)).toBe(message);
    }
    await expect(errorOf(textbox(canvas, "Apartment, suite, unit"))).toBeUndefined();
    await expect(getStorySandbox().requests).toHaveLength(0);
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** The business side: legal name, EIN, website and a representative's row, each with its error. */
export const EveryValidationErrorBusiness: Story = {
  args: { defaultType: "business" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/^Employer Identification Number/), "12-345");
    await userEvent.type(textbox(canvas, "Website"), "javascript:alert(1)");
    await userEvent.click(canvas.getByRole("button", { name: "Add a representative" }));
    const row = within(canvas.getByRole("group", { name: "Representative 1" }));
    await userEvent.tab();
    await userEvent.keyboard("ron@");
    await userEvent.tab();
    await userEvent.keyboard("12");
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));

    await waitFor(() => expect(textbox(canvas, "Business name")).toHaveFocus());
    await expect(errorOf(textbox(canvas, "Business name"))).toBe(m.validation.nameRequired);
    await expect(errorOf(textbox(canvas, "Legal business name"))).toBe(m.validation.legalBusinessName);
    await expect(errorOf(canvas.getByLabelText(/^Employer Identification Number/))).toBe(m.validation.ein);
    await expect(errorOf(textbox(canvas, "Website"))).toBe(m.validation.website);
    await expect(errorOf(row.getByRole("textbox", { name: "Name" }))).toBe(m.validation.representativeName);
    await expect(errorOf(row.getByRole("textbox", { name: "Email" }))).toBe(m.validation.email);
    await expect(errorOf(row.getByRole("textbox", { name: "Phone" }))).toBe(m.validation.phone);
    await expect(getStorySandbox().requests).toHaveLength(0);
  },
};

/** A 422 whose items name fields (`customer.phone`, `Address.Zip`): each lands on its input. */
export const ServerFieldError: Story = {
  parameters: {
    sandbox: {
      failures: [
        {
          endpoint: "customers.create",
          status: 422,
          items: [
            { reference: "Address.Zip", detail: "This ZIP code is not in Indiana." },
            { reference: "customer.phone", detail: "This number cannot receive text messages." },
          ],
        },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillAddress(canvas);
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));

    const phone = textbox(canvas, "Phone");
    await waitFor(() => expect(errorOf(phone)).toBe("This number cannot receive text messages."));
    await expect(phone).toHaveFocus();
    await expect(errorOf(textbox(canvas, "ZIP code"))).toBe("This ZIP code is not in Indiana.");
    await expect(posts()).toHaveLength(1);
    await expect(posts()[0]?.body).toEqual({ ...ada, address: adaAddress });
    // Nothing typed is lost.
    await expect(phone).toHaveValue("(212) 555-0100");
    await expect(canvas.getByLabelText(/^Social Security number/)).toHaveValue("123-45-6789");
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 422 }));
  },
};

/** An error no field can show (here a 403): a form-level alert with the API request id. */
export const UnexpectedError: Story = {
  parameters: {
    sandbox: {
      failures: [
        { endpoint: "customers.create", status: 403, detail: "This account cannot create customers yet." },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(m.errors.title);
    await expect(alert).toHaveTextContent("This account cannot create customers yet.");
    await expect(alert).toHaveTextContent(/Request id: [0-9a-f-]{36}/);
    // A 403 will not go away by itself: no "Try again"; everything typed is still there.
    await expect(within(alert).queryByRole("button")).toBeNull();
    await expect(textbox(canvas, "Full name")).toHaveValue("Ada Lovelace");
    await expect(canvas.getByRole("form", { name: "New customer" })).toHaveAttribute("data-state", "error");
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 403 }));
  },
};

/** The email belongs to another customer: the API's 422 shows on the email field. */
export const DuplicateEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas, "leslie.knope@pawnee.example.gov");
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    const email = contact(canvas).getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(errorOf(email)).toBe(m.errors.emailTaken));
    await expect(email).toHaveFocus();
    await expect(posts()).toHaveLength(1);
    // Fixing it clears the message, and the next submit succeeds.
    await userEvent.clear(email);
    await userEvent.keyboard("ada.lovelace@example.com");
    await waitFor(() => expect(errorOf(email)).toBeUndefined());
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("was created"));
  },
};

/**
 * Offline: the hooks retry twice on their own, then the form says so and keeps every value;
 * "Try again" resends the same body with the same Idempotency-Key: one customer, never two.
 */
export const NetworkErrorThenRetry: Story = {
  parameters: { sandbox: { failures: [{ endpoint: "customers.create", network: true, times: 3 }] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    const alert = await canvas.findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(m.errors.networkTitle);
    await expect(textbox(canvas, "Full name")).toHaveValue("Ada Lovelace");
    await expect(posts()).toHaveLength(3);

    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(posts()).toHaveLength(4);
    const keys = new Set(posts().map((post) => post.headers["Idempotency-Key"]));
    await expect(keys.size).toBe(1);
    for (const post of posts()) await expect(post.body).toEqual(ada);
    const created = getStorySandbox()
      .store.list()
      .filter((customer) => customer.email === ada.email);
    await expect(created).toHaveLength(1);
    await expect(canvas.getByRole("status")).toHaveTextContent("Ada Lovelace was created.");
  },
};

/** Edit an individual: masked dob/SSN are placeholders and are not sent unless retyped. */
export const EditIndividual: Story = {
  args: { customerId: sandboxIds.verifiedIndividual },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByRole("textbox", { name: "Full name" }, { timeout: 5000 });
    await expect(name).toHaveValue("Leslie Knope");
    await expect(canvas.getByRole("form", { name: "Edit customer" })).toHaveAttribute("data-mode", "edit");
    await expect(canvas.queryByRole("radio")).toBeNull();
    const dob = textbox(canvas, "Date of birth");
    await expect(dob).toHaveValue("");
    await expect(dob).toHaveAttribute("placeholder", "****-**-**");
    await expect(canvas.getByLabelText(/^Social Security number/)).toHaveAttribute(
      "placeholder",
      "***-**-****",
    );

    const phone = textbox(canvas, "Phone");
    await userEvent.clear(phone);
    await userEvent.type(phone, "317.204.1199");
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(puts()).toHaveLength(1);
    await expect(puts()[0]?.body).toEqual({
      name: "Leslie Knope",
      email: "leslie.knope@pawnee.example.gov",
      phone: "+13172041199",
      status: "verified",
      device: { ip_address: "203.0.113.24" },
      address: { address1: "100 Main St", address2: "Suite 200", city: "Pawnee", state: "IN", zip: "47998" },
      external_id: "crm_10001",
      metadata: { source: "onboarding", plan: "gold" },
    });
    await expect(canvas.getByRole("status")).toHaveTextContent("Changes to Leslie Knope were saved.");
  },
};

/**
 * Edit a business with three representatives: rows prefilled; removing one changes the
 * compliance profile, which the API only takes whole, so the masked EIN must be typed again.
 */
export const EditBusinessThreeRepresentatives: Story = {
  args: { customerId: sandboxIds.businessThreeRepresentatives },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Business name" }, { timeout: 5000 });
    await expect(canvas.getAllByRole("group", { name: /^Representative \d$/ })).toHaveLength(3);
    const ein = canvas.getByLabelText(/^Employer Identification Number/);
    await expect(ein).toHaveAttribute("placeholder", "**-*******");

    await userEvent.click(canvas.getByRole("button", { name: "Remove representative 3" }));
    await expect(canvas.getAllByRole("group", { name: /^Representative \d$/ })).toHaveLength(2);
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(errorOf(ein)).toBe(m.validation.einToChange));
    await expect(ein).toHaveFocus();
    await expect(puts()).toHaveLength(0);

    await userEvent.keyboard("463390127");
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(puts()[0]?.body).toMatchObject({
      name: "Very Good Building & Development Co",
      status: "verified",
      compliance_profile: {
        ein: "46-3390127",
        legal_business_name: "Very Good Building and Development Company",
        website: "https://verygoodbuilding.example.com",
        representatives: [
          { name: "Ron Swanson", email: "ron@verygoodbuilding.example.com", phone: "+13174478821" },
          { name: "Andy Dwyer", phone: "+13174478822" },
        ],
      },
    });
  },
};

/** Edit mode while the customer loads: a skeleton of the form's shape, announced politely. */
export const EditLoading: Story = {
  args: { customerId: sandboxIds.verifiedIndividual },
  parameters: { sandbox: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Loading…");
    const root = canvasElement.querySelector(".sc-CustomerForm");
    await expect(root).toHaveAttribute("data-state", "loading");
    await expect(root).toHaveAttribute("aria-busy", "true");
    await expect(canvas.queryByRole("textbox")).toBeNull();
  },
};

/** A slow API: the submit button says what is happening and ignores more clicks. */
export const Pending: Story = {
  parameters: { sandbox: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillIdentity(canvas);
    const submit = canvas.getByRole("button", { name: "Create customer" });
    await userEvent.click(submit);
    await waitFor(() => expect(submit).toHaveAttribute("aria-disabled", "true"));
    await expect(submit).toHaveAttribute("aria-busy", "true");
    await expect(submit).toHaveTextContent(m.actions.creating);
    await expect(canvas.getByRole("form", { name: "New customer" })).toHaveAttribute("data-state", "pending");
    await userEvent.click(submit);
    await expect(posts()).toHaveLength(1);
  },
};

/** 360 px wide (a phone): one column, the submit button full width. */
export const NarrowMobile: Story = {
  args: {
    defaultType: "business",
    defaultValues: { compliance_profile: { representatives: [{ name: "Ron Swanson" }] } },
  },
  decorators: [
    (Story) => (
      // Storybook scaffolding only: the form itself never carries inline styles.
      <div style={{ inlineSize: 360, maxInlineSize: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = contact(canvas).getByRole("textbox", { name: "Email" });
    const phone = contact(canvas).getByRole("textbox", { name: "Phone" });
    const a = email.getBoundingClientRect();
    const b = phone.getBoundingClientRect();
    await expect(Math.round(a.left)).toBe(Math.round(b.left));
    await expect(b.top).toBeGreaterThan(a.bottom);
    const form = canvas.getByRole("form", { name: "New customer" });
    await expect(form.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
  },
};

/** Sandbox only, when the host opts in: force the outcome of the identity checks. */
export const SandboxOutcome: Story = {
  args: { fields: { config: "shown" } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillIndividual(canvas);
    await fillIdentity(canvas);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Sandbox outcome" }), "review");
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(posts()[0]?.body).toEqual({ ...ada, config: { sandbox_outcome: "review" } });
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "review" }));
  },
};

/** The host fixes the device IP and external id, hides metadata and pre-fills the email. */
export const HostControlledFields: Story = {
  args: {
    fields: { device: { value: "198.51.100.4" }, external_id: { value: "user_42" }, metadata: "hidden" },
    defaultValues: { email: "ada.lovelace@example.com" },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("textbox", { name: "Device IP address" })).toBeNull();
    await expect(canvas.queryByRole("group", { name: "Additional details" })).toBeNull();
    await expect(contact(canvas).getByRole("textbox", { name: "Email" })).toHaveValue(
      "ada.lovelace@example.com",
    );
    await userEvent.type(textbox(canvas, "Full name"), "Ada Lovelace");
    await userEvent.type(textbox(canvas, "Phone"), "1 212 555 0100");
    await fillIdentity(canvas);
    await userEvent.click(canvas.getByRole("button", { name: "Create customer" }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(posts()[0]?.body).toEqual({
      ...ada,
      device: { ip_address: "198.51.100.4" },
      external_id: "user_42",
    });
  },
};
