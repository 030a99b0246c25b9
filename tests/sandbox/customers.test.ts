import { describe, expect, it } from "vitest";
import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  getCustomerUnmasked,
  listCustomers,
  updateCustomer,
} from "../../src/api";
import { MASKED_DOB, MASKED_EIN, MASKED_SSN, sandboxIds } from "../../src/sandbox";
import { businessInput, failureOf, GET_STAMP, individualInput, POST_STAMP, raw, setup } from "./helpers";

describe("customers.get", () => {
  it("returns the customer masked, with GET-style timestamps", async () => {
    const { config } = setup();
    const { data, meta } = await getCustomer(config, sandboxIds.verifiedIndividual);
    expect(data).toMatchObject({
      id: sandboxIds.verifiedIndividual,
      name: "Leslie Knope",
      type: "individual",
      status: "verified",
      compliance_profile: { dob: MASKED_DOB, ssn: MASKED_SSN },
      address: { address1: "100 Main St", address2: "Suite 200", city: "Pawnee", state: "IN", zip: "47998" },
      external_id: "crm_10001",
      metadata: { source: "onboarding", plan: "gold" },
    });
    expect(MASKED_DOB).toBe("****-**-**");
    expect(MASKED_SSN).toBe("***-**-****");
    expect(data.created_at).toMatch(GET_STAMP);
    expect(data.updated_at).toMatch(GET_STAMP);
    expect(meta.api_request_timestamp).toMatch(GET_STAMP);
  });

  it("masks a business EIN but keeps the legal name, website and representatives", async () => {
    const { config } = setup();
    const { data } = await getCustomer(config, sandboxIds.businessThreeRepresentatives);
    expect(data.compliance_profile?.ein).toBe(MASKED_EIN);
    expect(MASKED_EIN).toBe("**-*******");
    expect(data.compliance_profile?.legal_business_name).toBe("Very Good Building and Development Company");
    expect(data.compliance_profile?.representatives?.map((r) => r.name)).toEqual([
      "Ron Swanson",
      "Andy Dwyer",
      "April Ludgate",
    ]);
  });

  it("answers 404 /not_found for an unknown id", async () => {
    const { config } = setup();
    const error = await failureOf(getCustomer(config, "00000000-0000-4000-8000-000000000000"));
    expect(error.status).toBe(404);
    expect(error.type).toBe("/not_found");
    expect(error.detail).toBe("Customer '00000000-0000-4000-8000-000000000000' was not found.");
  });
});

describe("customers.create", () => {
  it("creates an individual: 201, masked, POST-style timestamps, default config, stored unmasked", async () => {
    const { sandbox, config } = setup();
    const before = sandbox.store.size;
    const { data, meta } = await createCustomer(config, individualInput());
    expect(data).toMatchObject({
      name: "New Person",
      email: "new.person@example.com",
      type: "individual",
      status: "verified",
      compliance_profile: { dob: MASKED_DOB, ssn: MASKED_SSN },
      config: { processing_method: "inline", sandbox_outcome: "standard" },
      device: { ip_address: "203.0.113.5" },
    });
    expect(data.created_at).toMatch(POST_STAMP);
    expect(data.updated_at).toBe(data.created_at);
    expect(meta.api_request_timestamp).toMatch(POST_STAMP);
    expect(sandbox.store.size).toBe(before + 1);
    expect(sandbox.store.get(data.id)?.compliance_profile).toEqual({ dob: "1990-05-17", ssn: "321-54-9876" });

    const answer = await raw(sandbox, {
      method: "POST",
      path: "/v1/customers",
      body: individualInput("raw.create@example.com"),
    });
    expect(answer.status).toBe(201);
    expect(answer.body?.response_type).toBe("object");
  });

  it("creates a business with a masked EIN", async () => {
    const { config } = setup();
    const { data } = await createCustomer(config, businessInput());
    expect(data.type).toBe("business");
    expect(data.compliance_profile).toMatchObject({
      ein: MASKED_EIN,
      legal_business_name: "New Business LLC",
      website: "https://new-business.example.com",
      representatives: [{ name: "Owner One", email: "owner@example.com" }],
    });
  });

  it("answers rule failures with 422 /validation_error and lowercase dotted references", async () => {
    const { sandbox, config } = setup();
    const before = sandbox.store.size;
    const input = {
      ...individualInput(),
      email: "not-an-email",
      compliance_profile: { dob: "1990-05-17", ssn: "123456789" },
      address: { address1: "1 Test St", city: "Springfield", state: "Illinois", zip: "62701" },
    };
    const error = await failureOf(createCustomer(config, input));
    expect(error.status).toBe(422);
    expect(error.type).toBe("/validation_error");
    expect(error.items.map((item) => item.reference).sort()).toEqual([
      "address.state",
      "compliance_profile.ssn",
      "email",
    ]);
    expect(error.fieldErrors["compliance_profile.ssn"]).toBe("Enter the SSN as 123-45-6789.");
    expect(sandbox.store.size).toBe(before);
  });

  it("answers an unknown type with a 422 item on `type`", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, {
      method: "POST",
      path: "/v1/customers",
      body: { ...individualInput(), type: "robot" },
    });
    expect(answer.status).toBe(422);
    expect(answer.body?.error?.items).toEqual([
      { reference: "type", detail: "Type must be individual or business." },
    ]);
  });

  it("answers a bad device IP with 400 /bad_request and the PascalCase reference Device.IpAddress", async () => {
    const { config } = setup();
    const error = await failureOf(
      createCustomer(config, { ...individualInput(), device: { ip_address: "999.1.1.1" } }),
    );
    expect(error.status).toBe(400);
    expect(error.type).toBe("/bad_request");
    expect(error.items.map((item) => item.reference)).toEqual(["Device.IpAddress"]);
    expect(Object.keys(error.fieldErrors)).toEqual(["device.ip_address"]);
  });

  it("refuses a duplicate email whatever its case: 422 with the API's detail and no items", async () => {
    const { sandbox, config } = setup();
    const before = sandbox.store.size;
    const error = await failureOf(createCustomer(config, individualInput("LESLIE.Knope@Pawnee.Example.gov")));
    expect(error.status).toBe(422);
    expect(error.detail).toBe("Email 'LESLIE.Knope@Pawnee.Example.gov' already exists and must be unique.");
    expect(error.items).toEqual([]);
    expect(sandbox.store.size).toBe(before);
  });

  it("answers a body that is not an object with 400", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, {
      method: "POST",
      path: "/v1/customers",
      body: ["not", "an", "object"],
    });
    expect(answer.status).toBe(400);
    expect(answer.body?.error?.detail).toBe("The request body must be a JSON object.");
  });
});

describe("customers.unmasked", () => {
  it("returns dob, ssn and ein in clear", async () => {
    const { config } = setup();
    const person = await getCustomerUnmasked(config, sandboxIds.verifiedIndividual);
    expect(person.data.compliance_profile).toEqual({ dob: "1975-01-18", ssn: "512-44-8721" });
    expect(person.data.created_at).toMatch(GET_STAMP);
    const business = await getCustomerUnmasked(config, sandboxIds.verifiedBusiness);
    expect(business.data.compliance_profile?.ein).toBe("41-2718830");
  });

  it("answers 403 when unmasking is not enabled, and 404 for an unknown id", async () => {
    const disabled = setup({ unmaskEnabled: false });
    const error = await failureOf(getCustomerUnmasked(disabled.config, sandboxIds.verifiedIndividual));
    expect(error.status).toBe(403);
    expect(error.type).toBe("/forbidden");
    const enabled = setup();
    expect((await failureOf(getCustomerUnmasked(enabled.config, "nope"))).status).toBe(404);
  });
});

describe("customers.update", () => {
  const base = {
    name: "Leslie Barbara Knope",
    email: "leslie@pawnee.example.gov",
    phone: "+13172049999",
    status: "verified" as const,
    device: { ip_address: "203.0.113.25" },
  };

  it("replaces the record; an omitted compliance_profile keeps the stored one; omitted optionals are cleared", async () => {
    const { sandbox, config } = setup();
    const before = sandbox.store.get(sandboxIds.verifiedIndividual);
    const { data } = await updateCustomer(config, sandboxIds.verifiedIndividual, {
      ...base,
      address: { address1: "2 Main St", city: "Pawnee", state: "IN", zip: "47998" },
    });
    expect(data).toMatchObject({ ...base, address: { address1: "2 Main St" }, type: "individual" });
    expect(data.external_id).toBeUndefined();
    expect(data.metadata).toBeUndefined();
    expect(data.compliance_profile).toEqual({ dob: MASKED_DOB, ssn: MASKED_SSN });
    expect(data.updated_at).toMatch(POST_STAMP);
    expect(data.created_at).toBe(before?.created_at);
    expect(data.config).toEqual(before?.config);
    const stored = await getCustomerUnmasked(config, sandboxIds.verifiedIndividual);
    expect(stored.data.compliance_profile).toEqual({ dob: "1975-01-18", ssn: "512-44-8721" });
    expect(sandbox.store.get(sandboxIds.verifiedIndividual)?.identity_details).toEqual(
      before?.identity_details,
    );
  });

  it("replaces the compliance profile when one is sent, and sets the status", async () => {
    const { config } = setup();
    await updateCustomer(config, sandboxIds.verifiedIndividual, {
      ...base,
      status: "inactive",
      compliance_profile: { dob: "1975-01-19", ssn: "512-44-0000" },
    });
    const stored = await getCustomerUnmasked(config, sandboxIds.verifiedIndividual);
    expect(stored.data.compliance_profile).toEqual({ dob: "1975-01-19", ssn: "512-44-0000" });
    expect(stored.data.status).toBe("inactive");
  });

  it("validates by the record's type: a business profile on an individual is a 422", async () => {
    const { config } = setup();
    const error = await failureOf(
      updateCustomer(config, sandboxIds.verifiedIndividual, {
        ...base,
        compliance_profile: { ein: "12-3456789", legal_business_name: "Knope Inc" },
      }),
    );
    expect(error.status).toBe(422);
    expect(error.items.some((item) => item.reference?.startsWith("compliance_profile"))).toBe(true);

    const ok = await updateCustomer(config, sandboxIds.verifiedBusiness, {
      ...base,
      email: "new-accounts@paunchburger.example.com",
      name: "Paunch Burger Holdings LLC",
      compliance_profile: { ein: "41-0000001", legal_business_name: "Paunch Burger Holdings LLC" },
    });
    expect(ok.data.compliance_profile).toMatchObject({
      ein: MASKED_EIN,
      legal_business_name: "Paunch Burger Holdings LLC",
    });
    expect(ok.data.type).toBe("business");
  });

  it("ignores type and config in the body", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, {
      method: "PUT",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}`,
      body: { ...base, type: "business", config: { sandbox_outcome: "rejected" } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body?.data?.type).toBe("individual");
    expect(answer.body?.data?.config).toEqual({ processing_method: "inline", sandbox_outcome: "standard" });
  });

  it("refuses another customer's email but accepts the customer's own", async () => {
    const { config } = setup();
    const taken = await failureOf(
      updateCustomer(config, sandboxIds.verifiedIndividual, {
        ...base,
        email: "ACCOUNTS@paunchburger.example.com",
      }),
    );
    expect(taken.status).toBe(422);
    expect(taken.detail).toBe("Email 'ACCOUNTS@paunchburger.example.com' already exists and must be unique.");
    const own = await updateCustomer(config, sandboxIds.verifiedIndividual, {
      ...base,
      email: "Leslie.Knope@pawnee.example.gov",
    });
    expect(own.data.email).toBe("Leslie.Knope@pawnee.example.gov");
  });

  it("answers 422 for missing required fields, 400 for a bad IP and 404 for an unknown id", async () => {
    const { sandbox, config } = setup();
    const missing = await raw(sandbox, {
      method: "PUT",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}`,
      body: { name: "Only a name" },
    });
    expect(missing.status).toBe(422);
    expect(missing.body?.error?.items?.map((item) => item.reference).sort()).toEqual([
      "device",
      "email",
      "phone",
      "status",
    ]);
    const ip = await failureOf(
      updateCustomer(config, sandboxIds.verifiedIndividual, { ...base, device: { ip_address: "::1" } }),
    );
    expect(ip.status).toBe(400);
    expect(ip.items[0]?.reference).toBe("Device.IpAddress");
    expect((await failureOf(updateCustomer(config, "missing-id", base))).status).toBe(404);
  });
});

describe("customers.delete", () => {
  it("removes the customer and returns it; a second delete is a 404", async () => {
    const { sandbox, config } = setup();
    const before = sandbox.store.size;
    const { data } = await deleteCustomer(config, sandboxIds.inactiveIndividual);
    expect(data).toMatchObject({
      id: sandboxIds.inactiveIndividual,
      name: "Tammy Swanson",
      status: "inactive",
    });
    expect(data.compliance_profile).toEqual({ dob: MASKED_DOB, ssn: MASKED_SSN });
    expect(sandbox.store.has(sandboxIds.inactiveIndividual)).toBe(false);
    expect(sandbox.store.size).toBe(before - 1);
    expect((await failureOf(getCustomer(config, sandboxIds.inactiveIndividual))).status).toBe(404);
    expect((await failureOf(deleteCustomer(config, sandboxIds.inactiveIndividual))).status).toBe(404);
    const page = await listCustomers(config, { page_size: 1000 });
    expect(page.data.some((c) => c.id === sandboxIds.inactiveIndividual)).toBe(false);
  });
});
