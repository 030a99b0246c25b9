const ids = {
  /** Individual, verified, clean standard review (all modules accept). */
  verifiedIndividual: "60147a65-2286-4488-8feb-516d79aeab45",
  /** Business, verified, website and one representative. */
  verifiedBusiness: "4dcf6777-536b-45ec-b859-5929d844020d",
  /** Individual in review: fraud 0.912 and synthetic 0.934 (high risk). */
  reviewIndividualHighRisk: "3f88a5aa-1cee-4a36-81d8-4c567e2961ed",
  /** Business in review: business_evaluation high risk. */
  reviewBusiness: "fdcf03b9-e0fe-4dc4-a9ee-830022463989",
  rejectedIndividual: "d7b72c37-d5d7-40d3-afef-085e33f57665",
  rejectedBusiness: "8198c1de-08ee-4550-9342-6a1b8bf4f1f3",
  /** Business in review with five watchlist matches. */
  businessWatchlist: "04473345-ebc0-408e-8081-45a972e8e46f",
  /** Individual in review with three watchlist matches. */
  individualWatchlist: "aafdc418-0cd2-418e-b58a-14a9cd62cf91",
  /** Individual in review with 27 watchlist matches. */
  manyWatchlistMatches: "c26ef70f-73f9-4c0c-a4a9-a8d07dd6b975",
  /** A review whose breakdown has only two modules (email, phone) and nothing else. */
  onlyTwoModules: "dc63af40-32a9-4b0a-844a-a86f38c21dce",
  /** Individual, pending, no identity_details. */
  pendingNoDetails: "708f8a3a-6b95-48f7-935e-d4d31c98fdd1",
  /** Business, pending, no identity_details. */
  pendingBusinessNoDetails: "d5fc9b40-7d10-41a0-88ec-f0d21ba11131",
  /** Status pending although a complete accept review exists (the Ruby docs example's quirk). */
  pendingWithReview: "6d13de4a-c81b-4b5e-af98-36d591522b50",
  /** Review driven by reputation: every insight, troubled history. */
  reputationHeavy: "05a6d8c3-2954-49c7-8061-52ea6d6143ac",
  /** Review driven by consortium network alerts. */
  networkAlerts: "d0325d5d-6044-45d3-9bca-0c0b952b4eef",
  /** HTML/script in name, external_id, metadata, address, codes, messages and watchlist (hostile URLs). */
  hostileStrings: "9aa9b7ab-7c67-4908-a2d4-ec732bf3c595",
  /** Business with script-like name, representatives and a `javascript:` website. */
  hostileBusiness: "46876f9d-dec0-424d-88bd-faec1dcf610d",
  /** A 120-character name mixing Latin, accents and other scripts. */
  longUnicodeName: "f2358939-d318-4c0c-966a-289549879150",
  arabicName: "225a213d-7958-4a14-8d1a-9a57d498e3a1",
  cjkName: "78abf5e3-c4eb-4abc-b566-cfc92b5bcd01",
  cyrillicName: "3ee25b15-22e2-430e-b603-281403fbabd1",
  /** Name with an emoji (astral characters) and combining accents. */
  emojiName: "1134bb63-8a19-44db-9e78-6127149dbd48",
  businessTwoRepresentatives: "b2563402-a026-48e1-b2e7-7dc70bbd6813",
  businessThreeRepresentatives: "48a28660-db78-4ed9-af53-9be226355bf0",
  inactiveIndividual: "58709ff2-9614-42da-b168-7a7e923bbafe",
  inactiveBusiness: "dacf4103-2fb5-42bd-8a53-af85d5d46e5f",
  /** Optional fields sent as `null` all over the customer and the review. */
  nullFields: "cba8cc5b-3a05-43dd-bcb0-3b68d31f79d0",
  /** Out-of-range and unknown values: risk 123, correlation "match", decision "escalate". */
  unexpectedValues: "4c2c6924-39be-4ff1-b860-dc7c09d64992",
  /** Status rejected by a forced sandbox outcome, identity decision a canned `accept`. */
  rejectedWithAcceptDecision: "d2805143-622e-4dfc-9add-c3d0ead4b47a",
  /** Invalid SSN (000-…) and a 1 January birthday: kyc ssn/dob false, R201/R901/R1001. */
  kycMismatch: "c56e02b3-3d7e-4597-bc94-764ea7614010",
  /** Business whose EIN does not match its legal name (BR101), in review. */
  businessEinMismatch: "6d589c9e-b29b-4d0e-b3e7-b96e8962b75b",
  /** Individual created without a compliance profile (verified, I905). */
  noComplianceProfile: "cc618dff-a972-4874-b363-bac367f15b94",
  /** Device IP 0.0.0.0 (offline registration, I811). */
  offlineRegistration: "95df4c5c-0106-4b00-bfcd-b3460517329d",
  /** Was in review, then verified by a reviewer (identity decision still `review`). */
  verifiedAfterReview: "7c1ad922-246c-4e26-9a9f-851c4f54a3ab",
  /** Was in review, then rejected by a reviewer. */
  rejectedAfterReview: "fe411c3e-b30a-4033-8204-443a0f8f8b75",
  /** Its review is `maximalReview`: every optional part present. */
  maximal: "5466ea14-f01c-48fe-a796-2bcb07bfdb9d",
  /** The API.md §8.1 docs example, unchanged. */
  apiExample: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
};

/**
 * Ids of well-known seeded customers, for stories and tests (`sandboxIds.reviewIndividualHighRisk`).
 * They never change: the seed is deterministic. Values are typed `string` (not literals) so
 * they can initialise state that later holds other ids.
 */
export const sandboxIds: Readonly<typeof ids> = Object.freeze(ids);

export type SandboxIdName = keyof typeof ids;
