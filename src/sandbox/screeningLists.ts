import type { ReputationInsights, WatchListMatch } from "../api/index.js";

/** The three matches a "Watchlist" name produces (a "Sanction" name turns the first into a confirmed hit). */
export function watchlistMatches(type: "individual" | "business", confirmed: boolean): WatchListMatch[] {
  const nameField = type === "individual" ? "name" : "legal_business_name";
  return [
    {
      list_name: "OFAC Specially Designated Nationals (SDN)",
      correlation: confirmed ? "high_confidence" : "likely_match",
      match_fields: type === "individual" ? [nameField, "dob"] : [nameField, "address"],
      urls: ["https://sanctionssearch.ofac.treas.gov/"],
    },
    {
      list_name: "Politically Exposed Persons (PEP)",
      correlation: "potential_match",
      match_fields: [nameField],
      urls: ["https://www.opensanctions.org/datasets/peps/"],
    },
    {
      list_name: "Interpol Red Notices",
      correlation: "low_confidence",
      match_fields: [nameField, "address"],
      urls: ["https://www.interpol.int/How-we-work/Notices/Red-Notices"],
    },
  ];
}

/** A modest, clean history: "some insights". */
export function cleanReputationInsights(individual: boolean): ReputationInsights {
  return {
    accounts_count: 2,
    accounts_active_count: 2,
    accounts_closed_count: 0,
    applications_count: 3,
    applications_approved_count: 3,
    applications_declined_count: 0,
    user_email_count: 1,
    user_mobile_count: 1,
    user_address_count: 1,
    ...(individual ? { user_dob_count: 1 } : {}),
  };
}

/** A long, troubled history (`+reputation` and the reputationHeavy seed). */
export function heavyReputationInsights(): ReputationInsights {
  return {
    accounts_active_count: 3,
    accounts_closed_count: 4,
    accounts_closed_dates: ["2025-02-14", "2025-06-30", "2025-11-03", "2026-01-19"],
    accounts_count: 7,
    accounts_fraud_count: 2,
    accounts_fraud_labeled_dates: ["2025-06-30", "2026-01-19"],
    accounts_fraud_loss_total_amount: 4821.37,
    ach_fraud_transactions_count: 3,
    ach_fraud_transactions_dates: ["2025-06-12", "2025-06-19", "2026-01-08"],
    ach_fraud_transactions_total_amount: 2950,
    ach_returned_transactions_count: 6,
    ach_returned_transactions_dates: [
      "2025-03-02",
      "2025-04-11",
      "2025-06-13",
      "2025-09-22",
      "2025-12-01",
      "2026-01-09",
    ],
    ach_returned_transactions_total_amount: 7310.5,
    applications_approved_count: 5,
    applications_count: 14,
    applications_dates: ["2025-01-04", "2025-02-10", "2025-05-21", "2025-06-01", "2025-10-17", "2026-01-02"],
    applications_declined_count: 8,
    applications_fraud_count: 1,
    card_disputed_transactions_count: 4,
    card_disputed_transactions_dates: ["2025-04-04", "2025-08-15", "2025-08-16", "2025-12-24"],
    card_disputed_transactions_total_amount: 612.9,
    card_fraud_transactions_count: 2,
    card_fraud_transactions_dates: ["2025-08-15", "2025-12-24"],
    card_fraud_transactions_total_amount: 389.99,
    card_stopped_transactions_count: 1,
    card_stopped_transactions_dates: ["2025-12-26"],
    user_active_profile_count: 3,
    user_address_count: 5,
    user_closed_profile_count: 2,
    user_dob_count: 2,
    user_email_count: 6,
    user_institution_count: 4,
    user_mobile_count: 3,
  };
}
