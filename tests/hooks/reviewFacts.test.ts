import { describe, expect, test } from "vitest";
import type { IdentityDetails } from "../../src/api/schemas/review";
import {
  orderModules,
  orderSections,
  otherMessages,
  reviewFacts,
  watchlistMatchCount,
} from "../../src/hooks/reviewFacts";
import { apiExampleReviewResponse } from "../../src/sandbox";

function details(identity: Partial<IdentityDetails>): IdentityDetails {
  return {
    review_id: "5d1b6a4e-1f0c-4d5e-9a3b-7c2e8f9d0a1b",
    decision: "review",
    created_at: "2026-03-01T10:00:00Z",
    updated_at: "2026-03-01T10:05:00Z",
    breakdown: {},
    ...identity,
  };
}

const accept = { decision: "accept" as const, codes: [] };

describe("watchlistMatchCount", () => {
  test("counts the matches, else the lists matched, else none", () => {
    expect(watchlistMatchCount({ decision: "review", matches: [{}, {}], matched: ["A", "B", "C"] })).toBe(2);
    expect(watchlistMatchCount({ decision: "review", matched: ["A", "B", "C"] })).toBe(3);
    expect(watchlistMatchCount({ decision: "accept" })).toBe(0);
    expect(watchlistMatchCount(null)).toBe(0);
  });

  test("is the count reviewFacts reports", () => {
    const review = {
      ...apiExampleReviewResponse.data,
      identity_details: details({ watch_list: { decision: "review", matched: ["OFAC", "PEP"] } }),
    };
    expect(reviewFacts(review).watchListMatchCount).toBe(2);
  });
});

describe("orderSections", () => {
  test("with nothing flagged: reading order, and only the blocks the review has", () => {
    const d = details({ kyc: accept, reputation: accept });
    expect(orderSections(d, [])).toEqual(["modules", "kyc", "reputation"]);
    expect(orderSections(null, [])).toEqual(["modules"]);
  });

  test("rejections first, then reviews, then unknown decisions; equal ones keep reading order", () => {
    const d = details({
      kyc: { decision: "review" },
      network_alerts: { decision: "escalate" },
      watch_list: { decision: "reject" },
      reputation: { decision: "review" },
    });
    expect(orderSections(d, [])).toEqual(["watchlist", "kyc", "reputation", "modules", "networkAlerts"]);
  });

  test("the modules rank as their most urgent module", () => {
    const d = details({
      breakdown: { email: { decision: "accept" }, fraud: { decision: "reject" } },
      kyc: { decision: "reject" },
      watch_list: { decision: "review" },
    });
    const modules = orderModules(d.breakdown, "individual");
    expect(orderSections(d, modules)).toEqual(["modules", "kyc", "watchlist"]);
    const calm = orderModules({ email: { decision: "accept" } }, "individual");
    expect(orderSections(d, calm)).toEqual(["kyc", "watchlist", "modules"]);
  });
});

describe("otherMessages", () => {
  test("keeps the messages whose code no module or block reports", () => {
    const d = details({
      breakdown: { email: { decision: "review", codes: ["R1"] } },
      kyc: { decision: "accept", codes: ["K1"] },
      network_alerts: { decision: "accept", codes: ["N1"] },
      watch_list: { decision: "accept", codes: ["W1"] },
      reputation: { decision: "accept", codes: ["P1"] },
      messages: {
        R1: "email",
        K1: "kyc",
        N1: "alerts",
        W1: "watch",
        P1: "rep",
        X9: "left over",
        Z1: "another",
      },
    });
    expect(otherMessages(d)).toEqual([
      ["X9", "left over"],
      ["Z1", "another"],
    ]);
  });

  test("nothing without details or messages", () => {
    expect(otherMessages(undefined)).toEqual([]);
    expect(otherMessages(details({}))).toEqual([]);
  });

  test("a message key like __proto__ is data, not the prototype", () => {
    const messages = JSON.parse('{"__proto__": "odd", "constructor": "also odd"}') as Record<string, string>;
    expect(
      otherMessages(details({ messages }))
        .map(([code]) => code)
        .sort(),
    ).toEqual(["__proto__", "constructor"]);
  });
});
