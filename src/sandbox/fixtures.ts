import type { CustomerReview, CustomerReviewResponse } from "../api/index.js";
import { renderReview } from "./render.js";
import { maximalRecord } from "./seedMaximal.js";
import type { SandboxCustomerRecord } from "./types.js";

export { type SandboxIdName, sandboxIds } from "./sandboxIds.js";
export { watchlistUrlCases } from "./seedWatchlist.js";

const codes = ["<string>"];
const module = { decision: "accept", codes, risk_score: 123, correlation_score: 123 };

/** The review response of the docs site (API.md §8.1), verbatim. Seeded as `sandboxIds.apiExample`. */
export const apiExampleReviewResponse: CustomerReviewResponse = {
  meta: {
    api_request_id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    api_request_timestamp: "2023-11-07T05:31:56Z",
  },
  response_type: "object",
  data: {
    customer_details: {
      id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      name: "Ron Swanson",
      type: "individual",
      email: "ron.swanson@pawnee.com",
      phone: "+12128675309",
      external_id: "<string>",
      status: "verified",
      created_at: "2023-11-07T05:31:56Z",
      updated_at: "2023-11-07T05:31:56Z",
      address: { address1: "123 Main St", address2: "Apt 1", city: "Anytown", state: "CA", zip: "12345" },
      compliance_profile: { dob: "****-**-**", ssn: "***-**-****" },
      device: { ip_address: "192.168.1.1" },
      metadata: {},
    },
    identity_details: {
      review_id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      decision: "accept",
      messages: {},
      breakdown: {
        address: { ...module },
        email: { ...module },
        fraud: { ...module },
        phone: { ...module },
        synthetic: { ...module },
        business_identification: { ...module },
        business_validation: { ...module },
        business_evaluation: { ...module },
      },
      network_alerts: { decision: "accept", codes, alerts: ["<string>"] },
      watch_list: {
        decision: "accept",
        codes,
        matched: ["<string>"],
        matches: [
          {
            list_name: "<string>",
            urls: ["<string>"],
            match_fields: ["<string>"],
            correlation: "low_confidence",
          },
        ],
      },
      kyc: {
        decision: "accept",
        codes,
        validations: {
          first_name: true,
          last_name: true,
          address: true,
          city: true,
          state: true,
          zip: true,
          phone: true,
          dob: true,
          ssn: true,
          email: true,
        },
      },
      created_at: "2023-11-07T05:31:56Z",
      updated_at: "2023-11-07T05:31:56Z",
    },
  },
};

/** The docs example as a store record; the clear dob/ssn are the Ruby docs' unmasked example. */
export function apiExampleRecord(): SandboxCustomerRecord {
  const { customer_details, identity_details } = JSON.parse(
    JSON.stringify(apiExampleReviewResponse.data),
  ) as CustomerReview;
  return {
    ...customer_details,
    compliance_profile: { dob: "1969-04-20", ssn: "123-45-6789" },
    identity_details,
  };
}

/**
 * A `CustomerReviewV1.data` with every optional part present: all eight breakdown modules
 * with every field, kyc with all ten validations, network alerts, all 33 reputation
 * insights, 12 watchlist matches, ~45 messages; the customer with address2, config, device,
 * external_id and 20 metadata pairs. Exactly what review.get answers for `sandboxIds.maximal`.
 */
export const maximalReview: CustomerReview = /* @__PURE__ */ renderReview(maximalRecord(), "get");
