export { StraddleContext, type StraddleContextValue, useStraddle } from "./context";
export type { StraddleErrorEvent, StraddleOperation, UnmaskEvent } from "./events";
export { straddleKeys } from "./queryKeys";
export type { StraddleQueryResult, WithDataAlias } from "./result";
export { defaultRetryPolicy, type RetryPolicy } from "./retry";
export {
  type ModuleEntry,
  moduleOrder,
  needsAttention,
  orderModules,
  type ReviewFacts,
  reviewFacts,
} from "./reviewFacts";
export { createStraddleQueryClient, StraddleProvider, type StraddleProviderProps } from "./StraddleProvider";
export { type UseCreateCustomerResult, useCreateCustomer } from "./useCreateCustomer";
export {
  buildUpdateBody,
  type CustomerChanges,
  type UseCustomerActions,
  type UseCustomerOptions,
  type UseCustomerResult,
  useCustomer,
} from "./useCustomer";
export {
  type PageInfo,
  type UseCustomerListExtras,
  type UseCustomerListResult,
  useCustomerList,
} from "./useCustomerList";
export {
  type DecideOptions,
  type DecisionResult,
  type RefreshResult,
  type ReviewFactsFields,
  type UseCustomerReviewActions,
  type UseCustomerReviewOptions,
  type UseCustomerReviewResult,
  useCustomerReview,
} from "./useCustomerReview";
export type { MutationState } from "./useStraddleMutation";
