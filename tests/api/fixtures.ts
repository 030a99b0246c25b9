// Examples copied verbatim from the API reference (API.md §8, "Examples"): the docs-site
// review, the Ruby CustomerV1, unmasked and list examples, and the fragments of the Ruby
// review example. Tests must not read the reference at run time, so the data lives here.

/** §8.1 Review response — `GET /v1/customers/{id}/review` (docs-site page). */
export const reviewExample = {
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
      address: {
        address1: "123 Main St",
        address2: "Apt 1",
        city: "Anytown",
        state: "CA",
        zip: "12345",
      },
      compliance_profile: { dob: "****-**-**", ssn: "***-**-****" },
      device: { ip_address: "192.168.1.1" },
      metadata: {},
    },
    identity_details: {
      review_id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
      decision: "accept",
      messages: {},
      breakdown: {
        address: { decision: "accept", codes: ["<string>"], risk_score: 123, correlation_score: 123 },
        email: { decision: "accept", codes: ["<string>"], risk_score: 123, correlation_score: 123 },
        fraud: { decision: "accept", codes: ["<string>"], risk_score: 123, correlation_score: 123 },
        phone: { decision: "accept", codes: ["<string>"], risk_score: 123, correlation_score: 123 },
        synthetic: { decision: "accept", codes: ["<string>"], risk_score: 123, correlation_score: 123 },
        business_identification: {
          decision: "accept",
          codes: ["<string>"],
          risk_score: 123,
          correlation_score: 123,
        },
        business_validation: {
          decision: "accept",
          codes: ["<string>"],
          risk_score: 123,
          correlation_score: 123,
        },
        business_evaluation: {
          decision: "accept",
          codes: ["<string>"],
          risk_score: 123,
          correlation_score: 123,
        },
      },
      network_alerts: { decision: "accept", codes: ["<string>"], alerts: ["<string>"] },
      watch_list: {
        decision: "accept",
        codes: ["<string>"],
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
        codes: ["<string>"],
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

/** §8.2 `CustomerV1` — Ruby docs (identical for get, update, delete, create, decision, refresh_review). */
export const customerExample = {
  data: {
    id: "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    created_at: "2019-12-27T18:11:19.117Z",
    email: "ron.swanson@pawnee.com",
    name: "Ron Swanson",
    phone: "+12128675309",
    status: "pending",
    type: "individual",
    updated_at: "2019-12-27T18:11:19.117Z",
    address: {
      address1: "123 Main St",
      city: "Anytown",
      state: "CA",
      zip: "12345",
      address2: "Apt 1",
    },
    compliance_profile: { dob: "2019-12-27", ssn: "***-**-****" },
    config: { processing_method: "inline", sandbox_outcome: "standard" },
    device: { ip_address: "192.168.1.1" },
    external_id: "external_id",
    metadata: { foo: "string" },
  },
  meta: {
    api_request_id: "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    api_request_timestamp: "2019-12-27T18:11:19.117Z",
  },
  response_type: "object",
};

/** §8.2: "The Ruby `unmasked` example is the same document except" its compliance profile. */
export const unmaskedExample = {
  ...customerExample,
  data: { ...customerExample.data, compliance_profile: { dob: "1969-04-20", ssn: "123-45-6789" } },
};

/** §8.3 List response — Ruby docs. */
export const listExample = {
  data: [
    {
      id: "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
      created_at: "2019-12-27T18:11:19.117Z",
      email: "dev@stainless.com",
      name: "name",
      phone: "+46991022",
      status: "pending",
      type: "individual",
      updated_at: "2019-12-27T18:11:19.117Z",
      external_id: "external_id",
    },
  ],
  meta: {
    api_request_id: "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    api_request_timestamp: "2019-12-27T18:11:19.117Z",
    max_page_size: 0,
    page_number: 0,
    page_size: 0,
    sort_by: "sort_by",
    sort_order: "asc",
    total_items: 0,
    total_pages: 0,
  },
  response_type: "object",
};

/** §8.4 Fragments of the Ruby review example (adds `reputation`, which §8.1 lacks). */
export const rubyReviewFragments = {
  breakdown: {
    address: {
      codes: ["string"],
      correlation: "low_confidence",
      correlation_score: 0,
      decision: "accept",
      risk_score: 0,
    },
  },
  kyc: {
    validations: {
      address: true,
      city: true,
      dob: true,
      email: true,
      first_name: true,
      last_name: true,
      phone: true,
      ssn: true,
      state: true,
      zip: true,
    },
    codes: ["string"],
    decision: "accept",
  },
  reputation: {
    codes: ["string"],
    decision: "accept",
    insights: {
      accounts_active_count: 0,
      accounts_closed_count: 0,
      accounts_closed_dates: ["2019-12-27"],
      accounts_count: 0,
      accounts_fraud_count: 0,
      accounts_fraud_labeled_dates: ["2019-12-27"],
      accounts_fraud_loss_total_amount: 0,
      ach_fraud_transactions_count: 0,
      ach_fraud_transactions_dates: ["2019-12-27"],
      ach_fraud_transactions_total_amount: 0,
      ach_returned_transactions_count: 0,
      ach_returned_transactions_dates: ["2019-12-27"],
      ach_returned_transactions_total_amount: 0,
      applications_approved_count: 0,
      applications_count: 0,
      applications_dates: ["2019-12-27"],
      applications_declined_count: 0,
      applications_fraud_count: 0,
      card_disputed_transactions_count: 0,
      card_disputed_transactions_dates: ["2019-12-27"],
      card_disputed_transactions_total_amount: 0,
      card_fraud_transactions_count: 0,
      card_fraud_transactions_dates: ["2019-12-27"],
      card_fraud_transactions_total_amount: 0,
      card_stopped_transactions_count: 0,
      card_stopped_transactions_dates: ["2019-12-27"],
      user_active_profile_count: 0,
      user_address_count: 0,
      user_closed_profile_count: 0,
      user_dob_count: 0,
      user_email_count: 0,
      user_institution_count: 0,
      user_mobile_count: 0,
    },
    risk_score: 0,
  },
  watch_list: {
    codes: ["string"],
    decision: "accept",
    matched: ["string"],
    matches: [
      {
        correlation: "low_confidence",
        list_name: "list_name",
        match_fields: ["string"],
        urls: ["string"],
      },
    ],
  },
};

const rubyModule = rubyReviewFragments.breakdown.address;

/**
 * §8.4 assembled as the text describes it: `customer_details` equals §8.2's `data`, every
 * breakdown module has the shape of `address`, `messages` is `{"foo": "string"}`, and so on.
 * The review id reuses the example UUID, as the docs' examples do everywhere.
 */
export const rubyReviewExample = {
  data: {
    customer_details: customerExample.data,
    identity_details: {
      review_id: "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
      decision: "accept",
      created_at: "2019-12-27T18:11:19.117Z",
      updated_at: "2019-12-27T18:11:19.117Z",
      messages: { foo: "string" },
      network_alerts: { alerts: ["string"], codes: ["string"], decision: "accept" },
      breakdown: {
        address: rubyModule,
        email: rubyModule,
        fraud: rubyModule,
        phone: rubyModule,
        synthetic: rubyModule,
        business_identification: rubyModule,
        business_validation: rubyModule,
        business_evaluation: rubyModule,
      },
      kyc: rubyReviewFragments.kyc,
      reputation: rubyReviewFragments.reputation,
      watch_list: rubyReviewFragments.watch_list,
    },
  },
  meta: customerExample.meta,
  response_type: "object",
};

/** The error envelope of API-NOTES.md ("Errors"): the error sits under `error`, not `data`. */
export function errorEnvelope(error: {
  status: number;
  type: string;
  title: string;
  detail: string;
  items?: { reference: string; detail: string }[];
}) {
  return {
    error,
    meta: {
      api_request_id: "5f1d7a2e-3b4c-4d5e-8f90-a1b2c3d4e5f6",
      api_request_timestamp: "2026-07-07T06:21:44",
    },
    response_type: "error",
  };
}

/** A deep copy to change in one test without touching the shared examples. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
