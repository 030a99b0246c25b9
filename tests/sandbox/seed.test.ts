import { describe, expect, it } from "vitest";
import {
  createCustomer,
  customerStatuses,
  customerTypes,
  deleteCustomer,
  getCustomer,
  getCustomerReview,
  getCustomerUnmasked,
  listCustomers,
  parseTimestamp,
} from "../../src/api";
import {
  apiExampleReviewResponse,
  createSandbox,
  maximalReview,
  type SandboxCustomerRecord,
  sandboxIds,
  watchlistUrlCases,
} from "../../src/sandbox";
import { individualInput, setup } from "./helpers";

const reviewOf = (sandbox: ReturnType<typeof createSandbox>, id: string) =>
  sandbox.store.get(id)?.identity_details;

describe("seed", () => {
  it("holds at least 60 customers, every status of both types", () => {
    const { sandbox } = setup();
    const records = sandbox.store.list();
    expect(records.length).toBeGreaterThanOrEqual(60);
    for (const type of customerTypes) {
      for (const status of customerStatuses) {
        expect(
          records.some((r) => r.type === type && r.status === status),
          `${type} ${status}`,
        ).toBe(true);
      }
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.email.toLowerCase())).size).toBe(records.length);
  });

  it("is deterministic across sandboxes, with fixed 2026 timestamps", () => {
    const a = createSandbox().store.list();
    const b = createSandbox().store.list();
    expect(b).toEqual(a);
    for (const record of a) {
      if (record.id === sandboxIds.apiExample) continue;
      expect(record.created_at.startsWith("2026-"), record.name).toBe(true);
      expect(parseTimestamp(record.created_at).getTime()).toBeLessThanOrEqual(
        parseTimestamp(record.updated_at).getTime(),
      );
    }
  });

  it("holds every id of sandboxIds", () => {
    const { sandbox } = setup();
    for (const [key, id] of Object.entries(sandboxIds)) expect(sandbox.store.has(id), key).toBe(true);
  });

  it("parses through the library: every customer, its review and its unmasked record", async () => {
    const { sandbox, config } = setup();
    const page = await listCustomers(config, { page_size: 1000 });
    expect(page.data).toHaveLength(sandbox.store.size);
    for (const { id } of page.data) {
      const review = await getCustomerReview(config, id);
      expect(review.data.customer_details.id).toBe(id);
      expect((await getCustomer(config, id)).data.id).toBe(id);
      expect((await getCustomerUnmasked(config, id)).data.id).toBe(id);
    }
  });

  it("has the named scenarios stories rely on", () => {
    const { sandbox } = setup();
    const get = (id: string): SandboxCustomerRecord => {
      const record = sandbox.store.get(id);
      if (!record) throw new Error(`missing ${id}`);
      return record;
    };
    expect(get(sandboxIds.verifiedIndividual)).toMatchObject({ type: "individual", status: "verified" });
    expect(get(sandboxIds.verifiedBusiness)).toMatchObject({ type: "business", status: "verified" });
    const risky = get(sandboxIds.reviewIndividualHighRisk);
    expect(risky).toMatchObject({ type: "individual", status: "review" });
    expect(risky.identity_details?.breakdown?.fraud?.risk_score).toBeGreaterThanOrEqual(0.9);
    expect(risky.identity_details?.breakdown?.synthetic?.risk_score).toBeGreaterThanOrEqual(0.9);
    expect(get(sandboxIds.rejectedBusiness)).toMatchObject({ type: "business", status: "rejected" });
    expect(get(sandboxIds.rejectedIndividual)).toMatchObject({ type: "individual", status: "rejected" });
    expect(get(sandboxIds.inactiveIndividual)).toMatchObject({ type: "individual", status: "inactive" });
    expect(get(sandboxIds.inactiveBusiness)).toMatchObject({ type: "business", status: "inactive" });

    const businessWatchlist = get(sandboxIds.businessWatchlist);
    expect(businessWatchlist).toMatchObject({ type: "business", status: "review" });
    expect(businessWatchlist.identity_details?.watch_list?.matches?.length).toBeGreaterThanOrEqual(2);
    expect(get(sandboxIds.individualWatchlist).identity_details?.watch_list?.matches).toHaveLength(3);
    expect(
      reviewOf(sandbox, sandboxIds.manyWatchlistMatches)?.watch_list?.matches?.length,
    ).toBeGreaterThanOrEqual(25);

    const two = reviewOf(sandbox, sandboxIds.onlyTwoModules);
    expect(Object.keys(two?.breakdown ?? {})).toHaveLength(2);
    expect(two?.kyc).toBeUndefined();
    expect(get(sandboxIds.pendingNoDetails)).toMatchObject({ status: "pending" });
    expect(reviewOf(sandbox, sandboxIds.pendingNoDetails)).toBeUndefined();
    expect(reviewOf(sandbox, sandboxIds.pendingBusinessNoDetails)).toBeUndefined();
    expect(get(sandboxIds.pendingWithReview).status).toBe("pending");
    expect(reviewOf(sandbox, sandboxIds.pendingWithReview)?.decision).toBe("accept");
    expect(get(sandboxIds.rejectedWithAcceptDecision).status).toBe("rejected");
    expect(reviewOf(sandbox, sandboxIds.rejectedWithAcceptDecision)?.decision).toBe("accept");
    expect(
      Object.keys(reviewOf(sandbox, sandboxIds.reputationHeavy)?.reputation?.insights ?? {}),
    ).toHaveLength(33);
    expect(reviewOf(sandbox, sandboxIds.networkAlerts)?.network_alerts?.alerts?.length).toBeGreaterThan(0);
    expect(get(sandboxIds.businessThreeRepresentatives).compliance_profile?.representatives).toHaveLength(3);
    expect(get(sandboxIds.businessTwoRepresentatives).compliance_profile?.representatives).toHaveLength(2);
    expect(reviewOf(sandbox, sandboxIds.kycMismatch)?.kyc?.validations).toMatchObject({
      ssn: false,
      dob: false,
    });
    expect(reviewOf(sandbox, sandboxIds.unexpectedValues)?.breakdown?.fraud).toMatchObject({
      risk_score: 123,
      correlation: "match",
    });
    expect(get(sandboxIds.nullFields)).toMatchObject({ external_id: null, metadata: null, device: null });
    expect(reviewOf(sandbox, sandboxIds.nullFields)?.messages).toBeNull();
    expect(get(sandboxIds.offlineRegistration).device?.ip_address).toBe("0.0.0.0");
    expect(get(sandboxIds.noComplianceProfile).compliance_profile).toBeUndefined();
    expect(get(sandboxIds.verifiedAfterReview).status).toBe("verified");
    expect(reviewOf(sandbox, sandboxIds.verifiedAfterReview)?.decision).toBe("review");
    expect(get(sandboxIds.rejectedAfterReview).status).toBe("rejected");
  });

  it("has long and non-Latin names", () => {
    const { sandbox } = setup();
    const name = (id: string) => sandbox.store.get(id)?.name ?? "";
    expect(name(sandboxIds.longUnicodeName)).toHaveLength(120);
    expect([...name(sandboxIds.longUnicodeName)]).toHaveLength(120);
    expect(name(sandboxIds.arabicName)).toMatch(/^[\u0600-\u06FF ]+$/);
    expect(name(sandboxIds.cjkName)).toMatch(/^[\u4E00-\u9FFF]+$/);
    expect(name(sandboxIds.cyrillicName)).toMatch(/^[\u0400-\u04FF ]+$/);
    expect(name(sandboxIds.emojiName)).toContain("🌸");
  });

  it("has strings that look like HTML or script, and hostile watchlist URLs next to good ones", () => {
    const { sandbox } = setup();
    const hostile = sandbox.store.get(sandboxIds.hostileStrings);
    expect(hostile?.name).toBe("<img src=x onerror=alert(1)>");
    expect(hostile?.external_id).toContain("<script>");
    const urls = (hostile?.identity_details?.watch_list?.matches ?? []).flatMap((m) => m.urls ?? []);
    expect(urls).toEqual(watchlistUrlCases.map((entry) => entry.url));
    expect(urls).toEqual(
      expect.arrayContaining([
        "javascript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "/relative/path/to/record",
        "ht!tp://not a url",
        "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=10101",
      ]),
    );
    expect(urls.some((url) => [...url].some((char) => char.charCodeAt(0) < 0x20))).toBe(true);
    for (const { url, safe } of watchlistUrlCases) {
      let linkable = false;
      try {
        const parsed = new URL(url);
        linkable =
          (parsed.protocol === "https:" || parsed.protocol === "http:") &&
          url === url.trim() &&
          parsed.host !== "";
      } catch {
        linkable = false;
      }
      expect(linkable && !url.startsWith("//"), url).toBe(safe);
    }
    const business = sandbox.store.get(sandboxIds.hostileBusiness);
    expect(business?.name).toContain("<script>");
    expect(business?.compliance_profile?.website).toBe("javascript:alert(document.domain)");
  });

  it("seeds the API.md §8.1 example unchanged, and exports it verbatim", async () => {
    const { config } = setup();
    expect(apiExampleReviewResponse.data.customer_details.id).toBe("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    expect(apiExampleReviewResponse.meta.api_request_timestamp).toBe("2023-11-07T05:31:56Z");
    expect(apiExampleReviewResponse.data.identity_details?.watch_list?.matches?.[0]).toEqual({
      list_name: "<string>",
      urls: ["<string>"],
      match_fields: ["<string>"],
      correlation: "low_confidence",
    });
    const review = await getCustomerReview(config, sandboxIds.apiExample);
    expect(review.data).toEqual(apiExampleReviewResponse.data);
    const unmasked = await getCustomerUnmasked(config, sandboxIds.apiExample);
    expect(unmasked.data.compliance_profile).toEqual({ dob: "1969-04-20", ssn: "123-45-6789" });
  });

  it("exports maximalReview with every optional part", () => {
    const identity = maximalReview.identity_details;
    expect(
      identity?.breakdown && Object.values(identity.breakdown).every((m) => m && Object.keys(m).length === 5),
    ).toBe(true);
    expect(identity?.watch_list?.matches?.length).toBeGreaterThanOrEqual(10);
    expect(identity?.network_alerts?.alerts?.length).toBeGreaterThan(2);
    expect(maximalReview.customer_details).toMatchObject({
      config: { processing_method: "inline", sandbox_outcome: "standard" },
      device: { ip_address: "203.0.113.211" },
      external_id: "crm_20110101",
    });
  });

  it("starts empty with seed: false, and adds `records` from the options", () => {
    const record = createSandbox().store.get(sandboxIds.verifiedIndividual);
    if (!record) throw new Error("missing seed");
    const sandbox = createSandbox({ seed: false, records: [{ ...record, name: "Only One" }] });
    expect(sandbox.store.list().map((r) => r.name)).toEqual(["Only One"]);
    sandbox.store.clear();
    sandbox.reset();
    expect(sandbox.store.size).toBe(1);
  });
});

describe("store", () => {
  it("inserts, reads copies, updates and removes records", async () => {
    const { sandbox, config } = setup({ seed: false });
    const record: SandboxCustomerRecord = {
      id: "11111111-2222-4333-8444-555555555555",
      created_at: "2026-03-01T10:00:00.0000000Z",
      updated_at: "2026-03-01T10:00:00.0000000Z",
      name: "Stored Person",
      email: "stored@example.com",
      phone: "+12125550111",
      status: "review",
      type: "individual",
      compliance_profile: { dob: "1990-01-02", ssn: "123-45-6789" },
    };
    sandbox.store.insert(record);
    expect(() => sandbox.store.insert(record)).toThrow(/already holds/);
    const copy = sandbox.store.get(record.id);
    if (copy) copy.name = "Mutated copy";
    expect(sandbox.store.get(record.id)?.name).toBe("Stored Person");
    const got = await getCustomer(config, record.id);
    expect(got.data).toMatchObject({ name: "Stored Person", created_at: "2026-03-01T10:00:00" });
    expect(got.data.compliance_profile).toEqual({ dob: "****-**-**", ssn: "***-**-****" });
    sandbox.store.update(record.id, { status: "verified" });
    expect((await getCustomer(config, record.id)).data.status).toBe("verified");
    expect(() => sandbox.store.update("nope", {})).toThrow(/no customer/);
    expect(sandbox.store.remove(record.id)?.name).toBe("Stored Person");
    expect(sandbox.store.size).toBe(0);
  });
});

describe("reset()", () => {
  it("restores the seed and clears the log, failures and idempotency keys", async () => {
    const { sandbox, config } = setup();
    const initial = sandbox.store.list();
    await createCustomer(config, individualInput("reset.me@example.com"));
    await deleteCustomer(config, sandboxIds.verifiedBusiness);
    sandbox.fail("customers.get", { status: 500, times: 3 });
    expect(sandbox.requests.length).toBe(2);
    sandbox.reset();
    expect(sandbox.requests).toHaveLength(0);
    expect(sandbox.store.list()).toEqual(initial);
    expect((await getCustomer(config, sandboxIds.verifiedBusiness)).data.id).toBe(
      sandboxIds.verifiedBusiness,
    );
    const again = await createCustomer(config, individualInput("reset.me@example.com"));
    expect(again.data.email).toBe("reset.me@example.com");
  });

  it("makes ids of new customers repeat after a reset (deterministic)", async () => {
    const { sandbox, config } = setup();
    const first = await createCustomer(config, individualInput("det@example.com"));
    sandbox.reset();
    const second = await createCustomer(config, individualInput("det@example.com"));
    expect(second.data.id).toBe(first.data.id);
  });
});
