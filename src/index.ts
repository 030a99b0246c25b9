/** `straddle-customers-react`: provider, hooks, components and types. */
export * from "./components/index.js";
export * from "./headless.js";
export {
  en as englishMessages,
  es as spanishMessages,
  format as formatMessage,
  mergeMessages,
} from "./messages/index.js";
