/**
 * `straddle-customers-react`: the components, the provider and hooks, and the types a host
 * meets in their props and results. API functions and schemas are in `/headless`.
 *
 * The public API is this list, one export statement per source module (sorted by path, so an
 * addition is one inserted line); anything not named here is internal. api-report.json records
 * it; `npm run api-report` updates it. Of the small parts only `Badge` is public (a status or
 * decision shown the way the components show it); `Meter`, `CodeChip`, `Icon`, `Skeleton` and
 * `StateMessage` are internal.
 */
export { type ListCustomersParams, MAX_PAGE_SIZE } from "./api/endpoints.js";
export { isStraddleError, StraddleError, type StraddleErrorKind, type StraddleIssue } from "./api/errors.js";
export {
  createFetchFetcher,
  type FetchFetcherOptions,
  type StraddleFetcher,
  type StraddleRequest,
} from "./api/fetcher.js";
export {
  type CustomerStatus,
  type CustomerType,
  customerStatuses,
  customerTypes,
  type Decision,
  type ReviewDecisionStatus,
  type SortField,
  type SortOrder,
} from "./api/schemas/common.js";
export type { Customer, CustomerSummary, CustomerUnmasked } from "./api/schemas/customer.js";
export type { CreateCustomerInput } from "./api/schemas/requests.js";
export type { CustomerReview, WatchList, WatchListMatch } from "./api/schemas/review.js";
export {
  CustomerForm,
  type CustomerFormAdminProps,
  type CustomerFormCommonProps,
  type CustomerFormOnboardingProps,
  type CustomerFormProps,
} from "./components/CustomerForm/CustomerForm.js";
export type {
  CustomerFormFieldControl,
  CustomerFormFixedValue,
} from "./components/CustomerForm/fieldControl.js";
export type { CustomerFormDefaults } from "./components/CustomerForm/formValues.js";
export type { OnboardingResult } from "./components/CustomerForm/onboarding/useSubmitApplication.js";
export { CustomerTable, type CustomerTableProps } from "./components/CustomerTable/CustomerTable.js";
export {
  type DecisionDetails,
  DecisionDialog,
  type DecisionDialogProps,
} from "./components/DecisionDialog/DecisionDialog.js";
export {
  ReviewBreakdownPanel,
  type ReviewBreakdownPanelDataProps,
  type ReviewBreakdownPanelFetchProps,
  type ReviewBreakdownPanelProps,
} from "./components/ReviewBreakdownPanel/ReviewBreakdownPanel.js";
export { ReviewQueue, type ReviewQueueProps } from "./components/ReviewQueue/ReviewQueue.js";
export {
  defaultShortcuts,
  type ReviewQueueAction,
  type ReviewQueueShortcuts,
} from "./components/ReviewQueue/shortcuts.js";
export { Badge, type BadgeProps } from "./components/shared/Badge.js";
export type { Tone } from "./components/shared/tone.js";
export {
  WatchlistMatches,
  type WatchlistMatchesDataProps,
  type WatchlistMatchesFetchProps,
  type WatchlistMatchesProps,
} from "./components/WatchlistMatches/WatchlistMatches.js";
export type { StraddleErrorEvent, StraddleOperation, UnmaskEvent } from "./hooks/events.js";
export { straddleKeys } from "./hooks/queryKeys.js";
export type { StraddleQueryResult } from "./hooks/result.js";
export { defaultRetryPolicy, type RetryPolicy } from "./hooks/retry.js";
export type { WatchlistDisposition, WatchlistDispositions } from "./hooks/reviewFacts.js";
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
export { en as englishMessages } from "./messages/en/index.js";
export { es as spanishMessages } from "./messages/es/index.js";
export { mergeMessages } from "./messages/merge.js";
export type { StraddleMessages, StraddleMessagesOverride } from "./messages/types.js";
