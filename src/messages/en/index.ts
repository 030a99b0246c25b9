import { common } from "./common.js";
import { customerForm } from "./customerForm.js";
import { customerTable } from "./customerTable.js";
import { decisionDialog } from "./decisionDialog.js";
import { reviewPanel } from "./reviewPanel.js";
import { reviewQueue } from "./reviewQueue.js";
import { watchlist } from "./watchlist.js";

/** English, the default messages. */
export const en = {
  common,
  reviewPanel,
  watchlist,
  customerForm,
  decisionDialog,
  customerTable,
  reviewQueue,
};
