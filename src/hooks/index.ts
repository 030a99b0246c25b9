// The hooks layer in one import, for the tests and benches (not a public entry: the public
// names are listed by hand in src/index.ts and src/headless.ts).
export * from "./context.js";
export * from "./events.js";
export * from "./queryKeys.js";
export * from "./result.js";
export * from "./retry.js";
export * from "./reviewFacts.js";
export * from "./StraddleProvider.js";
export * from "./useCreateCustomer.js";
export * from "./useCustomer.js";
export * from "./useCustomerList.js";
export * from "./useCustomerReview.js";
export * from "./useReviewQueue.js";
export * from "./useStraddleClient.js";
export * from "./useStraddleMutation.js";
