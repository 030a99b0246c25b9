export { en } from "./en/index.js";
export { es } from "./es/index.js";
export { format, mergeMessages } from "./merge.js";
export type { DeepPartial, StraddleMessages, StraddleMessagesOverride } from "./types.js";
