/**
 * `straddle-customers-react/headless`: the provider, hooks, API functions and schemas —
 * no Radix, no react-hook-form, no CSS. Build your own UI on these.
 */
export * from "./api/index.js";
export * from "./hooks/index.js";
export type { DeepPartial, StraddleMessages, StraddleMessagesOverride } from "./messages/types.js";
