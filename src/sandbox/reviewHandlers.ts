import { parseBody, stampIdentity, withCustomer } from "./context.js";
import { cloneJson, renderCustomer, renderReview } from "./render.js";
import { failure, success } from "./responses.js";
import { screenCustomer } from "./screening.js";

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** GET /v1/customers/{id}/review: the masked customer plus its visible review. */
export const getReviewHandler = withCustomer((ctx, request, record) =>
  success(ctx, request.style, renderReview(record, request.style)),
);

/**
 * PATCH /v1/customers/{id}/review with `{ status: "verified" | "rejected" }`. Only a customer
 * in `review` can be decided; any other status is a 422 without items, worded as the API
 * does: "Customers with status Verified cannot be changed."
 */
export const decideReviewHandler = withCustomer((ctx, request, record) => {
  const parsed = parseBody(ctx, request, ctx.schemas.reviewDecision);
  if (!parsed.ok) return parsed.result;
  if (record.status !== "review") {
    return failure(
      ctx,
      request.style,
      422,
      `Customers with status ${capitalise(record.status)} cannot be changed.`,
    );
  }
  const stored = ctx.store.put({
    ...record,
    status: parsed.data.status,
    updated_at: ctx.stampAt(ctx.nowMs()),
  });
  return success(ctx, request.style, renderCustomer(stored, request.style));
});

/**
 * PUT /v1/customers/{id}/refresh_review: starts a new review and answers 202 with the
 * customer. The new review (new `review_id`, `created_at` now, `updated_at` when it is done)
 * becomes visible after `refreshDelayMs`; until then the previous one is shown. A customer
 * that has a review keeps its results and its status; one without (pending, skipped) is
 * screened with the standard rules, and its status follows the result.
 */
export const refreshReviewHandler = withCustomer((ctx, request, record) => {
  const nowMs = ctx.nowMs();
  const settlesAt = nowMs + ctx.settings.refreshDelayMs;
  const current = record.identity_details;
  let pending: NonNullable<typeof record.pending_review>;
  if (current) {
    const { review_id: _id, created_at: _created, updated_at: _updated, ...results } = cloneJson(current);
    pending = { settles_at_ms: settlesAt, identity_details: stampIdentity(ctx, results, nowMs, settlesAt) };
  } else {
    const outcome = record.config?.sandbox_outcome ?? "standard";
    const result = screenCustomer(record, outcome);
    pending = {
      settles_at_ms: settlesAt,
      identity_details: stampIdentity(ctx, result.identity, nowMs, settlesAt),
      status: result.status,
    };
  }
  const stored = ctx.store.put({ ...record, pending_review: pending, updated_at: ctx.stampAt(nowMs) });
  return success(ctx, request.style, renderCustomer(stored, request.style), 202);
});
