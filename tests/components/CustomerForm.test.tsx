import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { describe, expect, test, vi } from "vitest";
import type { Customer, StraddleError } from "../../src/api";
import { RenderProbeContext } from "../../src/components/CustomerForm/renderProbe";
import { CustomerForm, type CustomerFormAdminProps } from "../../src/index";
import { customerForm as m } from "../../src/messages/en/customerForm";
import { type SandboxOptions, sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";

type User = ReturnType<typeof userEvent.setup>;

// Real typing, keystroke by keystroke, is slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

function renderForm(props: CustomerFormAdminProps = {}, options: SandboxOptions = {}) {
  const h = setup(options);
  const user = userEvent.setup({ delay: null });
  const onSuccess = vi.fn<(customer: Customer) => void>();
  const onError = vi.fn<(error: StraddleError) => void>();
  const view = render(
    <StrictMode>
      <h.wrapper>
        <CustomerForm onSuccess={onSuccess} onError={onError} {...props} />
      </h.wrapper>
    </StrictMode>,
  );
  return { h, user, onSuccess, onError, view };
}

/** Lets pending work (the asynchronous resolver, re-renders) finish. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));
const field = (name: string | RegExp) => screen.getByRole("textbox", { name });
const submitButton = () => screen.getByRole("button", { name: /^(Create customer|Save changes)$/ });
const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className === "sc-CustomerForm-error")
    ?.textContent;
};

async function fillIndividual(user: User, email = "ada@example.com") {
  await user.type(field("Full name"), "Ada Lovelace");
  await user.type(field("Email"), email);
  await user.type(field("Phone"), "(212) 555-0100");
  await user.type(field("Device IP address"), "203.0.113.7");
  await user.type(field("Date of birth"), "19901210");
  await user.type(screen.getByLabelText(/^Social Security number/), "123456789");
}

const adaBody = {
  type: "individual",
  name: "Ada Lovelace",
  email: "ada@example.com",
  phone: "+12125550100",
  device: { ip_address: "203.0.113.7" },
  compliance_profile: { dob: "1990-12-10", ssn: "123-45-6789" },
};

describe("CustomerForm: create", () => {
  test("a person fills it in; the body is normalised and has no empty optionals; the form resets", async () => {
    const { h, user, onSuccess } = renderForm();
    await fillIndividual(user);
    // Formatted while typing: dashes inserted, SSN masked.
    expect(field("Date of birth")).toHaveValue("1990-12-10");
    const ssn = screen.getByLabelText(/^Social Security number/);
    expect(ssn).toHaveValue("123-45-6789");
    expect(ssn).toHaveAttribute("type", "password");
    await user.click(submitButton());

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const posts = h.sandbox.requestsTo("customers.create");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual(adaBody);
    expect(screen.getByRole("status")).toHaveTextContent("Ada Lovelace was created.");
    await waitFor(() => expect(field("Full name")).toHaveValue(""));
    expect(screen.getByLabelText(/^Social Security number/)).toHaveValue("");
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ name: "Ada Lovelace", type: "individual" });

    // The reset form works for the next customer: a new attempt, a new key.
    await fillIndividual(user, "grace@example.com");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2));
    const [first, second] = h.sandbox.requestsTo("customers.create");
    expect(second?.body).toEqual({ ...adaBody, email: "grace@example.com" });
    expect(second?.headers["Idempotency-Key"]).not.toBe(first?.headers["Idempotency-Key"]);
  });

  test("every visible string, validation messages included, comes from the provider's messages", async () => {
    const h = setup(
      {},
      {
        messages: {
          customerForm: {
            labels: { email: "Courriel" },
            validation: { email: "Saisissez une adresse valide." },
            actions: { create: "Créer le client" },
          },
        },
      },
    );
    const user = userEvent.setup({ delay: null });
    render(
      <h.wrapper>
        <CustomerForm />
      </h.wrapper>,
    );
    const email = screen.getByRole("textbox", { name: "Courriel" });
    await user.type(email, "nope");
    await user.tab();
    expect(errorOf(email)).toBe("Saisissez une adresse valide.");
    expect(screen.getByRole("button", { name: "Créer le client" })).toBeInTheDocument();
  });

  test("every input has a label and the right autocomplete token; SSN/EIN are masked with autocomplete off", async () => {
    const { user } = renderForm();
    expect(field("Full name")).toHaveAttribute("autocomplete", "name");
    expect(field("Email")).toHaveAttribute("autocomplete", "email");
    expect(screen.getByRole("textbox", { name: "Phone" })).toHaveAttribute("autocomplete", "tel");
    expect(field("Street address")).toHaveAttribute("autocomplete", "address-line1");
    expect(field("ZIP code")).toHaveAttribute("autocomplete", "postal-code");
    expect(screen.getByRole("combobox", { name: "State" })).toHaveAttribute("autocomplete", "address-level1");
    expect(field("Date of birth")).toHaveAttribute("autocomplete", "bday");
    const ssn = screen.getByLabelText(/^Social Security number/);
    expect(ssn).toHaveAttribute("autocomplete", "off");
    expect(ssn).toHaveAttribute("type", "password");
    const toggle = screen.getByRole("button", { name: "Show SSN" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.type(ssn, "123456789");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(ssn).toHaveAttribute("type", "text");
    expect(ssn).toHaveValue("123-45-6789");

    await user.click(screen.getByRole("radio", { name: /Business/ }));
    expect(field("Business name")).toHaveAttribute("autocomplete", "organization");
    expect(field("Legal business name")).toHaveAttribute("autocomplete", "organization");
    expect(field("Website")).toHaveAttribute("autocomplete", "url");
    const ein = screen.getByLabelText(/^Employer Identification Number/);
    expect(ein).toHaveAttribute("type", "password");
    expect(ein).toHaveAttribute("autocomplete", "off");
    expect(screen.getByRole("button", { name: "Show EIN" })).toBeInTheDocument();
    // Switching back keeps what was typed.
    await user.click(screen.getByRole("radio", { name: /Individual/ }));
    expect(screen.getByLabelText(/^Social Security number/)).toHaveValue("123-45-6789");
  });

  test("errors appear on blur, are linked to their input, and clear as the person fixes them", async () => {
    const { user } = renderForm();
    const email = field("Email");
    await user.type(email, "ada");
    await settle();
    expect(email).not.toHaveAttribute("aria-invalid");
    await user.tab();
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(email)).toBe(m.validation.email);
    await user.type(email, "@example.com");
    await waitFor(() => expect(email).not.toHaveAttribute("aria-invalid"));
    expect(errorOf(email)).toBeUndefined();
  });

  test("submit shows every error and moves focus to the first invalid field; nothing is sent", async () => {
    const { h, user } = renderForm();
    await user.type(field("Email"), "ada@example.com");
    await user.type(field("City"), "Pawnee");
    await user.click(submitButton());
    await waitFor(() => expect(field("Full name")).toHaveFocus());
    expect(errorOf(field("Full name"))).toBe(m.validation.nameRequired);
    expect(errorOf(screen.getByRole("textbox", { name: "Phone" }))).toBe(m.validation.phone);
    expect(errorOf(field("Device IP address"))).toBe(m.validation.ipAddress);
    expect(errorOf(field("Street address"))).toBe(m.validation.address1);
    expect(errorOf(screen.getByRole("combobox", { name: "State" }))).toBe(m.validation.state);
    expect(errorOf(field("ZIP code"))).toBe(m.validation.zip);
    expect(errorOf(field("City"))).toBeUndefined();
    expect(errorOf(field("Date of birth"))).toBe(m.validation.dob);
    expect(errorOf(field("Email"))).toBeUndefined();
    expect(h.sandbox.requests).toHaveLength(0);
  });

  test("host control: a fixed device IP and external id are sent, hidden metadata is neither shown nor sent", async () => {
    const { h, user, onSuccess } = renderForm({
      fields: { device: { value: "198.51.100.4" }, external_id: { value: "user_42" }, metadata: "hidden" },
    });
    expect(screen.queryByRole("textbox", { name: "Device IP address" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "External id" })).toBeNull();
    expect(screen.queryByRole("group", { name: "Metadata" })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Sandbox outcome" })).toBeNull();
    await user.type(field("Full name"), "Ada Lovelace");
    await user.type(field("Email"), "ada@example.com");
    await user.type(field("Phone"), "2125550100");
    await user.type(field("Date of birth"), "1990-12-10");
    await user.type(screen.getByLabelText(/^Social Security number/), "123-45-6789");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(h.sandbox.requestsTo("customers.create")[0]?.body).toEqual({
      ...adaBody,
      device: { ip_address: "198.51.100.4" },
      external_id: "user_42",
    });
  });

  test("business: representatives rows and metadata rows are added, removed and sent", async () => {
    const { h, user, onSuccess } = renderForm({ defaultType: "business", fields: { config: "shown" } });
    await user.type(field("Business name"), "Acme");
    await user.type(field("Email"), "ops@acme.example.com");
    await user.type(field("Phone"), "+1 212 555 0101");
    await user.type(field("Device IP address"), "203.0.113.8");
    await user.type(field("Legal business name"), "Acme Holdings LLC");
    await user.type(screen.getByLabelText(/^Employer Identification Number/), "123456789");
    await user.type(field("Website"), "acme.example.com");

    const add = screen.getByRole("button", { name: "Add a representative" });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    const reps = screen.getAllByRole("group", { name: /^Representative \d$/ });
    expect(reps).toHaveLength(3);
    await user.type(within(reps[0] as HTMLElement).getByRole("textbox", { name: "Name" }), "Ron Swanson");
    await user.type(within(reps[0] as HTMLElement).getByRole("textbox", { name: "Phone" }), "317 447 8821");
    await user.type(within(reps[2] as HTMLElement).getByRole("textbox", { name: "Name" }), "April Ludgate");
    await user.type(
      within(reps[2] as HTMLElement).getByRole("textbox", { name: "Email" }),
      "april@acme.example.com",
    );
    await user.click(screen.getByRole("button", { name: "Remove representative 2" }));
    expect(screen.getAllByRole("group", { name: /^Representative \d$/ })).toHaveLength(2);
    expect(add).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Add an entry" }));
    await user.type(field("Key of entry 1"), "plan");
    await user.type(field("Value of entry 1"), "gold");
    await user.selectOptions(screen.getByRole("combobox", { name: "Sandbox outcome" }), "review");
    await user.click(submitButton());

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    // Reset: the rows are gone with the values.
    await waitFor(() =>
      expect(screen.queryAllByRole("group", { name: /^Representative \d$/ })).toHaveLength(0),
    );
    expect(screen.queryByRole("textbox", { name: "Key of entry 1" })).toBeNull();
    expect(h.sandbox.requestsTo("customers.create")[0]?.body).toEqual({
      type: "business",
      name: "Acme",
      email: "ops@acme.example.com",
      phone: "+12125550101",
      device: { ip_address: "203.0.113.8" },
      compliance_profile: {
        ein: "12-3456789",
        legal_business_name: "Acme Holdings LLC",
        website: "https://acme.example.com",
        representatives: [
          { name: "Ron Swanson", phone: "+13174478821" },
          { name: "April Ludgate", email: "april@acme.example.com" },
        ],
      },
      metadata: { plan: "gold" },
      config: { sandbox_outcome: "review" },
    });
    expect(onSuccess.mock.calls[0]?.[0].status).toBe("review");
  });
});

describe("CustomerForm: server errors", () => {
  test("a 400 item Device.IpAddress lands under the IP field, with focus; nothing typed is lost", async () => {
    const { h, user, onError } = renderForm();
    h.sandbox.fail("customers.create", {
      status: 400,
      items: [{ reference: "Device.IpAddress", detail: "The IP address is on a block list." }],
    });
    await fillIndividual(user);
    await user.click(submitButton());
    const ip = field("Device IP address");
    await waitFor(() => expect(errorOf(ip)).toBe("The IP address is on a block list."));
    expect(ip).toHaveAttribute("aria-invalid", "true");
    expect(ip).toHaveFocus();
    expect(ip).toHaveValue("203.0.113.7");
    expect(field("Full name")).toHaveValue("Ada Lovelace");
    expect(screen.getByLabelText(/^Social Security number/)).toHaveValue("123-45-6789");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].status).toBe(400);
    // Fixing the field clears the server's message.
    await user.clear(ip);
    await user.type(ip, "203.0.113.9");
    await waitFor(() => expect(errorOf(ip)).toBeUndefined());
  });

  test("422 items with lower-case references land on their fields (customer.email, nested representatives)", async () => {
    const { h, user } = renderForm({ defaultType: "business" });
    h.sandbox.fail("customers.create", {
      status: 422,
      items: [
        { reference: "customer.email", detail: "Email domain does not accept mail." },
        { reference: "compliance_profile.representatives[0].Email", detail: "Representative email bounced." },
        { reference: "body", detail: "Something about the whole request." },
      ],
    });
    await user.type(field("Business name"), "Acme");
    await user.type(field("Email"), "ops@acme.example.com");
    await user.type(field("Phone"), "2125550101");
    await user.type(field("Device IP address"), "203.0.113.8");
    await user.type(field("Legal business name"), "Acme Holdings LLC");
    await user.type(screen.getByLabelText(/^Employer Identification Number/), "12-3456789");
    await user.click(screen.getByRole("button", { name: "Add a representative" }));
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Ron Swanson");
    await user.type(
      within(screen.getByRole("group", { name: "Representative 1" })).getByRole("textbox", { name: "Email" }),
      "ron@acme.example.com",
    );
    await user.click(submitButton());
    const contact = within(screen.getByRole("group", { name: "Contact details" }));
    await waitFor(() =>
      expect(errorOf(contact.getByRole("textbox", { name: "Email" }))).toBe(
        "Email domain does not accept mail.",
      ),
    );
    const repEmail = within(screen.getByRole("group", { name: "Representative 1" })).getByRole("textbox", {
      name: "Email",
    });
    expect(errorOf(repEmail)).toBe("Representative email bounced.");
    expect(contact.getByRole("textbox", { name: "Email" })).toHaveFocus();
    // The item without a field goes to the form-level alert, with the request id.
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Something about the whole request.");
    expect(alert).toHaveTextContent(/Request id: \S+/);
  });

  test("a duplicate email (422 without items) shows on the email field in the form's words", async () => {
    const { user, onError } = renderForm();
    await fillIndividual(user, "leslie.knope@pawnee.example.gov");
    await user.click(submitButton());
    await waitFor(() => expect(errorOf(field("Email"))).toBe(m.errors.emailTaken));
    expect(field("Email")).toHaveFocus();
    expect(field("Email")).toHaveValue("leslie.knope@pawnee.example.gov");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onError.mock.calls[0]?.[0].fieldErrors.email).toMatch(/already exists/);
  });

  test("anything else is a form-level alert with the API request id", async () => {
    const { h, user } = renderForm();
    h.sandbox.fail("customers.create", { status: 403, detail: "This account cannot create customers." });
    await fillIndividual(user);
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(m.errors.title);
    expect(alert).toHaveTextContent("This account cannot create customers.");
    expect(alert).toHaveTextContent(/Request id: [0-9a-f-]{36}/);
    // Not retryable: no "Try again".
    expect(within(alert).queryByRole("button")).toBeNull();
  });
});

describe("CustomerForm: idempotency", () => {
  test("a network failure, then Try again: every POST carries the same Idempotency-Key, one customer is created", async () => {
    const { h, user, onSuccess } = renderForm();
    const before = h.sandbox.store.size;
    // The hooks retry twice on their own: three failures reach the person.
    h.sandbox.fail("customers.create", { network: true, times: 3 });
    await fillIndividual(user);
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(m.errors.networkTitle);
    expect(field("Full name")).toHaveValue("Ada Lovelace");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));

    const posts = h.sandbox.requestsTo("customers.create");
    expect(posts).toHaveLength(4);
    const keys = new Set(posts.map((post) => post.headers["Idempotency-Key"]));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.sandbox.store.size).toBe(before + 1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a double click sends one request and reports one success", async () => {
    const { h, user, onSuccess } = renderForm({}, { latency: 400 });
    await fillIndividual(user);
    const button = submitButton();
    await user.dblClick(button);
    await waitFor(() => expect(button).toHaveAttribute("aria-disabled", "true"));
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toHaveTextContent(m.actions.creating);
    await user.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(h.sandbox.requestsTo("customers.create")).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  test("changing a value after a network failure is a new attempt with a new key", async () => {
    const { h, user, onSuccess } = renderForm();
    h.sandbox.fail("customers.create", { network: true, times: 3 });
    await fillIndividual(user);
    await user.click(submitButton());
    await screen.findByRole("alert");
    await user.type(field("Full name"), " King");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const keys = h.sandbox.requestsTo("customers.create").map((post) => post.headers["Idempotency-Key"]);
    expect(new Set(keys).size).toBe(2);
  });
});

describe("CustomerForm: edit", () => {
  test("masked dob/ssn are placeholders; untouched, nothing of them is sent; status and type are kept", async () => {
    const { h, user, onSuccess } = renderForm({ customerId: sandboxIds.verifiedIndividual });
    const dob = await screen.findByRole("textbox", { name: "Date of birth" });
    expect(dob).toHaveValue("");
    expect(dob).toHaveAttribute("placeholder", "****-**-**");
    const ssn = screen.getByLabelText(/^Social Security number/);
    expect(ssn).toHaveValue("");
    expect(ssn).toHaveAttribute("placeholder", "***-**-****");
    expect(screen.getAllByText(m.hints.keepStored)).toHaveLength(2);
    expect(screen.queryByRole("radio")).toBeNull();
    expect(screen.getByText("Individual customer. The type cannot be changed.")).toBeInTheDocument();
    expect(field("Full name")).toHaveValue("Leslie Knope");

    await user.clear(field("Phone"));
    await user.type(field("Phone"), "317 204 1199");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const put = h.sandbox.requestsTo("customers.update")[0];
    expect(put?.body).toEqual({
      name: "Leslie Knope",
      email: "leslie.knope@pawnee.example.gov",
      phone: "+13172041199",
      status: "verified",
      device: { ip_address: "203.0.113.24" },
      address: expect.objectContaining({ address1: "100 Main St", address2: "Suite 200" }),
      external_id: "crm_10001",
      metadata: { source: "onboarding", plan: "gold" },
    });
    expect(put?.body).not.toHaveProperty("compliance_profile");
    expect(h.sandbox.store.get(sandboxIds.verifiedIndividual)?.compliance_profile).toEqual({
      dob: "1975-01-18",
      ssn: "512-44-8721",
    });
    expect(screen.getByRole("status")).toHaveTextContent("Changes to Leslie Knope were saved.");
  });

  test("typing a new SSN asks for the date of birth again, then sends both", async () => {
    const { h, user, onSuccess } = renderForm({ customerId: sandboxIds.verifiedIndividual });
    const ssn = await screen.findByLabelText(/^Social Security number/);
    await user.type(ssn, "512448722");
    await user.click(submitButton());
    await waitFor(() => expect(errorOf(field("Date of birth"))).toBe(m.validation.dobToChange));
    expect(field("Date of birth")).toHaveFocus();
    await user.type(field("Date of birth"), "1975-01-18");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(h.sandbox.requestsTo("customers.update")[0]?.body).toMatchObject({
      compliance_profile: { dob: "1975-01-18", ssn: "512-44-8722" },
    });
  });

  test("a business with three representatives: rows prefilled; changing them needs the EIN again", async () => {
    const { h, user, onSuccess } = renderForm({ customerId: sandboxIds.businessThreeRepresentatives });
    await screen.findByRole("textbox", { name: "Business name" });
    const rows = screen.getAllByRole("group", { name: /^Representative \d$/ });
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole("textbox", { name: "Name" })).toHaveValue("Andy Dwyer");
    const ein = screen.getByLabelText(/^Employer Identification Number/);
    expect(ein).toHaveAttribute("placeholder", "**-*******");

    await user.click(screen.getByRole("button", { name: "Remove representative 3" }));
    await user.click(submitButton());
    await waitFor(() => expect(errorOf(ein)).toBe(m.validation.einToChange));
    expect(h.sandbox.requestsTo("customers.update")).toHaveLength(0);
    await user.type(ein, "46-3390127");
    await user.click(submitButton());
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(h.sandbox.requestsTo("customers.update")[0]?.body).toMatchObject({
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
    // Saved: the EIN field is blank again, with the mask as placeholder.
    await waitFor(() => expect(screen.getByLabelText(/^Employer Identification Number/)).toHaveValue(""));
  });

  test("loading shows a skeleton; a load error offers Try again", async () => {
    const h = setup();
    h.sandbox.fail("customers.get", { status: 404, times: 1 });
    render(
      <h.wrapper>
        <CustomerForm customerId={sandboxIds.verifiedIndividual} />
      </h.wrapper>,
    );
    expect(document.querySelector('[data-state="loading"]')).toHaveAttribute("aria-busy", "true");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(m.errors.loadTitle);
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("textbox", { name: "Full name" })).toHaveValue("Leslie Knope");
  });
});

describe("CustomerForm: renders", () => {
  test("a keystroke renders nothing but the field whose error changes", async () => {
    const counts: Record<string, number> = {};
    const probe = (part: string) => {
      counts[part] = (counts[part] ?? 0) + 1;
    };
    // Validation is asynchronous (the resolver): let it finish before reading the counts.
    const take = async () => {
      await settle();
      const out = { ...counts };
      for (const key of Object.keys(counts)) delete counts[key];
      return out;
    };
    const h = setup();
    const user = userEvent.setup({ delay: null });
    render(
      <h.wrapper>
        <RenderProbeContext.Provider value={probe}>
          <CustomerForm defaultType="business" />
        </RenderProbeContext.Provider>
      </h.wrapper>,
    );
    const mounted = await take();
    expect(mounted["field:name"]).toBe(1);
    expect(mounted["field:email"]).toBe(1);

    // Typing into untouched, uncontrolled inputs renders nothing at all.
    await user.type(field("Business name"), "Acme");
    await user.type(field("Street address"), "1 Main St");
    await user.type(field("Legal business name"), "Acme Holdings LLC");
    // …except the required marks of the address, once, when it becomes started.
    expect(await take()).toEqual({ "mark:address": 4 });

    // Leaving the email invalid renders the email field once (its error appears), nothing else.
    await user.click(field("Email"));
    await user.keyboard("ops@acme");
    await act(async () => field("Email").blur());
    expect(await take()).toEqual({ "field:email": 1 });

    // Now touched, it validates as the person types: one render when the error goes away
    // ("ops@acme.", "ops@acme.i" are still invalid, "ops@acme.io" is not).
    await user.click(field("Email"));
    await user.keyboard(".io");
    expect(await take()).toEqual({ "field:email": 1 });
    // More keystrokes that keep it valid render nothing.
    await user.keyboard("ta");
    expect(await take()).toEqual({});

    // Rows: adding one renders the rows' part; typing in a row renders nothing.
    await user.click(screen.getByRole("button", { name: "Add a representative" }));
    await take();
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Ron Swanson");
    await user.click(screen.getByRole("button", { name: "Add an entry" }));
    await take();
    await user.type(field("Key of entry 1"), "plan");
    await user.type(field("Value of entry 1"), "gold");
    expect(await take()).toEqual({});
  });
});
