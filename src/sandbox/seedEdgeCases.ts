import type { IdentityDetails } from "../api/index.js";
import { messagesFor } from "./reasonCodes.js";
import { sandboxIds } from "./sandboxIds.js";
import { day, type SeedSpec } from "./seedHelpers.js";
import { hostileWatchList } from "./seedWatchlist.js";

/** Exactly 120 characters (and 120 code points). */
export const LONG_NAME =
  "Maximiliana Świętosława Dőbrentei-Ōkubo y Castellanos de la Santísima Trinidad — Λεωνίδας Κωνσταντινίδης née Ørsted-Hald";

const onlyEmailAndPhone = (identity: IdentityDetails): IdentityDetails => {
  const email = identity.breakdown?.email;
  const phone = identity.breakdown?.phone;
  const codes = [...(email?.codes ?? []), ...(phone?.codes ?? [])];
  return {
    review_id: identity.review_id,
    decision: phone?.decision ?? "review",
    messages: messagesFor(codes),
    breakdown: { email, phone },
    created_at: identity.created_at,
    updated_at: identity.updated_at,
  };
};

const hostileReview = (identity: IdentityDetails): IdentityDetails => {
  const watch_list = hostileWatchList();
  return {
    ...identity,
    decision: "review",
    messages: {
      ...identity.messages,
      R930: "Potential match <img src=x onerror=alert('message')>",
      R931: "<script>alert('R931')</script>",
      "<script>alert('code')</script>": '<b>bold?</b> &amp; <a href="javascript:alert(1)">click</a>',
    },
    network_alerts: {
      decision: "review",
      codes: ["R940"],
      alerts: ["<script>alert('alert')</script>", "&lt;escaped&gt;"],
    },
    watch_list,
  };
};

const nullReview = (identity: IdentityDetails): IdentityDetails => ({
  review_id: identity.review_id,
  decision: null,
  messages: null,
  breakdown: {
    fraud: identity.breakdown?.fraud,
    synthetic: {
      decision: "accept",
      codes: null,
      risk_score: null,
      correlation: null,
      correlation_score: null,
    },
    email: null,
    phone: identity.breakdown?.phone,
    address: null,
    business_identification: null,
  },
  kyc: {
    decision: null,
    codes: null,
    validations: { first_name: true, last_name: null, dob: null, ssn: null },
  },
  network_alerts: { decision: null, codes: null, alerts: null },
  reputation: null,
  watch_list: { decision: "accept", codes: null, matched: null, matches: null },
  created_at: identity.created_at,
  updated_at: identity.updated_at,
});

const unexpectedReview = (identity: IdentityDetails): IdentityDetails => ({
  ...identity,
  decision: "escalate",
  breakdown: {
    ...identity.breakdown,
    fraud: {
      decision: "review",
      codes: ["R186"],
      risk_score: 123,
      correlation: "match",
      correlation_score: -4.2,
    },
    synthetic: {
      decision: "escalate",
      codes: ["X000"],
      risk_score: 0,
      correlation: "unknown",
      correlation_score: 1e6,
    },
  },
  messages: { ...identity.messages, R186: "Identity elements are associated with reported fraud" },
  watch_list: {
    decision: "accept",
    codes: ["I420"],
    matched: ["Adverse Media"],
    matches: [{ list_name: "Adverse Media", correlation: "match", match_fields: [], urls: [] }],
  },
});

/** Named seeds that stress rendering: hostile strings, scripts and lengths, nulls, odd values. */
export const edgeCaseSeeds: readonly SeedSpec[] = [
  {
    id: sandboxIds.hostileStrings,
    at: day(20, 20, 20),
    type: "individual",
    name: "<img src=x onerror=alert(1)>",
    email: "xss.probe@example.com",
    phone: "+13175019876",
    address: {
      address1: '"><svg onload=alert(1)>',
      address2: "<script>alert('address2')</script>",
      city: "<b>Pawnee</b>",
      state: "IN",
      zip: "47998",
    },
    compliance_profile: { dob: "1990-05-05", ssn: "455-12-6789" },
    device: { ip_address: "192.0.2.99" },
    external_id: '<script>alert("external_id")</script>',
    metadata: { "<b>note</b>": "<script>alert(1)</script>", onmouseover: '" onmouseover="alert(1)' },
    review: hostileReview,
  },
  {
    id: sandboxIds.onlyTwoModules,
    at: day(22, 9, 41),
    type: "individual",
    name: "Ann Perkins",
    email: "ann.perkins@example.com",
    phone: "+13175420000",
    compliance_profile: { dob: "1981-09-12", ssn: "419-55-0183" },
    device: { ip_address: "203.0.113.42" },
    review: onlyEmailAndPhone,
  },
  {
    id: sandboxIds.longUnicodeName,
    at: day(24, 12, 34),
    type: "individual",
    name: LONG_NAME,
    email: "maximiliana.okubo@example.com",
    phone: "+447700900123",
    compliance_profile: { dob: "1992-02-17", ssn: "521-09-3375" },
    device: { ip_address: "192.0.2.120" },
    external_id: `ext_${"0123456789".repeat(9)}`,
  },
  {
    id: sandboxIds.arabicName,
    at: day(25, 8, 15),
    type: "individual",
    name: "محمد بن عبد الله الهاشمي",
    email: "m.alhashimi@example.ae",
    phone: "+971501234567",
    compliance_profile: { dob: "1985-03-21", ssn: "602-14-7788" },
    device: { ip_address: "192.0.2.171" },
  },
  {
    id: sandboxIds.cjkName,
    at: day(26, 7, 7),
    type: "individual",
    name: "王秀英",
    email: "wang.xiuying@example.cn",
    phone: "+8613800138000",
    compliance_profile: { dob: "1991-10-01", ssn: "611-30-2206" },
    device: { ip_address: "192.0.2.188" },
  },
  {
    id: sandboxIds.cyrillicName,
    at: day(27, 19, 2),
    type: "individual",
    name: "Александра Сергеевна Иванова",
    email: "a.ivanova+alert@example.ru",
    phone: "+79161234567",
    compliance_profile: { dob: "1989-12-12", ssn: "622-71-5530" },
    device: { ip_address: "192.0.2.230" },
  },
  {
    id: sandboxIds.emojiName,
    at: day(28, 16, 16),
    type: "individual",
    name: "Zoe\u0308 🌸 A\u030Angstro\u0308m-Nuñez",
    email: "zoe.angstrom@example.com",
    phone: "+46701234567",
    device: { ip_address: "192.0.2.77" },
    metadata: { favourite: "🌸🌼🌻" },
  },
  {
    id: sandboxIds.nullFields,
    at: day(29, 11, 59),
    type: "individual",
    name: "April Ludgate",
    email: "april.ludgate@example.com",
    phone: "+13175033666",
    address: { address1: "13 Dark Lord Ln", address2: null, city: "Pawnee", state: "IN", zip: "47998" },
    compliance_profile: { dob: null, ssn: null },
    config: null,
    device: null,
    external_id: null,
    metadata: null,
    status: "review",
    review: nullReview,
  },
  {
    id: sandboxIds.unexpectedValues,
    at: day(30, 10, 30),
    type: "individual",
    name: "Andy Dwyer",
    email: "andy.dwyer@mouse-rat.example.com",
    phone: "+13175047070",
    compliance_profile: { dob: "1986-06-06", ssn: "498-22-1066" },
    device: { ip_address: "198.51.100.199" },
    status: "review",
    review: unexpectedReview,
  },
];
