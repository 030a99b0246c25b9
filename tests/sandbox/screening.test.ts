import { describe, expect, it } from "vitest";
import {
  createCustomer,
  getCustomer,
  getCustomerReview,
  type IdentityDetails,
  listCustomers,
} from "../../src/api";
import { createSandbox, reasonCodeMessages, screenCustomer, standardScreeningRules } from "../../src/sandbox";
import { businessInput, individualInput, manualClock, setup } from "./helpers";

/** Every code a review uses, wherever it sits. */
function codesOf(identity: IdentityDetails | null | undefined): string[] {
  if (!identity) return [];
  const parts = [
    ...Object.values(identity.breakdown ?? {}),
    identity.kyc,
    identity.network_alerts,
    identity.reputation,
    identity.watch_list,
  ];
  return parts.flatMap((part) => part?.codes ?? []);
}

async function createAndReview(
  input: Parameters<typeof createCustomer>[1],
  harness = setup(),
): Promise<{ status: string; identity: IdentityDetails }> {
  const created = await createCustomer(harness.config, input);
  const review = await getCustomerReview(harness.config, created.data.id);
  const identity = review.data.identity_details;
  if (!identity) throw new Error("expected identity_details");
  expect(review.data.customer_details.status).toBe(created.data.status);
  return { status: created.data.status, identity };
}

describe("forced sandbox outcomes", () => {
  for (const outcome of ["verified", "review", "rejected"] as const) {
    it(`sandbox_outcome ${outcome} forces the status, with a canned accept review`, async () => {
      const { status, identity } = await createAndReview({
        ...individualInput(`forced.${outcome}+reject@example.com`),
        config: { sandbox_outcome: outcome },
      });
      expect(status).toBe(outcome);
      expect(identity.decision).toBe("accept");
      expect(identity.breakdown?.fraud?.decision).toBe("accept");
    });
  }
});

describe("standard outcome rules", () => {
  it("documents the rules as data", () => {
    expect(standardScreeningRules.length).toBeGreaterThanOrEqual(10);
    expect(new Set(standardScreeningRules.map((rule) => rule.status))).toEqual(
      new Set(["verified", "review", "rejected"]),
    );
  });

  it("verifies a clean individual: fraud/synthetic/email/phone/address + kyc, all accept, low risk", async () => {
    const { status, identity } = await createAndReview(individualInput("clean.person@example.com"));
    expect(status).toBe("verified");
    expect(identity.decision).toBe("accept");
    expect(Object.keys(identity.breakdown ?? {}).sort()).toEqual([
      "address",
      "email",
      "fraud",
      "phone",
      "synthetic",
    ]);
    for (const part of Object.values(identity.breakdown ?? {})) {
      expect(part?.decision).toBe("accept");
      expect(part?.risk_score).toBeGreaterThanOrEqual(0.005);
      expect(part?.risk_score).toBeLessThanOrEqual(0.15);
      expect(part?.correlation).toBe("high_confidence");
    }
    expect(identity.kyc?.decision).toBe("accept");
    expect(identity.kyc?.validations).toMatchObject({
      first_name: true,
      last_name: true,
      dob: true,
      ssn: true,
    });
    expect(identity.network_alerts).toEqual({ decision: "accept", codes: ["I1001"], alerts: [] });
    expect(identity.watch_list).toEqual({ decision: "accept", codes: ["I420"], matched: [], matches: [] });
    expect(identity.reputation?.insights?.accounts_count).toBe(2);
    expect(identity.messages?.I1001).toBe("Identity not found within Consortium Institutions");
  });

  it("verifies a clean business: business modules + email/phone, no kyc", async () => {
    const { status, identity } = await createAndReview(businessInput("clean.business@example.com"));
    expect(status).toBe("verified");
    expect(Object.keys(identity.breakdown ?? {}).sort()).toEqual([
      "business_evaluation",
      "business_identification",
      "business_validation",
      "email",
      "phone",
    ]);
    expect(identity.kyc).toBeUndefined();
    expect(identity.breakdown?.business_identification?.codes).toEqual(["BI101"]);
    expect(identity.breakdown?.business_validation?.codes).toEqual(["BV202", "BV301"]);
  });

  it("+review in the email: fraud and synthetic high risk, status review", async () => {
    const { status, identity } = await createAndReview(individualInput("risky+review@example.com"));
    expect(status).toBe("review");
    expect(identity.decision).toBe("review");
    expect(identity.breakdown?.fraud).toMatchObject({
      decision: "review",
      risk_score: 0.912,
      codes: ["R186"],
    });
    expect(identity.breakdown?.synthetic).toMatchObject({ decision: "review", risk_score: 0.934 });
    expect(identity.breakdown?.synthetic?.risk_score).toBeGreaterThanOrEqual(0.9);
  });

  it("+reject in the email rejects an individual and a business", async () => {
    const person = await createAndReview(individualInput("bad+reject@example.com"));
    expect(person.status).toBe("rejected");
    expect(person.identity.breakdown?.fraud?.decision).toBe("reject");
    const business = await createAndReview(businessInput("bad.biz+reject@example.com"));
    expect(business.status).toBe("rejected");
    expect(business.identity.breakdown?.business_evaluation).toMatchObject({
      decision: "reject",
      risk_score: 0.955,
    });
  });

  it("+review on a business: business_evaluation high risk", async () => {
    const { status, identity } = await createAndReview(businessInput("biz+review@example.com"));
    expect(status).toBe("review");
    expect(identity.breakdown?.business_evaluation).toMatchObject({ decision: "review", risk_score: 0.902 });
  });

  it('a name with "Watchlist" gives three matches in review; "Sanction" a confirmed hit, rejected', async () => {
    const review = await createAndReview({ ...individualInput("wl@example.com"), name: "Ivan Watchlist" });
    expect(review.status).toBe("review");
    expect(review.identity.watch_list?.decision).toBe("review");
    expect(review.identity.watch_list?.matches).toHaveLength(3);
    expect(review.identity.watch_list?.matched).toEqual(
      review.identity.watch_list?.matches?.map((m) => m.list_name),
    );
    const rejected = await createAndReview({
      ...businessInput("sanctioned@example.com"),
      name: "Sanctioned Shipping LLC",
    });
    expect(rejected.status).toBe("rejected");
    expect(rejected.identity.watch_list?.matches?.[0]?.correlation).toBe("high_confidence");
    expect(rejected.identity.watch_list?.matches?.[0]?.match_fields).toContain("legal_business_name");
  });

  it("+alert raises network alerts; +reputation a heavy reputation", async () => {
    const alert = await createAndReview(individualInput("al+alert@example.com"));
    expect(alert.status).toBe("review");
    expect(alert.identity.network_alerts?.decision).toBe("review");
    expect(alert.identity.network_alerts?.alerts?.length).toBe(2);
    const reputation = await createAndReview(individualInput("rep+reputation@example.com"));
    expect(reputation.status).toBe("review");
    expect(reputation.identity.reputation).toMatchObject({ decision: "review", risk_score: 0.884 });
    expect(Object.keys(reputation.identity.reputation?.insights ?? {})).toHaveLength(33);
  });

  it("invalid SSN area and a 1 January birthday fail kyc (R201, R901, R1001)", async () => {
    const { status, identity } = await createAndReview({
      ...individualInput("kyc@example.com"),
      compliance_profile: { dob: "1980-01-01", ssn: "666-12-3456" },
    });
    expect(status).toBe("review");
    expect(identity.kyc?.validations).toMatchObject({ ssn: false, dob: false });
    expect(identity.kyc?.codes).toEqual(expect.arrayContaining(["R201", "R901", "R1001"]));
    expect(identity.breakdown?.synthetic).toMatchObject({ decision: "review", risk_score: 0.905 });
    expect(identity.messages?.R201).toBe("The input SSN is invalid");
    expect(identity.messages?.R901).toBe("SSN/ITIN cannot be resolved");
  });

  it("disposable email, phone ending 0000, PO Box and ZIP 00000 each send to review", async () => {
    const email = await createAndReview(individualInput("someone@mailinator.com"));
    expect(email.status).toBe("review");
    expect(email.identity.breakdown?.email?.codes).toEqual(["R521", "R522"]);
    const phone = await createAndReview({ ...individualInput("phone@example.com"), phone: "+12125550000" });
    expect(phone.identity.breakdown?.phone?.decision).toBe("review");
    const poBox = await createAndReview({
      ...individualInput("pobox@example.com"),
      address: { address1: "P.O. Box 12", city: "Pawnee", state: "IN", zip: "47998" },
    });
    expect(poBox.identity.breakdown?.address?.codes).toEqual(["R703"]);
    const inactive = await createAndReview({
      ...individualInput("zip@example.com"),
      address: { address1: "1 Gone Rd", city: "Pawnee", state: "IN", zip: "00000" },
    });
    expect(inactive.identity.breakdown?.address?.codes).toEqual(["R701"]);
    expect(inactive.status).toBe("review");
  });

  it("EIN starting with 00 sends a business to review; informational codes change nothing", async () => {
    const ein = await createAndReview({
      ...businessInput("ein@example.com"),
      compliance_profile: { ein: "00-1234567", legal_business_name: "Other Name Corp" },
    });
    expect(ein.status).toBe("review");
    expect(ein.identity.breakdown?.business_identification?.codes).toEqual(["BR101"]);
    const informational = await createAndReview({
      ...individualInput("offline@example.com"),
      device: { ip_address: "0.0.0.0" },
      compliance_profile: undefined,
      phone: "+13175551234",
    });
    expect(informational.status).toBe("verified");
    expect(informational.identity.breakdown?.fraud?.codes).toContain("I811");
    expect(informational.identity.breakdown?.phone?.codes).toContain("I601");
    expect(informational.identity.kyc?.codes).toContain("I905");
    expect(informational.identity.kyc?.validations?.ssn).toBeUndefined();
  });

  it("gives every code used a message", async () => {
    const { identity } = await createAndReview({
      ...individualInput("all+review@mailinator.com"),
      name: "Watchlist Person",
      phone: "+12125550000",
      compliance_profile: { dob: "1980-01-01", ssn: "900-12-3456" },
    });
    const codes = codesOf(identity);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(identity.messages?.[code], code).toBe(reasonCodeMessages[code]);
  });

  it("is deterministic: the same input gives the same review in another sandbox", () => {
    const input = { ...individualInput("same@example.com"), type: "individual" as const };
    expect(screenCustomer(input)).toEqual(screenCustomer(input));
    const other = screenCustomer({ ...input, email: "other@example.com" });
    expect(other.identity.breakdown?.fraud?.risk_score).not.toBe(
      screenCustomer(input).identity.breakdown?.fraud?.risk_score,
    );
  });
});

describe("processing_method", () => {
  it("background: pending without identity_details until backgroundDelayMs has passed", async () => {
    const clock = manualClock();
    const { config } = setup({ now: clock.now, backgroundDelayMs: 2000 });
    const created = await createCustomer(config, {
      ...individualInput("later+review@example.com"),
      config: { processing_method: "background" },
    });
    expect(created.data.status).toBe("pending");
    const early = await getCustomerReview(config, created.data.id);
    expect(early.data.identity_details).toBeUndefined();
    clock.advance(1999);
    expect((await getCustomer(config, created.data.id)).data.status).toBe("pending");
    clock.advance(1);
    const settled = await getCustomerReview(config, created.data.id);
    expect(settled.data.customer_details.status).toBe("review");
    expect(settled.data.identity_details?.decision).toBe("review");
    expect(settled.data.identity_details?.updated_at).toBe("2026-07-07T06:21:46");
    expect(settled.data.customer_details.updated_at).toBe("2026-07-07T06:21:46");
  });

  it("background settles on a list read too, with the default delay of 1500 ms", async () => {
    const clock = manualClock();
    const { config } = setup({ now: clock.now });
    const created = await createCustomer(config, {
      ...individualInput("bg.list@example.com"),
      config: { processing_method: "background" },
    });
    clock.advance(1499);
    const before = await listCustomers(config, { email: "bg.list@example.com" });
    expect(before.data[0]?.status).toBe("pending");
    clock.advance(1);
    const after = await listCustomers(config, { email: "bg.list@example.com" });
    expect(after.data[0]).toMatchObject({ id: created.data.id, status: "verified" });
  });

  it("skip: no screening, stays pending", async () => {
    const clock = manualClock();
    const { config } = setup({ now: clock.now });
    const created = await createCustomer(config, {
      ...individualInput("skip@example.com"),
      config: { processing_method: "skip" },
    });
    clock.advance(60_000);
    const review = await getCustomerReview(config, created.data.id);
    expect(review.data.customer_details.status).toBe("pending");
    expect(review.data.identity_details).toBeUndefined();
  });

  it("inline settles at once, also in a sandbox without seed", async () => {
    const sandbox = createSandbox({ seed: false });
    const created = await createCustomer({ fetcher: sandbox.fetcher }, individualInput("inline@example.com"));
    expect(created.data.status).toBe("verified");
    expect(sandbox.store.get(created.data.id)?.identity_details?.decision).toBe("accept");
  });
});
