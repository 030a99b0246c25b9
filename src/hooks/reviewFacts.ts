import type { CustomerStatus, CustomerType, Decision } from "../api/schemas/common.js";
import type {
  BreakdownModule,
  BreakdownModuleName,
  CustomerReview,
  IdentityBreakdown,
  WatchList,
} from "../api/schemas/review.js";

/** The order a reviewer reads modules in, by customer type. */
export const moduleOrder: Record<CustomerType, readonly BreakdownModuleName[]> = {
  individual: [
    "fraud",
    "synthetic",
    "email",
    "phone",
    "address",
    "business_identification",
    "business_validation",
    "business_evaluation",
  ],
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
const attention = new Map<string, number>([
  ["reject", 0],
  ["review", 1],
]);

/** Whether a screening decision needs a person's attention (`reject` or `review`). */
export function needsAttention(decision: Decision | null | undefined): boolean {
  return decision === "reject" || decision === "review";
}

/**
 * The modules present in a breakdown, in reading order for the customer type, with those
 * that rejected first, then those that need review (stable within each group).
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
  const rank = (entry: ModuleEntry) => attention.get(entry.module.decision ?? "") ?? 2;
  return present
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
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
  modules: ModuleEntry[];
  /** Modules whose decision is `reject` or `review`. */
  flaggedModules: ModuleEntry[];
  watchList: WatchList | undefined;
  watchListMatchCount: number;
}

export function reviewFacts(review: CustomerReview): ReviewFacts {
  const customer = review.customer_details;
  const details = review.identity_details ?? undefined;
  const modules = orderModules(details?.breakdown, customer.type);
  const watchList = details?.watch_list ?? undefined;
  return {
    customerStatus: customer.status,
    canDecide: customer.status === "review",
    hasIdentityDetails: Boolean(details),
    decision: details?.decision ?? undefined,
    modules,
    flaggedModules: modules.filter((entry) => needsAttention(entry.module.decision)),
    watchList,
    watchListMatchCount: watchList?.matches?.length ?? watchList?.matched?.length ?? 0,
  };
}
