import type { CustomerStatus, IdentityDetails, SandboxOutcome } from "../api/index.js";
import type { SandboxRandom } from "./random.js";
import { messagesFor } from "./reasonCodes.js";
import { screenCustomer } from "./screening.js";
import { sandboxTimestamp } from "./timestamps.js";
import type { SandboxCustomerRecord } from "./types.js";

/** Seed customers are created from Monday 5 January 2026, 09:00 UTC. */
export const SEED_START_MS = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60_000;
const statusOf: Record<string, CustomerStatus> = { accept: "verified", review: "review", reject: "rejected" };

/** A seed customer: the input, when it was created, and how its review is made. */
export interface SeedSpec
  extends Omit<
    SandboxCustomerRecord,
    "created_at" | "updated_at" | "status" | "identity_details" | "pending_review"
  > {
  /** Minutes after `SEED_START_MS`. */
  at: number;
  /** Final status; default the screening's. A different status reads as a later decision/update. */
  status?: CustomerStatus | undefined;
  /** Screening outcome (default `config.sandbox_outcome`, else standard). */
  outcome?: SandboxOutcome | undefined;
  /** `null`: no review (pending); a function: rewrites the screened review. */
  review?: null | ((identity: IdentityDetails) => IdentityDetails) | undefined;
}

/** A seed record, screened by the standard rules; all times and ids come from `rng`. */
export function buildSeedRecord(spec: SeedSpec, rng: SandboxRandom): SandboxCustomerRecord {
  const { at, status, outcome, review, ...input } = spec;
  const createdMs = SEED_START_MS + at * MINUTE + rng.int(0, 59_999);
  const created = sandboxTimestamp(createdMs, rng.int(0, 9999));
  const result = screenCustomer(input, outcome ?? input.config?.sandbox_outcome ?? "standard");
  const reviewMs = createdMs + rng.int(800, 4_000);
  const reviewStamp = sandboxTimestamp(reviewMs, rng.int(0, 9999));
  const record: SandboxCustomerRecord = {
    ...input,
    created_at: created,
    updated_at: created,
    status: "pending",
  };
  if (review !== null) {
    const identity: IdentityDetails = {
      review_id: rng.uuid(),
      ...result.identity,
      created_at: reviewStamp,
      updated_at: reviewStamp,
    };
    record.identity_details = review ? review(identity) : identity;
    const forced = (outcome ?? input.config?.sandbox_outcome ?? "standard") !== "standard";
    // A rewritten review drives the status like a screened one would.
    record.status =
      review && !forced ? (statusOf[record.identity_details.decision ?? ""] ?? "review") : result.status;
    record.updated_at = reviewStamp;
  }
  if (status !== undefined && status !== record.status) {
    record.status = status;
    record.updated_at = sandboxTimestamp(reviewMs + rng.int(2, 72) * 60 * MINUTE, rng.int(0, 9999));
  }
  return record;
}

/** The overall decision of a review rewritten by hand. */
export function withDecision(
  identity: IdentityDetails,
  decision: IdentityDetails["decision"],
): IdentityDetails {
  return { ...identity, decision };
}

const rank: Record<string, number> = { accept: 0, review: 1, reject: 2 };

/** The messages minus those of the watchlist result being replaced (a clean one's I420). */
function withoutCodes(messages: IdentityDetails["messages"], codes: readonly string[] | null | undefined) {
  if (!messages || !codes?.length) return messages;
  return Object.fromEntries(Object.entries(messages).filter(([code]) => !codes.includes(code)));
}

/** Puts a watchlist result into a review: its codes get messages, and the decision is the worse one. */
export function withWatchList(
  identity: IdentityDetails,
  watchList: NonNullable<IdentityDetails["watch_list"]>,
) {
  const current = identity.decision ?? "accept";
  const incoming = watchList.decision ?? "accept";
  return {
    ...identity,
    decision: (rank[incoming] ?? 0) > (rank[current] ?? 0) ? incoming : current,
    messages: {
      ...withoutCodes(identity.messages, identity.watch_list?.codes),
      ...messagesFor(watchList.codes ?? []),
    },
    watch_list: watchList,
  };
}

/** Minutes from `SEED_START_MS` to day `day` (0-based) at hh:mm UTC. */
export const day = (dayIndex: number, hours = 9, minutes = 0) => dayIndex * 1440 + (hours - 9) * 60 + minutes;
