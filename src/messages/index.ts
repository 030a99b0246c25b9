export { en } from "./en";
export { format, mergeMessages } from "./merge";
export type { DeepPartial, StraddleMessages, StraddleMessagesOverride } from "./types";
