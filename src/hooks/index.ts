export { StraddleContext, type StraddleContextValue, useStraddle } from "./context.js";
export type { StraddleErrorEvent, StraddleOperation, UnmaskEvent } from "./events.js";
export { straddleKeys } from "./queryKeys.js";
export type { StraddleQueryResult, WithDataAlias } from "./result.js";
export { defaultRetryPolicy, type RetryPolicy } from "./retry.js";
export {
  type AttentionItem,
  correlationStrength,
  type DispositionSummary,
  decisionDisagrees,
  type ModuleEntry,
  moduleOrder,
  needsAttention,
  orderModules,
  type ReviewBlock,
  type ReviewFacts,
  reviewFacts,
  summarizeDispositions,
  type WatchlistDisposition,
  type WatchlistDispositions,
  type WatchlistHit,
  watchlistDispositions,
  watchlistHits,
} from "./reviewFacts.js";
export {
  createStraddleQueryClient,
  StraddleProvider,
  type StraddleProviderProps,
} from "./StraddleProvider.js";
export { type UseCreateCustomerResult, useCreateCustomer } from "./useCreateCustomer.js";
export {
  buildUpdateBody,
  type CustomerChanges,
  type UseCustomerActions,
  type UseCustomerOptions,
  type UseCustomerResult,
  useCustomer,
} from "./useCustomer.js";
export {
  type PageInfo,
  type UseCustomerListExtras,
  type UseCustomerListResult,
  useCustomerList,
} from "./useCustomerList.js";
export {
  type DecideOptions,
  type DecisionResult,
  type RefreshResult,
  type ReviewFactsFields,
  type UseCustomerReviewActions,
  type UseCustomerReviewOptions,
  type UseCustomerReviewResult,
  useCustomerReview,
} from "./useCustomerReview.js";
export {
  type ReviewQueueFilters,
  type ReviewQueueSkip,
  type ReviewQueueStatus,
  type UseReviewQueueOptions,
  type UseReviewQueueResult,
  useReviewQueue,
} from "./useReviewQueue.js";
export { type StraddleClient, useStraddleClient } from "./useStraddleClient.js";
export type { MutationState } from "./useStraddleMutation.js";
