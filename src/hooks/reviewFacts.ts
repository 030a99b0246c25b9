import type { CustomerStatus, CustomerType, Decision } from "../api/schemas/common.js";
import {
  type BreakdownModule,
  type BreakdownModuleName,
  breakdownModules,
  type CustomerReview,
  type IdentityBreakdown,
  type IdentityDetails,
  type WatchList,
  type WatchListMatch,
} from "../api/schemas/review.js";

/** The order a reviewer reads modules in, by customer type. */
export const moduleOrder: Record<CustomerType, readonly BreakdownModuleName[]> = {
  individual: breakdownModules,
  business: [
    "business_identification",
    "business_validation",
    "business_evaluation",
    "fraud",
    "synthetic",
    "email",
    "phone",
    "address",
  ],
};

export interface ModuleEntry {
  name: BreakdownModuleName;
  module: BreakdownModule;
}

// A Map: decisions are open strings from the API ("constructor" must not reach a prototype).
// Anything else that is not `accept` (`escalate`, a value added later) ranks after `review`.
const attentionRank = new Map<string, number>([
  ["reject", 0],
  ["review", 1],
]);
const UNKNOWN_RANK = 2;
const PASSED_RANK = 3;

function rankOf(decision: Decision | null | undefined): number {
  if (!decision || decision === "accept") return PASSED_RANK;
  return attentionRank.get(decision) ?? UNKNOWN_RANK;
}

/**
 * Whether a screening decision needs a person's attention: `reject`, `review`, and any value
 * this library does not know (`escalate`, anything new) — only `accept` or no decision pass.
 */
export function needsAttention(decision: Decision | null | undefined): boolean {
  return rankOf(decision) < PASSED_RANK;
}

/**
 * The modules present in a breakdown, in reading order for the customer type, with those
 * that rejected first, then those that need review, then unknown decisions (stable within each group).
 */
export function orderModules(
  breakdown: IdentityBreakdown | null | undefined,
  type: CustomerType,
): ModuleEntry[] {
  if (!breakdown) return [];
  const present = moduleOrder[type].flatMap((name) => {
    const module = breakdown[name];
    return module ? [{ name, module }] : [];
  });
  const rank = (entry: ModuleEntry) => rankOf(entry.module.decision);
  return present
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

// What the screening recommends, as the status it would lead to.
const statusOfDecision = new Map<string, CustomerStatus>([
  ["accept", "verified"],
  ["review", "review"],
  ["reject", "rejected"],
]);

/** Whether the customer's status and the screening's recommendation say different things. */
export function decisionDisagrees(status: string, decision: string | null | undefined): boolean {
  if (!decision || status === "inactive") return false;
  const expected = statusOfDecision.get(decision);
  return expected !== undefined && expected !== status;
}

/** A block of the review besides the modules. */
export type ReviewBlock = "kyc" | "networkAlerts" | "watchlist" | "reputation";

/**
 * One thing the screening asks a person to look at: a flagged module or block, its decision
 * and the codes that explain it. `AttentionItem[]` is the list behind "N checks need attention".
 */
export type AttentionItem =
  | { kind: "module"; key: BreakdownModuleName; decision: string; codes: readonly string[] }
  | { kind: "block"; key: ReviewBlock; decision: string; codes: readonly string[] };

const correlationLevel = new Map<string, number>([
  ["low_confidence", 1],
  ["potential_match", 2],
  ["likely_match", 3],
  ["high_confidence", 4],
]);

/** Strength of a correlation bucket, 1–4 (`low_confidence` … `high_confidence`); 0 for an unknown or missing one. */
export function correlationStrength(value: string | null | undefined): number {
  return (value && correlationLevel.get(value)) || 0;
}

/** One watchlist hit, with a key that stays the same for a given screening (its index in `matches`). */
export interface WatchlistHit {
  key: string;
  match: WatchListMatch;
  /** The correlation's strength, 1–4; 0 when unknown. */
  strength: number;
}

/** What a reviewer concluded about one watchlist hit. The API stores none of it: keep it in your audit log. */
export type WatchlistDisposition = "not_a_match" | "possible_match" | "confirmed_match";
export const watchlistDispositions: readonly WatchlistDisposition[] = [
  "not_a_match",
  "possible_match",
  "confirmed_match",
];

/** Dispositions by hit key (`WatchlistHit.key`). A hit without an entry is not judged yet. */
export type WatchlistDispositions = Readonly<Record<string, WatchlistDisposition>>;

/** How far the hits were judged: "2 of 3 hits cleared". */
export interface DispositionSummary {
  total: number;
  /** Judged "not a match". */
  cleared: number;
  possible: number;
  confirmed: number;
  undecided: number;
}

/** Counts the dispositions of the given hits (entries for other keys are ignored). */
export function summarizeDispositions(
  hits: readonly WatchlistHit[],
  dispositions: WatchlistDispositions | null | undefined,
): DispositionSummary {
  const summary: DispositionSummary = {
    total: hits.length,
    cleared: 0,
    possible: 0,
    confirmed: 0,
    undecided: 0,
  };
  for (const hit of hits) {
    const value = dispositions && Object.hasOwn(dispositions, hit.key) ? dispositions[hit.key] : undefined;
    if (value === "not_a_match") summary.cleared++;
    else if (value === "possible_match") summary.possible++;
    else if (value === "confirmed_match") summary.confirmed++;
    else summary.undecided++;
  }
  return summary;
}

/** The hits, strongest correlation first; equal ones keep the API's order. */
export function watchlistHits(watchList: WatchList | null | undefined): WatchlistHit[] {
  const matches: readonly unknown[] = Array.isArray(watchList?.matches) ? watchList.matches : [];
  return matches
    .flatMap((match, index) =>
      match && typeof match === "object"
        ? [{ key: String(index), match: match as WatchListMatch, index }]
        : [],
    )
    .map((hit) => ({ ...hit, strength: correlationStrength(hit.match.correlation) }))
    .sort((a, b) => b.strength - a.strength || a.index - b.index)
    .map(({ index: _index, ...hit }) => hit);
}

/** Facts a review UI needs, derived from the review data. */
export interface ReviewFacts {
  /** The customer's status: what a reviewer must act on. */
  customerStatus: CustomerStatus;
  /** Only a customer in `review` accepts a decision. */
  canDecide: boolean;
  /** Screening finished: identity details exist. */
  hasIdentityDetails: boolean;
  /** The screening's overall recommendation; may disagree with `status`. */
  decision: Decision | undefined;
  /** The status and the recommendation say different things (e.g. rejected, screening accepts). */
  decisionDisagrees: boolean;
  modules: ModuleEntry[];
  /** Modules whose decision needs attention (`reject`, `review` or unknown). */
  flaggedModules: ModuleEntry[];
  /** Modules that passed (`accept`) or reported no decision. */
  passedModules: ModuleEntry[];
  /**
   * Everything that needs attention — flagged modules and blocks (KYC, network alerts,
   * watchlist, reputation) — rejections first. Its length is "N checks need attention".
   */
  attention: AttentionItem[];
  watchList: WatchList | undefined;
  /** The watchlist hits a reviewer judges, strongest first. */
  watchListHits: WatchlistHit[];
  watchListMatchCount: number;
}

function attentionOf(modules: readonly ModuleEntry[], details: IdentityDetails | undefined): AttentionItem[] {
  const items: AttentionItem[] = modules.map(({ name, module }) => ({
    kind: "module",
    key: name,
    decision: module.decision ?? "",
    codes: module.codes ?? [],
  }));
  const blocks: [ReviewBlock, { decision?: Decision | null; codes?: string[] | null } | null | undefined][] =
    [
      ["kyc", details?.kyc],
      ["networkAlerts", details?.network_alerts],
      ["watchlist", details?.watch_list],
      ["reputation", details?.reputation],
    ];
  for (const [key, block] of blocks) {
    items.push({ kind: "block", key, decision: block?.decision ?? "", codes: block?.codes ?? [] });
  }
  return items
    .map((item, index) => ({ item, index, rank: rankOf(item.decision) }))
    .filter(({ rank }) => rank < PASSED_RANK)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}

export function reviewFacts(review: CustomerReview): ReviewFacts {
  const customer = review.customer_details;
  const details = review.identity_details ?? undefined;
  const modules = orderModules(details?.breakdown, customer.type);
  const watchList = details?.watch_list ?? undefined;
  const decision = details?.decision ?? undefined;
  const hits = watchlistHits(watchList);
  return {
    customerStatus: customer.status,
    canDecide: customer.status === "review",
    hasIdentityDetails: Boolean(details),
    decision,
    decisionDisagrees: decisionDisagrees(customer.status, decision),
    modules,
    flaggedModules: modules.filter((entry) => needsAttention(entry.module.decision)),
    passedModules: modules.filter((entry) => !needsAttention(entry.module.decision)),
    attention: attentionOf(
      modules.filter((entry) => needsAttention(entry.module.decision)),
      details,
    ),
    watchList,
    watchListHits: hits,
    watchListMatchCount: watchlistMatchCount(watchList),
  };
}

/** How many matches the watchlist screening reports: its `matches`, else the lists `matched`. */
export function watchlistMatchCount(watchList: WatchList | null | undefined): number {
  return watchList?.matches?.length ?? watchList?.matched?.length ?? 0;
}

/** A part of a review UI: the breakdown modules as one, then each block. */
export type ReviewSection = "modules" | ReviewBlock;

const sectionReadingOrder: readonly ReviewSection[] = [
  "modules",
  "kyc",
  "networkAlerts",
  "watchlist",
  "reputation",
];

/**
 * The sections a review has, those that need attention first — rejections, then reviews, then
 * unknown decisions — and otherwise in reading order (modules, KYC, network alerts, watchlist,
 * reputation). The modules are always there and rank as their most urgent module, at most as an
 * unknown decision: with nothing flagged they stay ahead of the blocks, as in reading order.
 */
export function orderSections(
  details: IdentityDetails | null | undefined,
  modules: readonly ModuleEntry[],
): ReviewSection[] {
  const blocks: Record<ReviewBlock, { decision?: Decision | null } | null | undefined> = {
    kyc: details?.kyc,
    networkAlerts: details?.network_alerts,
    watchlist: details?.watch_list,
    reputation: details?.reputation,
  };
  const rank = (section: ReviewSection) =>
    section === "modules"
      ? Math.min(UNKNOWN_RANK, ...modules.map(({ module }) => rankOf(module.decision)))
      : rankOf(blocks[section]?.decision);
  return sectionReadingOrder
    .filter((section) => section === "modules" || Boolean(blocks[section]))
    .map((section, index) => ({ section, index, rank: rank(section) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ section }) => section);
}

/**
 * The review's `messages` whose code no module or block reports: what a UI lists as "other
 * messages" after the checks (codes a check shows are explained beside it).
 */
export function otherMessages(details: IdentityDetails | null | undefined): [code: string, text: string][] {
  if (!details) return [];
  const reported = new Set<string>();
  const report = (codes: readonly string[] | null | undefined) => {
    for (const code of codes ?? []) reported.add(code);
  };
  // Every module name: each type's reading order lists all of them.
  for (const name of moduleOrder.individual) report(details.breakdown?.[name]?.codes);
  report(details.kyc?.codes);
  report(details.network_alerts?.codes);
  report(details.watch_list?.codes);
  report(details.reputation?.codes);
  return Object.entries(details.messages ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !reported.has(entry[0]),
  );
}
