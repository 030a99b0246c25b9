export { ReviewQueue, type ReviewQueueProps } from "./ReviewQueue.js";
export { defaultShortcuts, type ReviewQueueAction, type ReviewQueueShortcuts } from "./shortcuts.js";
