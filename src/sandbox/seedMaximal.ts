import type { BreakdownModule, IdentityDetails } from "../api/index.js";
import { reasonCodeMessages } from "./reasonCodes.js";
import { sandboxIds } from "./sandboxIds.js";
import { heavyReputationInsights } from "./screeningLists.js";
import { generatedMatches } from "./seedWatchlist.js";
import type { SandboxCustomerRecord } from "./types.js";

const module = (
  decision: string,
  codes: string[],
  risk_score: number,
  correlation: string,
  correlation_score: number,
): BreakdownModule => ({ decision, codes, risk_score, correlation, correlation_score });

/** A review with every optional part present and many codes (for benchmarks and layout limits). */
export function maximalIdentity(): IdentityDetails {
  return {
    review_id: "0b0e8f5c-6a43-4d3e-9a61-2f9d7c1e4b58",
    decision: "review",
    messages: { ...reasonCodeMessages },
    breakdown: {
      fraud: module("review", ["R186", "I121", "I811"], 0.912, "potential_match", 0.433),
      synthetic: module("review", ["R210", "R211", "R201", "R901"], 0.934, "low_confidence", 0.188),
      email: module("review", ["R521", "R522", "I520"], 0.874, "low_confidence", 0.312),
      phone: module("review", ["R620", "R621", "I601"], 0.812, "low_confidence", 0.284),
      address: module("review", ["R701", "R703", "I702"], 0.802, "potential_match", 0.47),
      business_identification: module("review", ["BR101", "BI102", "BI104"], 0.71, "potential_match", 0.356),
      business_validation: module(
        "accept",
        ["BV201", "BV202", "BV301", "BV302"],
        0.044,
        "high_confidence",
        0.962,
      ),
      business_evaluation: module("reject", ["BR210", "BR102"], 0.955, "low_confidence", 0.241),
    },
    network_alerts: {
      decision: "review",
      codes: ["R940", "I1001"],
      alerts: [
        "Reported by a consortium institution for first-party fraud",
        "Linked to accounts closed for cause at 2 institutions",
        "Device seen on 14 applications in 24 hours",
        "Email address reported in a credential-stuffing list",
      ],
    },
    watch_list: {
      decision: "review",
      codes: ["R930", "R931", "R932"],
      matched: generatedMatches(12).map((match) => match.list_name ?? ""),
      matches: generatedMatches(12),
    },
    kyc: {
      decision: "review",
      codes: ["I301", "I302", "I303", "R1001", "R201", "R901"],
      validations: {
        first_name: true,
        last_name: true,
        address: false,
        city: true,
        state: true,
        zip: false,
        phone: false,
        dob: false,
        ssn: false,
        email: true,
      },
    },
    reputation: {
      decision: "review",
      codes: ["R950", "R951", "R952", "I430"],
      risk_score: 0.884,
      insights: heavyReputationInsights(),
    },
    created_at: "2026-02-02T15:04:05.1234567Z",
    updated_at: "2026-02-02T15:04:09.7654321Z",
  };
}

/** The seed customer behind `maximalReview`: every optional customer field present. */
export function maximalRecord(): SandboxCustomerRecord {
  return {
    id: sandboxIds.maximal,
    created_at: "2026-02-02T15:04:01.5550001Z",
    email: "donna.meagle@treat-yo-self.example.com",
    name: "Donna Meagle",
    phone: "+13175551234",
    status: "review",
    type: "individual",
    updated_at: "2026-02-02T15:04:09.7654321Z",
    address: {
      address1: "2 Treat Yo Self Blvd",
      address2: "Unit 2011",
      city: "Pawnee",
      state: "IN",
      zip: "47998-2011",
    },
    compliance_profile: { dob: "1979-10-13", ssn: "461-90-2011" },
    config: { processing_method: "inline", sandbox_outcome: "standard" },
    device: { ip_address: "203.0.113.211" },
    external_id: "crm_20110101",
    metadata: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key_${i + 1}`, `value ${i + 1}`])),
    identity_details: maximalIdentity(),
  };
}
