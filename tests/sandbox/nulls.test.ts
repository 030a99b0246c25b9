import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createRequestSchemas } from "../../src/api";
import { MASKED_DOB, MASKED_SSN, sandboxIds } from "../../src/sandbox";
import { nullMeansAbsent } from "../../src/sandbox/wire";
import { businessInput, individualInput, raw, setup } from "./helpers";

// The API's own types (and the official SDK's) allow `null` for these request fields: the sandbox
// takes `null` as "not given", where it used to answer 422.

const post = (body: unknown) => ({ method: "POST" as const, path: "/v1/customers", body });
const put = (id: string, body: unknown) => ({ method: "PUT" as const, path: `/v1/customers/${id}`, body });

const updateBase = {
  name: "Leslie Barbara Knope",
  email: "leslie@pawnee.example.gov",
  phone: "+13172049999",
  status: "verified" as const,
  device: { ip_address: "203.0.113.25" },
};

describe("null means absent (create)", () => {
  it("accepts null address, compliance_profile, external_id and metadata, and stores none of them", async () => {
    const { sandbox } = setup();
    const body = {
      ...individualInput("nulls.top@example.com"),
      address: null,
      compliance_profile: null,
      external_id: null,
      metadata: null,
    };
    const answer = await raw(sandbox, post(body));
    expect(answer.status, answer.text).toBe(201);
    const id = String(answer.body?.data?.id);
    const stored = sandbox.store.get(id);
    for (const key of ["address", "compliance_profile", "external_id", "metadata"] as const) {
      expect(stored?.[key], key).toBeUndefined();
      expect(answer.body?.data?.[key], key).toBeUndefined();
    }
  });

  it("accepts null address2, dob and a null representative email/phone, website and representatives", async () => {
    const { sandbox } = setup();
    const individual = {
      ...individualInput("nulls.nested@example.com"),
      address: { address1: "1 Test St", address2: null, city: "Springfield", state: "IL", zip: "62701" },
      compliance_profile: { dob: null, ssn: "321-54-9876" },
    };
    const a = await raw(sandbox, post(individual));
    expect(a.status, a.text).toBe(201);
    const storedA = sandbox.store.get(String(a.body?.data?.id));
    expect(storedA?.address).toEqual({
      address1: "1 Test St",
      city: "Springfield",
      state: "IL",
      zip: "62701",
    });
    expect(storedA?.compliance_profile).toEqual({ ssn: "321-54-9876" });
    expect(a.body?.data?.compliance_profile).toEqual({ ssn: MASKED_SSN });

    const business = businessInput("nulls.business@example.com");
    const b = await raw(
      sandbox,
      post({
        ...business,
        compliance_profile: {
          ...business.compliance_profile,
          website: null,
          representatives: [{ name: "Owner One", email: null, phone: null }],
        },
      }),
    );
    expect(b.status, b.text).toBe(201);
    expect(sandbox.store.get(String(b.body?.data?.id))?.compliance_profile).toEqual({
      ein: "12-3456789",
      legal_business_name: "New Business LLC",
      representatives: [{ name: "Owner One" }],
    });

    const c = await raw(
      sandbox,
      post({
        ...businessInput("nulls.business2@example.com"),
        compliance_profile: { ein: null, legal_business_name: null, representatives: null, website: null },
      }),
    );
    expect(c.status, c.text).toBe(201);
    expect(sandbox.store.get(String(c.body?.data?.id))?.compliance_profile).toBeUndefined();
  });

  it("still refuses null where the API does not allow it, and still checks the formats of what is given", async () => {
    const { sandbox } = setup();
    for (const key of ["name", "email", "phone", "device", "type"] as const) {
      const answer = await raw(sandbox, post({ ...individualInput(`null.${key}@example.com`), [key]: null }));
      expect(answer.status, key).toBe(422);
      expect(answer.body?.error?.type, key).toBe("/validation_error");
    }
    const city = await raw(
      sandbox,
      post({
        ...individualInput("null.city@example.com"),
        address: { address1: "1 Test St", city: null, state: "IL", zip: "62701" },
      }),
    );
    expect(city.status).toBe(422);
    expect(city.body?.error?.items?.map((item) => item.reference)).toContain("address.city");
    const badSsn = await raw(
      sandbox,
      post({ ...individualInput("bad.ssn@example.com"), compliance_profile: { dob: null, ssn: "123" } }),
    );
    expect(badSsn.status).toBe(422);
    expect(badSsn.body?.error?.items?.map((item) => item.reference)).toEqual(["compliance_profile.ssn"]);
  });
});

describe("null means absent (update)", () => {
  it("clears external_id, metadata and address given as null; a null compliance_profile keeps the stored one", async () => {
    const { sandbox } = setup();
    const answer = await raw(
      sandbox,
      put(sandboxIds.verifiedIndividual, {
        ...updateBase,
        address: null,
        external_id: null,
        metadata: null,
        compliance_profile: null,
      }),
    );
    expect(answer.status, answer.text).toBe(200);
    const stored = sandbox.store.get(sandboxIds.verifiedIndividual);
    expect(stored?.address).toBeUndefined();
    expect(stored?.external_id).toBeUndefined();
    expect(stored?.metadata).toBeUndefined();
    expect(stored?.compliance_profile).toEqual({ dob: "1975-01-18", ssn: "512-44-8721" });
    expect(answer.body?.data?.compliance_profile).toEqual({ dob: MASKED_DOB, ssn: MASKED_SSN });
  });

  it("keeps a stored dob (or ein, legal name) given as null, and replaces what is given", async () => {
    const { sandbox } = setup();
    const answer = await raw(
      sandbox,
      put(sandboxIds.verifiedIndividual, {
        ...updateBase,
        compliance_profile: { dob: null, ssn: "512-44-0000" },
      }),
    );
    expect(answer.status, answer.text).toBe(200);
    expect(sandbox.store.get(sandboxIds.verifiedIndividual)?.compliance_profile).toEqual({
      dob: "1975-01-18",
      ssn: "512-44-0000",
    });

    const business = sandbox.store.get(sandboxIds.verifiedBusiness);
    const before = business?.compliance_profile;
    const b = await raw(
      sandbox,
      put(sandboxIds.verifiedBusiness, {
        ...updateBase,
        email: "ops@paunchburger.example.com",
        compliance_profile: { ein: null, legal_business_name: null, website: "https://paunch.example.com" },
      }),
    );
    expect(b.status, b.text).toBe(200);
    const after = sandbox.store.get(sandboxIds.verifiedBusiness)?.compliance_profile;
    expect(after?.ein).toBe(before?.ein);
    expect(after?.legal_business_name).toBe(before?.legal_business_name);
    expect(after?.website).toBe("https://paunch.example.com");
    expect(after?.representatives).toBeUndefined();
  });
});

describe("nullMeansAbsent", () => {
  it("removes only the nullable fields, copies, and leaves non-objects alone", () => {
    const body = {
      name: null,
      address: { address1: null, address2: null },
      compliance_profile: { dob: null, ssn: "x", representatives: [{ name: null, email: null }, "odd"] },
      external_id: null,
    };
    expect(nullMeansAbsent(body)).toEqual({
      name: null,
      address: { address1: null },
      compliance_profile: { ssn: "x", representatives: [{ name: null }, "odd"] },
    });
    expect(body.external_id).toBeNull();
    expect(body.address.address2).toBeNull();
    expect(nullMeansAbsent(null)).toBeNull();
    expect(nullMeansAbsent([1])).toEqual([1]);
  });

  it("leaves the form's own rules strict: the form schema still refuses null and a half profile", () => {
    const form = createRequestSchemas();
    const half = { ...individualInput(), compliance_profile: { dob: null, ssn: "321-54-9876" } };
    expect(z.safeParse(form.createCustomer, half).success).toBe(false);
    expect(z.safeParse(form.createCustomer, { ...individualInput(), address: null }).success).toBe(false);
    expect(z.safeParse(form.createCustomer, individualInput()).success).toBe(true);
  });
});
