// Public components. Each component adds its own line here.

export * from "./CustomerForm/index.js";
export { CustomerTable, type CustomerTableProps } from "./CustomerTable.js";
export { type DecisionDetails, DecisionDialog, type DecisionDialogProps } from "./DecisionDialog.js";
export * from "./parts/index.js";
export {
  ReviewBreakdownPanel,
  type ReviewBreakdownPanelDataProps,
  type ReviewBreakdownPanelFetchProps,
  type ReviewBreakdownPanelProps,
} from "./ReviewBreakdownPanel.js";
export * from "./ReviewQueue/index.js";
export {
  WatchlistMatches,
  type WatchlistMatchesDataProps,
  type WatchlistMatchesFetchProps,
  type WatchlistMatchesProps,
} from "./WatchlistMatches.js";
