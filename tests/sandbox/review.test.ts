import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createCustomer,
  decideCustomerReview,
  getCustomer,
  getCustomerReview,
  refreshCustomerReview,
} from "../../src/api";
import {
  apiExampleReviewResponse,
  MASKED_DOB,
  MASKED_SSN,
  maximalReview,
  sandboxIds,
} from "../../src/sandbox";
import { failureOf, GET_STAMP, individualInput, manualClock, POST_STAMP, raw, setup } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

describe("customers.review.get", () => {
  it("returns the masked customer and its identity details", async () => {
    const { config } = setup();
    const { data } = await getCustomerReview(config, sandboxIds.reviewIndividualHighRisk);
    expect(data.customer_details).toMatchObject({
      id: sandboxIds.reviewIndividualHighRisk,
      status: "review",
      compliance_profile: { dob: MASKED_DOB, ssn: MASKED_SSN },
    });
    expect(data.customer_details.created_at).toMatch(GET_STAMP);
    expect(data.identity_details?.created_at).toMatch(GET_STAMP);
    expect(data.identity_details?.breakdown?.fraud?.risk_score).toBe(0.912);
    expect(data.identity_details?.breakdown?.synthetic?.risk_score).toBe(0.934);
  });

  it("returns the API.md §8.1 example unchanged", async () => {
    const { config } = setup();
    const { data } = await getCustomerReview(config, sandboxIds.apiExample);
    expect(data).toEqual(apiExampleReviewResponse.data);
    expect(data.identity_details?.breakdown?.business_evaluation?.risk_score).toBe(123);
  });

  it("returns maximalReview for the maximal seed", async () => {
    const { config } = setup();
    const { data } = await getCustomerReview(config, sandboxIds.maximal);
    expect(data).toEqual(maximalReview);
    expect(Object.keys(maximalReview.identity_details?.breakdown ?? {})).toHaveLength(8);
    expect(Object.keys(maximalReview.identity_details?.reputation?.insights ?? {})).toHaveLength(33);
    expect(Object.keys(maximalReview.identity_details?.kyc?.validations ?? {})).toHaveLength(10);
    expect(Object.keys(maximalReview.identity_details?.messages ?? {}).length).toBeGreaterThanOrEqual(40);
    expect(maximalReview.customer_details.address?.address2).toBe("Unit 2011");
    expect(Object.keys(maximalReview.customer_details.metadata ?? {})).toHaveLength(20);
  });

  it("has no identity_details for a pending customer, and 404 for an unknown one", async () => {
    const { config } = setup();
    const { data } = await getCustomerReview(config, sandboxIds.pendingNoDetails);
    expect(data.customer_details.status).toBe("pending");
    expect(data.identity_details).toBeUndefined();
    expect((await failureOf(getCustomerReview(config, "unknown"))).status).toBe(404);
  });
});

describe("customers.review.decision", () => {
  it("verifies a customer in review and returns it; a second decision is a 422 naming the status", async () => {
    const { config } = setup();
    const { data } = await decideCustomerReview(config, sandboxIds.reviewIndividualHighRisk, {
      status: "verified",
    });
    expect(data.status).toBe("verified");
    expect(data.updated_at).toMatch(POST_STAMP);
    expect((await getCustomer(config, sandboxIds.reviewIndividualHighRisk)).data.status).toBe("verified");
    const again = await failureOf(
      decideCustomerReview(config, sandboxIds.reviewIndividualHighRisk, { status: "rejected" }),
    );
    expect(again.status).toBe(422);
    expect(again.type).toBe("/validation_error");
    expect(again.detail).toBe("Customers with status Verified cannot be changed.");
    expect(again.items).toEqual([]);
  });

  it("rejects a customer in review", async () => {
    const { config } = setup();
    const { data } = await decideCustomerReview(config, sandboxIds.businessWatchlist, { status: "rejected" });
    expect(data).toMatchObject({ id: sandboxIds.businessWatchlist, status: "rejected", type: "business" });
  });

  it("refuses every status but review, capitalised in the message", async () => {
    const { config } = setup();
    const cases = [
      [sandboxIds.pendingNoDetails, "Pending"],
      [sandboxIds.inactiveIndividual, "Inactive"],
      [sandboxIds.rejectedBusiness, "Rejected"],
      [sandboxIds.verifiedIndividual, "Verified"],
    ] as const;
    for (const [id, word] of cases) {
      const error = await failureOf(decideCustomerReview(config, id, { status: "verified" }));
      expect(error.detail).toBe(`Customers with status ${word} cannot be changed.`);
    }
  });

  it("answers an invalid decision body with 422 items", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, {
      method: "PATCH",
      path: `/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`,
      body: { status: "approved" },
    });
    expect(answer.status).toBe(422);
    expect(answer.body?.error?.items?.[0]?.reference).toBe("status");
    expect(sandbox.store.get(sandboxIds.reviewIndividualHighRisk)?.status).toBe("review");
  });
});

describe("customers.review.refresh_review", () => {
  it("answers 202 with the customer; a new review id appears after refreshDelayMs", async () => {
    const clock = manualClock();
    const { sandbox, config } = setup({ now: clock.now });
    const before = (await getCustomerReview(config, sandboxIds.reviewIndividualHighRisk)).data
      .identity_details;
    const refreshed = await refreshCustomerReview(config, sandboxIds.reviewIndividualHighRisk);
    expect(refreshed.data).toMatchObject({ id: sandboxIds.reviewIndividualHighRisk, status: "review" });
    expect(refreshed.data.updated_at).toBe(
      `${"2026-07-07T06:21:44.000"}${refreshed.data.updated_at.slice(23)}`,
    );

    clock.advance(299);
    const still = (await getCustomerReview(config, sandboxIds.reviewIndividualHighRisk)).data
      .identity_details;
    expect(still?.review_id).toBe(before?.review_id);
    clock.advance(1);
    const after = (await getCustomerReview(config, sandboxIds.reviewIndividualHighRisk)).data;
    expect(after.identity_details?.review_id).not.toBe(before?.review_id);
    expect(after.identity_details?.created_at).toBe("2026-07-07T06:21:44");
    expect(after.identity_details?.updated_at).toBe("2026-07-07T06:21:44");
    expect(after.identity_details?.breakdown).toEqual(before?.breakdown);
    expect(after.customer_details.status).toBe("review");

    const answer = await raw(sandbox, {
      method: "PUT",
      path: `/v1/customers/${sandboxIds.verifiedIndividual}/refresh_review`,
    });
    expect(answer.status).toBe(202);
    expect(answer.body?.data?.id).toBe(sandboxIds.verifiedIndividual);
  });

  it("screens a customer that had no review; its status follows the result (fake timers)", async () => {
    vi.useFakeTimers({ now: new Date("2026-08-01T12:00:00Z") });
    const { config } = setup({ refreshDelayMs: 1000 });
    await refreshCustomerReview(config, sandboxIds.pendingNoDetails);
    expect(
      (await getCustomerReview(config, sandboxIds.pendingNoDetails)).data.identity_details,
    ).toBeUndefined();
    vi.advanceTimersByTime(1000);
    const { data } = await getCustomerReview(config, sandboxIds.pendingNoDetails);
    expect(data.identity_details?.decision).toBe("accept");
    expect(data.customer_details.status).toBe("verified");
    expect(data.identity_details?.updated_at).toBe("2026-08-01T12:00:01");
  });

  it("works on a customer created in the sandbox, and 404s on an unknown one", async () => {
    const { config } = setup({ refreshDelayMs: 0 });
    const created = await createCustomer(config, individualInput("refresh+review@example.com"));
    const first = (await getCustomerReview(config, created.data.id)).data.identity_details?.review_id;
    await refreshCustomerReview(config, created.data.id);
    const second = (await getCustomerReview(config, created.data.id)).data.identity_details?.review_id;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await failureOf(refreshCustomerReview(config, "unknown-id"))).status).toBe(404);
  });
});
