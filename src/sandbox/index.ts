/**
 * `straddle-customers-react/sandbox`: an in-memory Straddle Customers API for Storybook, tests,
 * demos and hosts' own tests. Depends on the api layer only (no React).
 */
export { createSandbox, type Sandbox } from "./createSandbox.js";
export {
  apiExampleReviewResponse,
  maximalReview,
  type SandboxIdName,
  sandboxIds,
  watchlistUrlCases,
} from "./fixtures.js";
export { MASKED_DOB, MASKED_EIN, MASKED_SSN } from "./masking.js";
export { reasonCodeMessages } from "./reasonCodes.js";
export {
  type ScreeningInput,
  type ScreeningResult,
  type ScreeningRule,
  screenCustomer,
  standardScreeningRules,
} from "./screening.js";
export type { SandboxStore } from "./store.js";
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
} from "./types.js";
