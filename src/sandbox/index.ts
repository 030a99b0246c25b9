/**
 * `straddle-customers-react/sandbox`: an in-memory Straddle Customers API for Storybook, tests,
 * demos and hosts' own tests. Depends on the api layer only (no React).
 */
export { createSandbox, type Sandbox } from "./createSandbox";
export {
  apiExampleReviewResponse,
  maximalReview,
  type SandboxIdName,
  sandboxIds,
  watchlistUrlCases,
} from "./fixtures";
export { MASKED_DOB, MASKED_EIN, MASKED_SSN } from "./masking";
export { reasonCodeMessages } from "./reasonCodes";
export {
  type ScreeningInput,
  type ScreeningResult,
  type ScreeningRule,
  screenCustomer,
  standardScreeningRules,
} from "./screening";
export type { SandboxStore } from "./store";
export {
  type SandboxCustomerRecord,
  type SandboxEndpoint,
  type SandboxFailure,
  type SandboxFailureSpec,
  type SandboxFetcher,
  type SandboxOptions,
  type SandboxPendingReview,
  type SandboxRequestLogEntry,
  sandboxEndpoints,
} from "./types";
