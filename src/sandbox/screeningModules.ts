import type { BreakdownModule, Decision, IdentityBreakdown, KycResult } from "../api/index.js";
import { hashString } from "./random.js";
import type { ScreeningInput, ScreeningSignals } from "./screeningSignals.js";

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Deterministic low risk (0.005–0.150) and strong correlation (0.850–0.990) from the input. */
export function scores(input: ScreeningInput, salt: string) {
  const hash = hashString(`${input.email.toLowerCase()}|${salt}`);
  return {
    low: round3(0.005 + ((hash % 1000) / 1000) * 0.145),
    strong: round3(0.85 + (((hash >>> 10) % 1000) / 1000) * 0.14),
  };
}

function module(
  decision: Decision,
  risk: number,
  correlationScore: number,
  codes: string[],
): BreakdownModule {
  const correlation =
    correlationScore >= 0.85
      ? "high_confidence"
      : correlationScore >= 0.6
        ? "likely_match"
        : correlationScore >= 0.4
          ? "potential_match"
          : "low_confidence";
  return { decision, codes, risk_score: risk, correlation, correlation_score: correlationScore };
}

function clean(input: ScreeningInput, salt: string, codes: string[]): BreakdownModule {
  const s = scores(input, salt);
  return module("accept", s.low, s.strong, codes);
}

function contactModules(input: ScreeningInput, sig: ScreeningSignals): IdentityBreakdown {
  return {
    email: sig.disposableEmail
      ? module("review", 0.874, 0.312, ["R521", "R522"])
      : clean(input, "email", ["I520", "I521"]),
    phone: sig.unlinkedPhone
      ? module("review", 0.812, 0.284, ["R620", "R621"])
      : clean(input, "phone", sig.landline ? ["I601", "I603"] : ["I602", "I603"]),
  };
}

export function individualBreakdown(input: ScreeningInput, sig: ScreeningSignals): IdentityBreakdown {
  const offline = sig.offline ? ["I811"] : [];
  const fraud = sig.forceReject
    ? module("reject", 0.962, 0.214, ["R186", ...offline])
    : sig.forceReview
      ? module("review", 0.912, 0.433, ["R186", ...offline])
      : clean(input, "fraud", ["I121", ...offline]);
  const syntheticCodes = [
    ...(sig.forceReject || sig.forceReview ? ["R210"] : []),
    ...(sig.forceReview ? ["R211"] : []),
    ...(sig.invalidSsn ? ["R201", "R901"] : []),
  ];
  const synthetic = sig.forceReject
    ? module("reject", 0.951, 0.188, syntheticCodes)
    : syntheticCodes.length > 0
      ? module("review", sig.forceReview ? 0.934 : 0.905, 0.402, syntheticCodes)
      : clean(input, "synthetic", []);
  const breakdown: IdentityBreakdown = { fraud, synthetic, ...contactModules(input, sig) };
  if (input.address) {
    breakdown.address = sig.poBox
      ? module("review", 0.771, 0.52, ["R703"])
      : sig.inactiveAddress
        ? module("review", 0.802, 0.47, ["R701"])
        : clean(input, "address", ["I702", "I303"]);
  }
  return breakdown;
}

export function businessBreakdown(input: ScreeningInput, sig: ScreeningSignals): IdentityBreakdown {
  const identification = sig.einUnmatched
    ? module("review", 0.71, 0.356, ["BR101"])
    : clean(input, "business_identification", [
        sig.noProfile ? "BI104" : "BI101",
        ...(sig.legalNameDiffers ? ["BI102"] : []),
      ]);
  const validation = clean(input, "business_validation", [
    ...(input.address ? ["BV201"] : []),
    "BV202",
    sig.hasWebsite ? "BV301" : "BV302",
  ]);
  const evaluation = sig.forceReject
    ? module("reject", 0.955, 0.241, ["BR210", "BR102"])
    : sig.forceReview
      ? module("review", 0.902, 0.468, ["BR210"])
      : clean(input, "business_evaluation", []);
  return {
    business_identification: identification,
    business_validation: validation,
    business_evaluation: evaluation,
    ...contactModules(input, sig),
  };
}

export function kycResult(input: ScreeningInput, sig: ScreeningSignals): KycResult {
  const words = input.name.trim().split(/\s+/);
  const validations: NonNullable<KycResult["validations"]> = { first_name: true };
  if (words.length > 1) validations.last_name = true;
  if (input.address) {
    const ok = !sig.poBox && !sig.inactiveAddress;
    Object.assign(validations, { address: ok, city: true, state: true, zip: !sig.inactiveAddress });
  }
  validations.phone = !sig.unlinkedPhone;
  validations.email = !sig.disposableEmail;
  if (input.compliance_profile?.dob) validations.dob = !sig.multipleDobs;
  if (input.compliance_profile?.ssn) validations.ssn = !sig.invalidSsn;
  const codes = [
    "I301",
    ...(validations.last_name ? ["I302"] : []),
    ...(validations.address ? ["I303"] : []),
    ...(sig.multipleDobs ? ["R1001"] : []),
    ...(sig.invalidSsn ? ["R201", "R901"] : []),
    ...(sig.noProfile ? ["I905"] : []),
  ];
  const failed = Object.values(validations).some((value) => value === false);
  return { decision: failed ? "review" : "accept", codes, validations };
}
