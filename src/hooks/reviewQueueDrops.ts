import type { QueryClient } from "@tanstack/react-query";
import type { CustomerStatus } from "../api/schemas/common.js";
import type { Customer, CustomerSummary } from "../api/schemas/customer.js";
import type { CustomerReview } from "../api/schemas/review.js";
import { decisionMutationKey, straddleKeys } from "./queryKeys.js";
import type { ReviewQueueSkip } from "./useReviewQueue.js";

/**
 * Which customers left the review queue, and why: decided in this client (`decided`), or
 * elsewhere — another reviewer, the API — (`elsewhere`, skipped and reported). The queue reads
 * it from the caches it shares with the other hooks and from its own pages.
 */
export type DropReason = "decided" | "elsewhere";

type QueuePage = { data?: { data: CustomerSummary[] } | undefined; dataUpdatedAt: number };

/** The queue as a scan of the caches sees it. */
export interface QueueView {
  /** Every customer met in the pages, in queue order. */
  order: readonly string[];
  /** The customers already dropped, with their reason. */
  dropped: ReadonlyMap<string, DropReason>;
  pages: readonly QueuePage[];
  /** The pages are all loaded and settled, and `id` is in none of them. */
  gone: (id: string) => boolean;
  nameOf: (id: string) => string;
}

/** The drops the caches show that `view.dropped` does not have yet, and the last skip among them. */
export function scanDrops(
  client: QueryClient,
  scope: string,
  view: QueueView,
): { changes: Map<string, DropReason>; skipped: ReviewQueueSkip | null } {
  const changes = new Map<string, DropReason>();
  let skipped: ReviewQueueSkip | null = null;
  for (const id of view.order) {
    const before = view.dropped.get(id);
    if (before === "elsewhere") continue;
    const decision = decisionState(client, scope, id);
    let reason: DropReason | undefined;
    if (decision === "refused") reason = "elsewhere";
    else if (before) continue;
    else {
      const status = freshestStatus(client, scope, id, view.pages);
      if ((status !== undefined && status !== "review") || view.gone(id))
        reason = decision === "here" ? "decided" : "elsewhere";
    }
    if (reason && reason !== before) {
      changes.set(id, reason);
      if (reason === "elsewhere") skipped = { id, name: view.nameOf(id) };
    }
  }
  return { changes, skipped };
}

/** After `id` left the queue: the next customer still in it, else the one before, else none. */
export function neighbourOf(id: string, order: readonly string[], nav: readonly string[]): string | null {
  const at = order.indexOf(id);
  const inNav = new Set(nav);
  for (let i = at + 1; i < order.length; i++) {
    const candidate = order[i];
    if (candidate !== undefined && inNav.has(candidate)) return candidate;
  }
  for (let i = at - 1; i >= 0; i--) {
    const candidate = order[i];
    if (candidate !== undefined && inNav.has(candidate)) return candidate;
  }
  return null;
}

/** A decision sent from this client: under way or done (`here`), or refused with a 422 (`refused`). */
function decisionState(client: QueryClient, scope: string, id: string): "here" | "refused" | undefined {
  const mutations = client
    .getMutationCache()
    .findAll({ mutationKey: decisionMutationKey(scope, id), exact: true });
  if (mutations.some((m) => m.state.status === "success" || m.state.status === "pending")) return "here";
  if (mutations.some((m) => (m.state.error as { status?: unknown } | null)?.status === 422)) return "refused";
  return undefined;
}

/** The customer's status from the freshest of its record, its review and the queue's pages. */
function freshestStatus(
  client: QueryClient,
  scope: string,
  id: string,
  pages: readonly QueuePage[],
): CustomerStatus | undefined {
  let at = -1;
  let status: CustomerStatus | undefined;
  for (const page of pages) {
    if (page.dataUpdatedAt > at && page.data?.data.some((row) => row.id === id)) {
      at = page.dataUpdatedAt;
      status = "review";
    }
  }
  const customer = client.getQueryState<Customer>(straddleKeys.customer(scope, id));
  if (customer?.data && customer.dataUpdatedAt > at) {
    at = customer.dataUpdatedAt;
    status = customer.data.status;
  }
  const review = client.getQueryState<CustomerReview>(straddleKeys.review(scope, id));
  if (review?.data && review.dataUpdatedAt > at) status = review.data.customer_details.status;
  return status;
}
