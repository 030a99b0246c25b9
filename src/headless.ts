/**
 * `straddle-customers-react/headless`: the provider, hooks, API functions and schemas —
 * no Radix, no react-hook-form, no CSS. Build your own UI on these.
 *
 * The public API is this list, one export statement per source module (sorted by path, so an
 * addition is one inserted line); anything not named here is internal. api-report.json records
 * it; `npm run api-report` updates it.
 */

export {
  createCustomer,
  decideCustomerReview,
  deleteCustomer,
  getCustomer,
  getCustomerReview,
  getCustomerUnmasked,
  type ListCustomersParams,
  listCustomers,
  MAX_PAGE_SIZE,
  refreshCustomerReview,
  updateCustomer,
} from "./api/endpoints.js";
export { isStraddleError, StraddleError, type StraddleErrorKind, type StraddleIssue } from "./api/errors.js";
export {
  createFetchFetcher,
  type FetchFetcherOptions,
  type HttpMethod,
  type StraddleFetcher,
  type StraddleRequest,
} from "./api/fetcher.js";
export type { MutationOptions, RequestOptions, StraddleClientConfig } from "./api/request.js";
export {
  type Correlation,
  type CustomerStatus,
  type CustomerType,
  correlations,
  customerStatuses,
  customerTypes,
  type Decision,
  decisions,
  type ProcessingMethod,
  processingMethods,
  type ResponseMetadata,
  type ReviewDecisionStatus,
  reviewDecisionStatuses,
  type SandboxOutcome,
  type SortField,
  type SortOrder,
  sandboxOutcomes,
  sortFields,
  sortOrders,
} from "./api/schemas/common.js";
export {
  type BusinessComplianceProfile,
  type BusinessComplianceProfileMasked,
  type ComplianceProfileMasked,
  type Customer,
  type CustomerAddress,
  type CustomerConfig,
  type CustomerDevice,
  type CustomerResponse,
  CustomerResponseSchema,
  CustomerSchema,
  type CustomerSummary,
  type CustomerSummaryPagedResponse,
  CustomerSummaryPagedResponseSchema,
  CustomerSummarySchema,
  type CustomerUnmasked,
  type CustomerUnmaskedResponse,
  CustomerUnmaskedResponseSchema,
  CustomerUnmaskedSchema,
  type IndividualComplianceProfile,
  type IndividualComplianceProfileMasked,
  type PagedResponseMetadata,
  type Representative,
} from "./api/schemas/customer.js";
export { type ErrorEnvelope, ErrorEnvelopeSchema, type ErrorItem } from "./api/schemas/error.js";
export {
  type CreateCustomerInput,
  CreateCustomerInputSchema,
  type CustomerAddressInput,
  type RepresentativeInput,
  type ReviewDecisionInput,
  ReviewDecisionInputSchema,
  type UpdateCustomerInput,
  UpdateCustomerInputSchema,
} from "./api/schemas/requests.js";
export {
  type BreakdownModule,
  type BreakdownModuleName,
  breakdownModules,
  type CustomerReview,
  type CustomerReviewResponse,
  CustomerReviewResponseSchema,
  CustomerReviewSchema,
  type IdentityBreakdown,
  type IdentityDetails,
  type KycField,
  type KycResult,
  type KycValidations,
  kycFields,
  type NetworkAlerts,
  type Reputation,
  type ReputationInsights,
  type WatchList,
  type WatchListMatch,
} from "./api/schemas/review.js";
export type { StraddleErrorEvent, StraddleOperation, UnmaskEvent } from "./hooks/events.js";
export { straddleKeys } from "./hooks/queryKeys.js";
export type { StraddleQueryResult } from "./hooks/result.js";
export { defaultRetryPolicy, type RetryPolicy } from "./hooks/retry.js";
export {
  type AttentionItem,
  correlationStrength,
  type DispositionSummary,
  decisionDisagrees,
  type ModuleEntry,
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
} from "./hooks/reviewFacts.js";
export {
  createStraddleQueryClient,
  StraddleProvider,
  type StraddleProviderProps,
} from "./hooks/StraddleProvider.js";
export { type UseCreateCustomerResult, useCreateCustomer } from "./hooks/useCreateCustomer.js";
export {
  type CustomerChanges,
  type UseCustomerActions,
  type UseCustomerOptions,
  type UseCustomerResult,
  useCustomer,
} from "./hooks/useCustomer.js";
export {
  type PageInfo,
  type UseCustomerListExtras,
  type UseCustomerListResult,
  useCustomerList,
} from "./hooks/useCustomerList.js";
export {
  type DecideOptions,
  type DecisionResult,
  type RefreshResult,
  type ReviewFactsFields,
  type UseCustomerReviewActions,
  type UseCustomerReviewOptions,
  type UseCustomerReviewResult,
  useCustomerReview,
} from "./hooks/useCustomerReview.js";
export {
  type ReviewQueueFilters,
  type ReviewQueueSkip,
  type ReviewQueueStatus,
  type UseReviewQueueOptions,
  type UseReviewQueueResult,
  useReviewQueue,
} from "./hooks/useReviewQueue.js";
export { type StraddleClient, useStraddleClient } from "./hooks/useStraddleClient.js";
export type { MutationState } from "./hooks/useStraddleMutation.js";

export type { StraddleMessages, StraddleMessagesOverride } from "./messages/types.js";
