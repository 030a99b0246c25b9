import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  CreateCustomerInputSchema,
  createRequestSchemas,
  defaultValidationMessages as m,
  parseTimestamp,
  ReviewDecisionInputSchema,
  UpdateCustomerInputSchema,
} from "../../src/api";

const individual = {
  name: "Ron Swanson",
  type: "individual",
  email: "ron.swanson@pawnee.com",
  phone: "+12128675309",
  device: { ip_address: "192.168.1.1" },
} as const;

const business = {
  name: "Pawnee Parks",
  type: "business",
  email: "parks@pawnee.gov",
  phone: "+13175550100",
  device: { ip_address: "192.168.1.1" },
  compliance_profile: { ein: "12-3456789", legal_business_name: "Pawnee Parks and Recreation LLC" },
} as const;

const address = { address1: "123 Main St", address2: "Apt 1", city: "Anytown", state: "CA", zip: "12345" };

const update = {
  name: "Ron Swanson",
  email: "ron.swanson@pawnee.com",
  phone: "+12128675309",
  status: "pending",
  device: { ip_address: "192.168.1.1" },
} as const;

interface Found {
  path: string;
  message: string;
}

function problems(schema: z.core.$ZodType, value: unknown): Found[] {
  const result = z.safeParse(schema, value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
}

function ok<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new Error(`expected no problems, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

/** The UTC calendar day `days` from today, as `YYYY-MM-DD`. */
function dayFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

const withIndividual = (patch: object) => ({ ...individual, ...patch });

describe("CreateCustomerInputSchema", () => {
  it("accepts the docs' minimal create call and a full business", () => {
    expect(ok(CreateCustomerInputSchema, individual)).toEqual(individual);
    const full = ok(CreateCustomerInputSchema, {
      ...business,
      address,
      external_id: "crm-42",
      metadata: { source: "web" },
      config: { processing_method: "inline", sandbox_outcome: "review" },
      compliance_profile: {
        ...business.compliance_profile,
        website: "https://pawnee.gov",
        representatives: [{ name: "Leslie Knope", email: "leslie@pawnee.gov", phone: "+13175550101" }],
      },
    });
    if (full.type !== "business") throw new Error("expected a business");
    expect(full.compliance_profile?.representatives?.[0]?.name).toBe("Leslie Knope");
    expect(full.compliance_profile?.website).toBe("https://pawnee.gov");
  });

  it.each([
    ["+12128675309", "+12128675309"],
    ["+46991022", "+46991022"],
    ["+1 212 867 5309", "+12128675309"],
    ["+1 (212) 867-5309", "+12128675309"],
  ])("phone %s is E.164 (sent as %s)", (phone, sent) => {
    expect(ok(CreateCustomerInputSchema, withIndividual({ phone })).phone).toBe(sent);
  });

  it.each(["2128675309", "+02128675309", "+1212867530912345", "+1-800-FLOWERS", ""])(
    "phone %j is refused with a sentence",
    (phone) => {
      expect(problems(CreateCustomerInputSchema, withIndividual({ phone }))).toEqual([
        { path: "phone", message: m.phone },
      ]);
    },
  );

  it("the phone message's own example is accepted", () => {
    const example = /like (\+[\d ]+)\./.exec(m.phone)?.[1];
    expect(example).toBeDefined();
    expect(problems(CreateCustomerInputSchema, withIndividual({ phone: example }))).toEqual([]);
  });

  it.each(["ron@", "ron.swanson", "@pawnee.com", ""])("email %j is refused", (email) => {
    expect(problems(CreateCustomerInputSchema, withIndividual({ email }))).toEqual([
      { path: "email", message: m.email },
    ]);
  });

  it("a blank name is refused; a name is trimmed", () => {
    expect(problems(CreateCustomerInputSchema, withIndividual({ name: "   " }))).toEqual([
      { path: "name", message: m.nameRequired },
    ]);
    expect(ok(CreateCustomerInputSchema, withIndividual({ name: "  Ron Swanson " })).name).toBe(
      "Ron Swanson",
    );
  });

  it.each(["0.0.0.0", "192.168.1.1", "255.255.255.255"])("ip address %s is accepted", (ip_address) => {
    expect(ok(CreateCustomerInputSchema, withIndividual({ device: { ip_address } })).device.ip_address).toBe(
      ip_address,
    );
  });

  it.each(["::1", "2001:db8::1", "256.1.1.1", "192.168.1", "**.**.**.**", ""])(
    "ip address %j is refused",
    (ip_address) => {
      expect(problems(CreateCustomerInputSchema, withIndividual({ device: { ip_address } }))).toEqual([
        { path: "device.ip_address", message: m.ipAddress },
      ]);
    },
  );

  it("device is required", () => {
    const { device: _device, ...withoutDevice } = individual;
    expect(problems(CreateCustomerInputSchema, withoutDevice).map((p) => p.path)).toEqual(["device"]);
  });

  it("an unknown type is refused at `type`", () => {
    expect(problems(CreateCustomerInputSchema, withIndividual({ type: "trust" })).map((p) => p.path)).toEqual(
      ["type"],
    );
  });

  describe("address", () => {
    it.each(["12345", "12345-6789"])("zip %s is accepted", (zip) => {
      expect(
        ok(CreateCustomerInputSchema, withIndividual({ address: { ...address, zip } })).address?.zip,
      ).toBe(zip);
    });

    it.each(["1234", "123456", "12345-678", "12345 6789", "ABCDE"])("zip %j is refused", (zip) => {
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: { ...address, zip } }))).toEqual([
        { path: "address.zip", message: m.zip },
      ]);
    });

    it.each(["ca", "C", "CAL", "C1"])("state %j is refused", (state) => {
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: { ...address, state } }))).toEqual(
        [{ path: "address.state", message: m.state }],
      );
    });

    it.each(["address1", "address2", "city"])("%s takes 100 characters, not 101", (field) => {
      const at100 = { ...address, [field]: "a".repeat(100) };
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: at100 }))).toEqual([]);
      const at101 = { ...address, [field]: "a".repeat(101) };
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: at101 }))).toEqual([
        { path: `address.${field}`, message: m.tooLong },
      ]);
    });

    it("lengths count code points (as zod's maxLength), any character counts, the limit applies after trimming", () => {
      const astral = "𝔸".repeat(100); // 100 code points, 200 UTF-16 units
      const withCity = (city: string) => withIndividual({ address: { ...address, city } });
      expect(problems(CreateCustomerInputSchema, withCity(astral))).toEqual([]);
      expect(problems(CreateCustomerInputSchema, withCity(`${astral}a`))).toEqual([
        { path: "address.city", message: m.tooLong },
      ]);
      // A lone surrogate is one code point.
      expect(problems(CreateCustomerInputSchema, withCity(`${"a".repeat(99)}\ud800`))).toEqual([]);
      expect(problems(CreateCustomerInputSchema, withCity(`${"a".repeat(100)}\ud800`))).toEqual([
        { path: "address.city", message: m.tooLong },
      ]);
      const lines = "a\n".repeat(50); // 100 characters, newlines among them
      expect(
        ok(CreateCustomerInputSchema, withIndividual({ address: { ...address, address2: lines } })).address
          ?.address2,
      ).toBe(lines);
      const padded = `  ${"a".repeat(100)}  `;
      expect(ok(CreateCustomerInputSchema, withIndividual({ name: padded })).name).toBe("a".repeat(100));
      expect(problems(CreateCustomerInputSchema, withIndividual({ name: "\n\t " }))).toEqual([
        { path: "name", message: m.nameRequired },
      ]);
    });

    it("is all or nothing: only a city fails on address1, state and zip", () => {
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: { city: "Anytown" } }))).toEqual([
        { path: "address.address1", message: m.address1 },
        { path: "address.state", message: m.state },
        { path: "address.zip", message: m.zip },
      ]);
    });

    it("address2 is optional", () => {
      const { address2: _address2, ...withoutLine2 } = address;
      expect(problems(CreateCustomerInputSchema, withIndividual({ address: withoutLine2 }))).toEqual([]);
    });
  });

  describe("compliance profile", () => {
    const profile = { dob: "1969-04-20", ssn: "123-45-6789" };

    it("an individual's dob and ssn", () => {
      expect(
        ok(CreateCustomerInputSchema, withIndividual({ compliance_profile: profile })).compliance_profile,
      ).toEqual(profile);
    });

    it.each([
      ["2023-02-30", m.dob],
      ["2023-13-01", m.dob],
      ["1969-4-20", m.dob],
      ["04/20/1969", m.dob],
      ["****-**-**", m.dob],
      ["1899-12-31", m.dobTooOld],
      ["tomorrow", m.dobNotPast],
      ["today", m.dobNotPast],
    ])("dob %s is refused: %s", (label, message) => {
      const dob = label === "tomorrow" ? dayFromToday(1) : label === "today" ? dayFromToday(0) : label;
      expect(
        problems(CreateCustomerInputSchema, withIndividual({ compliance_profile: { ...profile, dob } })),
      ).toEqual([{ path: "compliance_profile.dob", message }]);
    });

    it.each(["1900-01-01", "2000-02-29", "yesterday"])("dob %s is a real past date", (label) => {
      const dob = label === "yesterday" ? dayFromToday(-1) : label;
      expect(
        problems(CreateCustomerInputSchema, withIndividual({ compliance_profile: { ...profile, dob } })),
      ).toEqual([]);
    });

    it.each(["123456789", "123-456-789", "***-**-****", "12-345-6789"])("ssn %j is refused", (ssn) => {
      expect(
        problems(CreateCustomerInputSchema, withIndividual({ compliance_profile: { ...profile, ssn } })),
      ).toEqual([{ path: "compliance_profile.ssn", message: m.ssn }]);
    });

    it("an individual needs both dob and ssn", () => {
      expect(
        problems(CreateCustomerInputSchema, withIndividual({ compliance_profile: { dob: profile.dob } })),
      ).toEqual([{ path: "compliance_profile.ssn", message: m.ssn }]);
    });

    it.each(["123456789", "123-456789", "**-*******"])("ein %j is refused", (ein) => {
      const value = { ...business, compliance_profile: { ...business.compliance_profile, ein } };
      expect(problems(CreateCustomerInputSchema, value)).toEqual([
        { path: "compliance_profile.ein", message: m.ein },
      ]);
    });

    it("a business needs its legal name", () => {
      const value = { ...business, compliance_profile: { ein: "12-3456789", legal_business_name: " " } };
      expect(problems(CreateCustomerInputSchema, value)).toEqual([
        { path: "compliance_profile.legal_business_name", message: m.legalBusinessName },
      ]);
    });

    it("must match the type: an individual with an ein is refused", () => {
      expect(
        problems(
          CreateCustomerInputSchema,
          withIndividual({ compliance_profile: { ...profile, ein: "12-3456789" } }),
        ).map((p) => p.path),
      ).toEqual(["compliance_profile"]);
      expect(
        problems(
          CreateCustomerInputSchema,
          withIndividual({ compliance_profile: business.compliance_profile }),
        ).length,
      ).toBeGreaterThan(0);
    });

    it("must match the type: a business with an ssn is refused", () => {
      const withSsn = {
        ...business,
        compliance_profile: { ...business.compliance_profile, ssn: "123-45-6789" },
      };
      expect(problems(CreateCustomerInputSchema, withSsn).map((p) => p.path)).toEqual(["compliance_profile"]);
      expect(
        problems(CreateCustomerInputSchema, { ...business, compliance_profile: profile }).length,
      ).toBeGreaterThan(0);
    });

    it("representatives belong to businesses only", () => {
      const representatives = [{ name: "Leslie Knope" }];
      expect(
        problems(CreateCustomerInputSchema, {
          ...business,
          compliance_profile: { ...business.compliance_profile, representatives },
        }),
      ).toEqual([]);
      expect(
        problems(
          CreateCustomerInputSchema,
          withIndividual({ compliance_profile: { ...profile, representatives } }),
        ).map((p) => p.path),
      ).toEqual(["compliance_profile"]);
    });

    it("each representative needs a name; email and phone are checked when given", () => {
      const value = {
        ...business,
        compliance_profile: {
          ...business.compliance_profile,
          representatives: [
            { name: "Leslie Knope", email: "leslie@pawnee.gov" },
            { name: "", email: "not-an-email", phone: "555" },
          ],
        },
      };
      expect(problems(CreateCustomerInputSchema, value)).toEqual([
        { path: "compliance_profile.representatives.1.name", message: m.representativeName },
        { path: "compliance_profile.representatives.1.email", message: m.email },
        { path: "compliance_profile.representatives.1.phone", message: m.phone },
      ]);
    });

    it.each(["https://pawnee.gov", "http://pawnee.gov/parks?x=1"])("website %s is accepted", (website) => {
      const value = { ...business, compliance_profile: { ...business.compliance_profile, website } };
      expect(problems(CreateCustomerInputSchema, value)).toEqual([]);
    });

    it.each([
      "javascript:alert(1)",
      "data:text/html,<b>hi</b>",
      "ftp://pawnee.gov",
      "pawnee.gov",
      "https://",
    ])("website %j is refused", (website) => {
      const value = { ...business, compliance_profile: { ...business.compliance_profile, website } };
      expect(problems(CreateCustomerInputSchema, value)).toEqual([
        { path: "compliance_profile.website", message: m.website },
      ]);
    });
  });

  it("metadata takes up to 20 string pairs", () => {
    const pairs = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, `value${i}`]));
    expect(problems(CreateCustomerInputSchema, withIndividual({ metadata: pairs(20) }))).toEqual([]);
    expect(problems(CreateCustomerInputSchema, withIndividual({ metadata: pairs(21) }))).toEqual([
      { path: "metadata", message: m.metadataTooMany },
    ]);
    expect(problems(CreateCustomerInputSchema, withIndividual({ metadata: { "": "x" } }))).toEqual([
      { path: "metadata", message: m.metadataKey },
    ]);
    expect(problems(CreateCustomerInputSchema, withIndividual({ metadata: { " ": "x" } }))).toEqual([
      { path: "metadata", message: m.metadataKey },
    ]);
    expect(
      problems(CreateCustomerInputSchema, withIndividual({ metadata: { a: 1 } })).map((p) => p.path),
    ).toEqual(["metadata.a"]);
  });

  it("config takes only the documented values", () => {
    expect(
      problems(CreateCustomerInputSchema, withIndividual({ config: { sandbox_outcome: "review" } })),
    ).toEqual([]);
    expect(
      problems(CreateCustomerInputSchema, withIndividual({ config: { sandbox_outcome: "accept" } })).map(
        (p) => p.path,
      ),
    ).toEqual(["config.sandbox_outcome"]);
  });
});

describe("UpdateCustomerInputSchema", () => {
  it("needs name, email, phone, status and device", () => {
    expect(ok(UpdateCustomerInputSchema, update)).toEqual(update);
    expect(
      problems(UpdateCustomerInputSchema, {})
        .map((p) => p.path)
        .sort(),
    ).toEqual(["device", "email", "name", "phone", "status"]);
  });

  it("refuses an unknown status", () => {
    expect(problems(UpdateCustomerInputSchema, { ...update, status: "archived" }).map((p) => p.path)).toEqual(
      ["status"],
    );
  });

  it("does not send type or config", () => {
    const parsed = ok(UpdateCustomerInputSchema, {
      ...update,
      type: "business",
      config: { sandbox_outcome: "review" },
    });
    expect(parsed).not.toHaveProperty("type");
    expect(parsed).not.toHaveProperty("config");
  });

  it("takes either profile, but not a mix of both", () => {
    expect(
      problems(UpdateCustomerInputSchema, {
        ...update,
        compliance_profile: { dob: "1969-04-20", ssn: "123-45-6789" },
      }),
    ).toEqual([]);
    expect(
      problems(UpdateCustomerInputSchema, { ...update, compliance_profile: business.compliance_profile }),
    ).toEqual([]);
    expect(
      problems(UpdateCustomerInputSchema, {
        ...update,
        compliance_profile: { dob: "1969-04-20", ssn: "123-45-6789", ein: "12-3456789" },
      }).map((p) => p.path),
    ).toEqual(["compliance_profile"]);
  });

  it("the per-type update schemas point at the failing field", () => {
    const schemas = createRequestSchemas();
    expect(
      problems(schemas.updateIndividual, {
        ...update,
        compliance_profile: { dob: "2023-02-30", ssn: "123-45-6789" },
      }),
    ).toEqual([{ path: "compliance_profile.dob", message: m.dob }]);
    expect(
      problems(schemas.updateBusiness, {
        ...update,
        compliance_profile: {
          ein: "12-3456789",
          legal_business_name: "Pawnee",
          website: "javascript:alert(1)",
        },
      }),
    ).toEqual([{ path: "compliance_profile.website", message: m.website }]);
  });
});

describe("ReviewDecisionInputSchema", () => {
  it.each(["verified", "rejected"])("accepts %s", (status) => {
    expect(ok(ReviewDecisionInputSchema, { status })).toEqual({ status });
  });

  it.each(["accept", "reject", "review", "pending", ""])("refuses %j with a sentence", (status) => {
    expect(problems(ReviewDecisionInputSchema, { status })).toEqual([
      { path: "status", message: m.decision },
    ]);
  });
});

describe("messages", () => {
  it("are sentences a person can act on", () => {
    for (const message of Object.values(m)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
    expect(m.phone).toBe("Enter a phone number with its country code, like +1 212 555 0100.");
    expect(m.zip).toBe("Enter a ZIP code like 12345 or 12345-6789.");
  });

  it("can be replaced through createRequestSchemas", () => {
    const schemas = createRequestSchemas({
      phone: "Numéro de téléphone invalide.",
      zip: "Code postal invalide.",
    });
    expect(
      problems(schemas.createCustomer, withIndividual({ phone: "12", address: { ...address, zip: "1" } })),
    ).toEqual([
      { path: "phone", message: "Numéro de téléphone invalide." },
      { path: "address.zip", message: "Code postal invalide." },
    ]);
    expect(problems(schemas.fields.phone, "12")).toEqual([
      { path: "", message: "Numéro de téléphone invalide." },
    ]);
    // Messages that were not replaced keep their defaults, and the default schemas are untouched.
    expect(problems(schemas.fields.email, "x")).toEqual([{ path: "", message: m.email }]);
    expect(problems(CreateCustomerInputSchema, withIndividual({ phone: "12" }))).toEqual([
      { path: "phone", message: m.phone },
    ]);
  });

  it("a wrong type of value still gets the field's sentence", () => {
    expect(problems(CreateCustomerInputSchema, withIndividual({ phone: 12128675309 }))).toEqual([
      { path: "phone", message: m.phone },
    ]);
  });
});

describe("parseTimestamp", () => {
  // In a zone far from UTC, so that reading a zone-less timestamp as local time would show.
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Pacific/Auckland";
  });
  afterAll(() => {
    process.env.TZ = originalTz;
    if (originalTz === undefined) delete process.env.TZ;
  });

  it("runs in a zone that is not UTC", () => {
    expect(new Date(2026, 6, 7).getTimezoneOffset()).not.toBe(0);
  });

  it("reads a timestamp without a zone as UTC", () => {
    expect(parseTimestamp("2026-07-07T06:21:44").getTime()).toBe(Date.UTC(2026, 6, 7, 6, 21, 44));
  });

  it("reads 7 fraction digits (to the millisecond)", () => {
    expect(parseTimestamp("2026-07-07T06:21:44.1234567Z").getTime()).toBe(
      Date.UTC(2026, 6, 7, 6, 21, 44, 123),
    );
    expect(parseTimestamp("2026-07-07T06:21:44.1234567").getTime()).toBe(
      Date.UTC(2026, 6, 7, 6, 21, 44, 123),
    );
  });

  it("keeps an explicit zone", () => {
    expect(parseTimestamp("2019-12-27T18:11:19.117Z").getTime()).toBe(
      Date.UTC(2019, 11, 27, 18, 11, 19, 117),
    );
    expect(parseTimestamp("2023-11-07T05:31:56+02:00").getTime()).toBe(Date.UTC(2023, 10, 7, 3, 31, 56));
  });
});
