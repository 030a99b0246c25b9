import type { CustomerStatus, Decision, IdentityDetails, SandboxOutcome } from "../api/index.js";
import { messagesFor } from "./reasonCodes.js";
import { cleanReputationInsights, heavyReputationInsights, watchlistMatches } from "./screeningLists.js";
import { businessBreakdown, individualBreakdown, kycResult, scores } from "./screeningModules.js";
import { neutralSignals, type ScreeningInput, screeningSignals } from "./screeningSignals.js";

export type { ScreeningInput } from "./screeningSignals.js";

/** One deterministic rule of the `standard` sandbox outcome. */
export interface ScreeningRule {
  /** What in the input triggers it. */
  trigger: string;
  /** What the review shows. */
  effect: string;
  /** The customer's status when this is the worst rule that fired. */
  status: CustomerStatus;
}

/**
 * The rules of `config.sandbox_outcome: "standard"` (the default). They read only the input,
 * so the same input always gives the same review. The worst result wins (reject > review >
 * accept); an input that triggers nothing is `verified`, with low risk scores (0.005–0.150)
 * derived from a hash of the email.
 *
 * Both types:
 * - email local part contains `+reject` (`ann+reject@x.com`) → fraud 0.962 + synthetic 0.951
 *   rejected (individual) / business_evaluation 0.955 rejected (business) → `rejected`
 * - email local part contains `+review` → fraud 0.912 + synthetic 0.934 high risk (individual) /
 *   business_evaluation 0.902 (business), decision review → `review`
 * - name contains "Sanction" → watch_list reject, 3 matches, the OFAC one high_confidence → `rejected`
 * - name contains "Watchlist" (or "Watch list") → watch_list review, 3 matches (OFAC likely,
 *   PEP potential, Interpol low) → `review`
 * - email local part contains `+alert` → network_alerts review with two alerts → `review`
 * - email local part contains `+reputation` → reputation review, risk 0.884, full insights → `review`
 * - email domain mailinator.com / guerrillamail.com / tempmail.dev / yopmail.com → email module review → `review`
 * - phone ending in `0000` → phone module review (not correlated, VoIP) → `review`
 * - phone `+1NPA555xxxx` → phone is a landline (I601), informational → no change
 * - device IP `0.0.0.0` → offline registration (I811), informational → no change
 *
 * Individuals (modules fraud, synthetic, email, phone, address when given, plus kyc):
 * - SSN area 000, 666 or 9xx → R201 + R901, synthetic 0.905, kyc ssn false → `review`
 * - date of birth on 1 January → R1001 (2 distinct DOBs), kyc dob false → `review`
 * - address1 is a PO Box → address module review (R703), kyc address false → `review`
 * - ZIP 00000 → address inactive (R701), kyc address/zip false → `review`
 * - no compliance profile → I905, kyc without dob/ssn, informational → no change
 *
 * Businesses (modules business_identification/validation/evaluation, email, phone; no kyc):
 * - EIN starting with `00` → business_identification review (BR101) → `review`
 * - legal_business_name differs from the name (ignoring Inc/LLC/Ltd…) → BI102, informational
 * - no EIN → BI104, informational; website present → BV301, absent → BV302, informational
 *
 * Every review also carries network_alerts (I1001 when clean), reputation (some insights),
 * watch_list (I420 when clean) and `messages` with the text of every code used.
 */
// [trigger, effect, status], one rule a row.
const ruleRows: readonly (readonly [string, string, CustomerStatus])[] = [
  ["email local part contains +reject", "fraud/synthetic (or business_evaluation) reject", "rejected"],
  ['name contains "Sanction"', "watch_list reject, confirmed OFAC match", "rejected"],
  ["email local part contains +review", "fraud + synthetic (or business_evaluation) high risk", "review"],
  ['name contains "Watchlist"', "watch_list review with 3 matches", "review"],
  ["email local part contains +alert", "network_alerts review with alerts", "review"],
  ["email local part contains +reputation", "reputation review with full insights", "review"],
  ["disposable email domain (mailinator.com, …)", "email module review", "review"],
  ["phone ends in 0000", "phone module review", "review"],
  ["individual SSN area 000, 666 or 9xx", "R201/R901, synthetic high risk, kyc ssn false", "review"],
  ["individual date of birth on 1 January", "R1001, kyc dob false", "review"],
  ["individual address1 is a PO Box", "address module review (R703)", "review"],
  ["individual ZIP 00000", "address inactive (R701)", "review"],
  ["business EIN starts with 00", "business_identification review (BR101)", "review"],
  ["anything else", "every module accept, low risk", "verified"],
];

export const standardScreeningRules: readonly ScreeningRule[] = ruleRows.map(([trigger, effect, status]) => ({
  trigger,
  effect,
  status,
}));

/** A review without its id and timestamps (the caller stamps them). */
export type ScreeningIdentity = Omit<IdentityDetails, "review_id" | "created_at" | "updated_at">;

export interface ScreeningResult {
  status: CustomerStatus;
  identity: ScreeningIdentity;
}

const rank: Record<string, number> = { accept: 0, review: 1, reject: 2 };
const statusOf: Record<string, CustomerStatus> = { accept: "verified", review: "review", reject: "rejected" };

/**
 * Screens an input with {@link standardScreeningRules}. A forced outcome (`verified`,
 * `review`, `rejected`) sets the status and, as observed on the real sandbox, comes with a
 * canned clean review whose decision is `accept` whatever the status.
 */
export function screenCustomer(input: ScreeningInput, outcome: SandboxOutcome = "standard"): ScreeningResult {
  const forced = outcome === "verified" || outcome === "review" || outcome === "rejected";
  const found = screeningSignals(input);
  const sig = forced ? neutralSignals(found) : found;
  const individual = input.type === "individual";
  const breakdown = individual ? individualBreakdown(input, sig) : businessBreakdown(input, sig);
  const kyc = individual ? kycResult(input, sig) : undefined;
  const network_alerts = sig.networkAlert
    ? {
        decision: "review",
        codes: ["R940"],
        alerts: [
          "Reported by a consortium institution for first-party fraud",
          "Linked to accounts closed for cause at 2 institutions",
        ],
      }
    : { decision: "accept", codes: ["I1001"], alerts: [] };
  const reputation = sig.badReputation
    ? {
        decision: "review",
        codes: ["R950", "R951", "R952"],
        risk_score: 0.884,
        insights: heavyReputationInsights(),
      }
    : {
        decision: "accept",
        codes: ["I430"],
        risk_score: scores(input, "reputation").low,
        insights: cleanReputationInsights(individual),
      };
  const watch_list =
    sig.watchlist === "none"
      ? { decision: "accept", codes: ["I420"], matched: [], matches: [] }
      : (() => {
          const matches = watchlistMatches(input.type, sig.watchlist === "reject");
          return {
            decision: sig.watchlist,
            codes: sig.watchlist === "reject" ? ["R932", "R931"] : ["R930", "R931"],
            matched: matches.map((match) => match.list_name ?? ""),
            matches,
          };
        })();

  const decisions: Decision[] = [
    ...Object.values(breakdown).map((part) => part?.decision ?? "accept"),
    kyc?.decision ?? "accept",
    network_alerts.decision,
    reputation.decision,
    watch_list.decision,
  ];
  const decision = decisions.reduce<Decision>(
    (worst, d) => ((rank[d] ?? 0) > (rank[worst] ?? 0) ? d : worst),
    "accept",
  );
  const codes = [
    ...Object.values(breakdown).flatMap((part) => part?.codes ?? []),
    ...(kyc?.codes ?? []),
    ...network_alerts.codes,
    ...reputation.codes,
    ...watch_list.codes,
  ];
  const identity: ScreeningIdentity = {
    decision,
    messages: messagesFor(new Set(codes)),
    breakdown,
    network_alerts,
    watch_list,
    ...(kyc ? { kyc } : {}),
    reputation,
  };
  return { status: forced ? (outcome as CustomerStatus) : (statusOf[decision] ?? "review"), identity };
}
