import type { CustomerReview } from "../../src/api/schemas/review";
import { createSandbox } from "../../src/sandbox";

/** Every review the seeded sandbox serves (the `data` of `GET …/review`), as plain JSON. */
export async function sandboxReviews(): Promise<CustomerReview[]> {
  const sandbox = createSandbox();
  const reviews: CustomerReview[] = [];
  for (const record of sandbox.store.list()) {
    const response = await sandbox.fetcher({
      method: "GET",
      path: `/v1/customers/${record.id}/review`,
      headers: {},
    });
    if (response.ok) reviews.push(((await response.json()) as { data: CustomerReview }).data);
  }
  return reviews;
}

/** A seeded review with identity details (the richest: modules, KYC, alerts, watchlist, reputation). */
export function richest(reviews: readonly CustomerReview[]): CustomerReview {
  const scored = reviews
    .filter((review) => review.identity_details)
    .map((review) => ({ review, size: JSON.stringify(review).length }))
    .sort((a, b) => b.size - a.size);
  const first = scored[0];
  if (!first) throw new Error("the sandbox has no screened review");
  return first.review;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
