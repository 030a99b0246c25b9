import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import type { Customer } from "../../src/api";
import { resolveFieldControl } from "../../src/components/CustomerForm/fieldControl";
import {
  type CustomerFormPayload,
  createCustomerFormSchema,
  toCreateInput,
  toUpdateChanges,
} from "../../src/components/CustomerForm/formSchema";
import {
  type CustomerFormValues,
  customerToFormValues,
  toFormValues,
} from "../../src/components/CustomerForm/formValues";
import { customerForm } from "../../src/messages/en/customerForm";

const v = customerForm.validation;

function individual(overrides: Partial<CustomerFormValues> = {}): CustomerFormValues {
  return {
    ...toFormValues("individual", {
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "212 555 0100",
      device: { ip_address: "203.0.113.7" },
      compliance_profile: { dob: "1990-12-10", ssn: "123-45-6789" },
    }),
    ...overrides,
  };
}
function business(overrides: Partial<CustomerFormValues["compliance_profile"]> = {}): CustomerFormValues {
  const values = toFormValues("business", {
    name: "Acme",
    email: "ops@acme.example.com",
    phone: "+1 212 555 0101",
    device: { ip_address: "203.0.113.8" },
    compliance_profile: { legal_business_name: "Acme Holdings LLC", ein: "12-3456789" },
  });
  return { ...values, compliance_profile: { ...values.compliance_profile, ...overrides } };
}

type Options = Parameters<typeof createCustomerFormSchema>[1];
function parse(values: CustomerFormValues, options?: Options) {
  const result = z.safeParse(createCustomerFormSchema(v, options), values);
  const errors: Record<string, string> = {};
  if (!result.success) for (const issue of result.error.issues) errors[issue.path.join(".")] = issue.message;
  return { payload: result.success ? (result.data as CustomerFormPayload) : undefined, errors };
}
/** The message on `path` when `values` are parsed (undefined when that path is fine). */
function errorOn(path: string, values: CustomerFormValues, options?: Options) {
  return parse(values, options).errors[path];
}
function withField(path: string, value: string, base = individual()): CustomerFormValues {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = value;
  return copy as unknown as CustomerFormValues;
}

describe("form schema: one field at a time (the API's own rules)", () => {
  test("a complete individual passes and becomes the create body", () => {
    const { payload, errors } = parse(individual());
    expect(errors).toEqual({});
    expect(toCreateInput(payload as CustomerFormPayload)).toEqual({
      type: "individual",
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "+12125550100",
      device: { ip_address: "203.0.113.7" },
      compliance_profile: { dob: "1990-12-10", ssn: "123-45-6789" },
    });
  });

  const cases: [path: string, good: string[], bad: [string, string][]][] = [
    [
      "name",
      ["Ada", "  Ada  ", "Zoë Ñúñez", "李小龍"],
      [
        ["", v.nameRequired],
        ["   ", v.nameRequired],
        ["x".repeat(101), v.tooLong],
      ],
    ],
    [
      "email",
      ["ada@example.com", " ada@example.com "],
      [
        ["", v.email],
        ["ada", v.email],
        ["ada@", v.email],
        ["a b@c.de", v.email],
      ],
    ],
    [
      "phone",
      ["+12125550100", "(212) 555-0100", "1 212 555 0100", "+44 20 7946 0958"],
      [
        ["", v.phone],
        ["555-0100", v.phone],
        ["06 12 34 56 78", v.phone],
        ["+0123", v.phone],
        ["phone", v.phone],
      ],
    ],
    [
      "device.ip_address",
      ["203.0.113.7", "0.0.0.0", " 10.0.0.1 "],
      [
        ["", v.ipAddress],
        ["256.1.1.1", v.ipAddress],
        ["2001:db8::1", v.ipAddress],
        ["localhost", v.ipAddress],
      ],
    ],
    [
      "compliance_profile.dob",
      ["1990-12-10", "19901210", "12/10/1990", "2000-02-29"],
      [
        ["1990-13-01", v.dob],
        ["2023-02-30", v.dob],
        ["10.12.1990", v.dob],
        ["1899-12-31", v.dobTooOld],
        ["2999-01-01", v.dobNotPast],
        ["", v.dob],
      ],
    ],
    [
      "compliance_profile.ssn",
      ["123-45-6789", "123456789", "123 45 6789", "12-345-6789"],
      [
        ["12345678", v.ssn],
        ["1234567890", v.ssn],
        ["123-45-678O", v.ssn],
        ["abc-de-fghi", v.ssn],
        ["", v.ssn],
      ],
    ],
    ["external_id", ["", "crm_1", "x".repeat(100)], [["x".repeat(101), v.tooLong]]],
  ];
  for (const [path, good, bad] of cases) {
    test.each(good)(`${path}: %j is accepted`, (value) => {
      expect(errorOn(path, withField(path, value))).toBeUndefined();
    });
    test.each(bad)(`${path}: %j is refused with its message`, (value, message) => {
      expect(errorOn(path, withField(path, value))).toBe(message);
    });
  }

  test("business fields", () => {
    const ok = (overrides: Partial<CustomerFormValues["compliance_profile"]>) =>
      parse(business(overrides)).errors;
    expect(ok({})).toEqual({});
    expect(ok({ ein: "123456789" })).toEqual({});
    expect(ok({ ein: "123-456789" })).toEqual({});
    expect(ok({ ein: "12-34567890" })).toEqual({ "compliance_profile.ein": v.ein });
    expect(ok({ ein: "AB-CDEFGHI" })).toEqual({ "compliance_profile.ein": v.ein });
    expect(ok({ ein: "12-345678" })).toEqual({ "compliance_profile.ein": v.ein });
    expect(ok({ legal_business_name: "" })).toEqual({
      "compliance_profile.legal_business_name": v.legalBusinessName,
    });
    expect(ok({ legal_business_name: "x".repeat(101) })).toEqual({
      "compliance_profile.legal_business_name": v.tooLong,
    });
    expect(ok({ website: "example.com" })).toEqual({});
    expect(ok({ website: "http://example.com/about" })).toEqual({});
    expect(ok({ website: "javascript:alert(1)" })).toEqual({ "compliance_profile.website": v.website });
    expect(ok({ website: "ftp://example.com" })).toEqual({ "compliance_profile.website": v.website });
    expect(ok({ website: "localhost" })).toEqual({ "compliance_profile.website": v.website });
  });

  test("website: example.com is sent as https://example.com", () => {
    const { payload } = parse(business({ website: " example.com " }));
    expect(payload?.compliance_profile).toMatchObject({ website: "https://example.com" });
  });

  test("representatives: name required, email and phone optional but checked, phone normalised", () => {
    const { payload, errors } = parse(
      business({
        representatives: [
          { name: "Ron Swanson", email: "", phone: "(317) 447-8821" },
          { name: "", email: "april@", phone: "12" },
        ],
      }),
    );
    expect(payload).toBeUndefined();
    expect(errors).toEqual({
      "compliance_profile.representatives.1.name": v.representativeName,
      "compliance_profile.representatives.1.email": v.email,
      "compliance_profile.representatives.1.phone": v.phone,
    });
    const fixed = parse(
      business({
        representatives: [
          { name: "Ron Swanson", email: "", phone: "(317) 447-8821" },
          { name: "April Ludgate", email: "april@example.com", phone: "" },
        ],
      }),
    );
    expect(fixed.payload?.compliance_profile).toEqual({
      ein: "12-3456789",
      legal_business_name: "Acme Holdings LLC",
      representatives: [
        { name: "Ron Swanson", phone: "+13174478821" },
        { name: "April Ludgate", email: "april@example.com" },
      ],
    });
  });
});

describe("form schema: rules across fields", () => {
  const address = (parts: Partial<CustomerFormValues["address"]>) =>
    individual({ address: { address1: "", address2: "", city: "", state: "", zip: "", ...parts } });

  test("an empty address is left out", () => {
    const { payload } = parse(address({}));
    expect(payload && "address" in toCreateInput(payload)).toBe(false);
  });

  test("a started address needs street, city, state and ZIP (all-or-nothing)", () => {
    expect(parse(address({ address2: "Apt 4" })).errors).toEqual({
      "address.address1": v.address1,
      "address.city": v.city,
      "address.state": v.state,
      "address.zip": v.zip,
    });
    expect(parse(address({ address1: "1 Main St", city: "Pawnee", state: "IN" })).errors).toEqual({
      "address.zip": v.zip,
    });
  });

  test("address values: ZIP and ZIP+4, state code, line length", () => {
    const full = { address1: "1 Main St", city: "Pawnee", state: "IN", zip: "46001" };
    expect(parse(address(full)).payload?.address).toEqual(full);
    expect(parse(address({ ...full, zip: "46001-1234", address2: "Suite 2" })).payload?.address).toEqual({
      ...full,
      zip: "46001-1234",
      address2: "Suite 2",
    });
    expect(parse(address({ ...full, zip: "4600" })).errors).toEqual({ "address.zip": v.zip });
    expect(parse(address({ ...full, zip: "46001-12" })).errors).toEqual({ "address.zip": v.zip });
    expect(parse(address({ ...full, state: "Indiana" })).errors).toEqual({ "address.state": v.state });
    expect(parse(address({ ...full, address1: "x".repeat(101) })).errors).toEqual({
      "address.address1": v.tooLong,
    });
    expect(parse(address({ ...full, address2: "x".repeat(101) })).errors).toEqual({
      "address.address2": v.tooLong,
    });
  });

  test("compliance is required by default on create, and travels as a pair", () => {
    const none = individual({ compliance_profile: { ...individual().compliance_profile, dob: "", ssn: "" } });
    expect(parse(none).errors).toEqual({ "compliance_profile.dob": v.dob, "compliance_profile.ssn": v.ssn });

    const optional = { fields: resolveFieldControl({ compliance_profile: "optional" }) };
    expect(parse(none, optional).errors).toEqual({});
    expect(parse(none, optional).payload?.compliance_profile).toBeUndefined();
    const onlySsn = individual({ compliance_profile: { ...none.compliance_profile, ssn: "123-45-6789" } });
    expect(parse(onlySsn, optional).errors).toEqual({ "compliance_profile.dob": v.dobWithSsn });

    const hidden = { fields: resolveFieldControl({ compliance_profile: "hidden" }) };
    expect(parse(individual(), hidden).payload?.compliance_profile).toBeUndefined();
  });

  test("only the chosen type's profile is validated and sent", () => {
    const values = individual();
    values.compliance_profile.ein = "not an ein";
    expect(parse(values).payload?.compliance_profile).toEqual({ dob: "1990-12-10", ssn: "123-45-6789" });
  });

  test("metadata rows: empty rows skipped, keys required and unique, at most 20", () => {
    const rows = (metadata: CustomerFormValues["metadata"]) => parse(individual({ metadata }));
    expect(rows([]).payload?.metadata).toBeUndefined();
    expect(rows([{ key: "", value: "" }]).payload?.metadata).toBeUndefined();
    expect(
      rows([
        { key: " plan ", value: "gold" },
        { key: "source", value: "" },
      ]).payload?.metadata,
    ).toEqual({ plan: "gold", source: "" });
    expect(rows([{ key: "", value: "gold" }]).errors).toEqual({ "metadata.0.key": v.metadataKey });
    expect(
      rows([
        { key: "plan", value: "gold" },
        { key: "plan", value: "silver" },
      ]).errors,
    ).toEqual({ "metadata.1.key": v.metadataDuplicate });
    const many = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: "v" }));
    expect(rows(many).errors).toEqual({ "metadata.root": v.metadataTooMany });
    expect(rows(many.slice(0, 20)).errors).toEqual({});
  });

  test("empty optional strings are omitted from the create body", () => {
    const values = individual({ external_id: "  ", metadata: [{ key: "", value: "" }] });
    const body = toCreateInput(parse(values).payload as CustomerFormPayload);
    expect(Object.keys(body).sort()).toEqual([
      "compliance_profile",
      "device",
      "email",
      "name",
      "phone",
      "type",
    ]);
  });

  test("host control: fixed values are sent, hidden ones are not, config only when shown", () => {
    const fields = resolveFieldControl({
      device: { value: "198.51.100.4" },
      external_id: { value: "user_42" },
      metadata: "hidden",
      config: "shown",
    });
    const values = individual({
      device: { ip_address: "" },
      external_id: "typed",
      metadata: [{ key: "a", value: "b" }],
      config: { sandbox_outcome: "review" },
    });
    expect(parse(values, { fields }).errors).toEqual({});
    const body = toCreateInput(parse(values, { fields }).payload as CustomerFormPayload);
    expect(body).toMatchObject({
      device: { ip_address: "198.51.100.4" },
      external_id: "user_42",
      config: { sandbox_outcome: "review" },
    });
    expect(body).not.toHaveProperty("metadata");
    // config stays out unless the host opts in
    const typed = { ...values, device: { ip_address: "203.0.113.7" } };
    expect(toCreateInput(parse(typed).payload as CustomerFormPayload)).not.toHaveProperty("config");
  });
});

describe("form schema: edit mode", () => {
  const stored: Customer = {
    id: "60147a65-2286-4488-8feb-516d79aeab45",
    created_at: "2026-01-01T00:00:00",
    updated_at: "2026-01-01T00:00:00",
    name: "Very Good Building & Development Co",
    email: "office@verygoodbuilding.example.com",
    phone: "+13174478820",
    status: "verified",
    type: "business",
    device: { ip_address: "203.0.113.88" },
    external_id: "crm_1",
    metadata: { plan: "gold" },
    compliance_profile: {
      ein: "**-*******",
      legal_business_name: "Very Good Building and Development Company",
      website: "https://verygoodbuilding.example.com",
      representatives: [{ name: "Ron Swanson", email: "ron@example.com", phone: "+13174478821" }],
    },
  };
  const start = customerToFormValues(stored);
  const options = { mode: "edit" as const, baseline: start.values, stored: start.stored };

  test("masked values start empty; untouched, nothing of the profile is sent", () => {
    expect(start.values.compliance_profile.ein).toBe("");
    expect(start.stored.ein).toBe("**-*******");
    const { payload, errors } = parse(start.values, options);
    expect(errors).toEqual({});
    const changes = toUpdateChanges(payload as CustomerFormPayload);
    expect(changes).not.toHaveProperty("compliance_profile");
    expect(changes).not.toHaveProperty("type");
    expect(changes).toMatchObject({ name: stored.name, metadata: { plan: "gold" }, external_id: "crm_1" });
  });

  test("changing business details without the EIN asks for it; with it, the whole profile is sent", () => {
    const values = structuredClone(start.values);
    values.compliance_profile.representatives.push({ name: "Andy Dwyer", email: "", phone: "" });
    expect(parse(values, options).errors).toEqual({ "compliance_profile.ein": v.einToChange });
    values.compliance_profile.ein = "46-3390127";
    expect(toUpdateChanges(parse(values, options).payload as CustomerFormPayload).compliance_profile).toEqual(
      {
        ein: "46-3390127",
        legal_business_name: "Very Good Building and Development Company",
        website: "https://verygoodbuilding.example.com",
        representatives: [
          { name: "Ron Swanson", email: "ron@example.com", phone: "+13174478821" },
          { name: "Andy Dwyer" },
        ],
      },
    );
  });

  test("an individual's new SSN needs the date of birth again (both are masked)", () => {
    const person = customerToFormValues({
      ...stored,
      type: "individual",
      compliance_profile: { dob: "****-**-**", ssn: "***-**-****" },
    });
    const opts = { mode: "edit" as const, baseline: person.values, stored: person.stored };
    const values = structuredClone(person.values);
    values.compliance_profile.ssn = "123-45-6789";
    expect(parse(values, opts).errors).toEqual({ "compliance_profile.dob": v.dobToChange });
  });

  test("emptied optional parts are removed (null), hidden ones are kept as stored (left out)", () => {
    const values = structuredClone(start.values);
    values.external_id = "";
    values.metadata = [];
    const changes = toUpdateChanges(parse(values, options).payload as CustomerFormPayload);
    expect(changes.external_id).toBeNull();
    expect(changes.metadata).toBeNull();
    expect(changes.address).toBeNull();
    const hidden = toUpdateChanges(
      parse(values, {
        ...options,
        fields: resolveFieldControl({ external_id: "hidden", metadata: "hidden" }),
      }).payload as CustomerFormPayload,
    );
    expect(hidden).not.toHaveProperty("external_id");
    expect(hidden).not.toHaveProperty("metadata");
  });

  test("a masked stored IP must be typed again", () => {
    const masked = customerToFormValues({ ...stored, device: { ip_address: "**.**.**.**" } });
    expect(masked.values.device.ip_address).toBe("");
    expect(masked.stored.ipMasked).toBe(true);
    expect(parse(masked.values, { ...options, baseline: masked.values }).errors).toEqual({
      "device.ip_address": v.ipAddress,
    });
  });
});
