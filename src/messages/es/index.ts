import type { StraddleMessages } from "../types.js";
import { common } from "./common.js";
import { customerForm } from "./customerForm.js";
import { customerTable } from "./customerTable.js";
import { decisionDialog } from "./decisionDialog.js";
import { reviewPanel } from "./reviewPanel.js";
import { reviewQueue } from "./reviewQueue.js";
import { watchlist } from "./watchlist.js";

/**
 * Spanish (neutral, Latin-American friendly) — a complete translation of every message.
 *
 * @example
 * <StraddleProvider fetcher={fetcher} locale="es-MX" messages={spanishMessages}>
 */
export const es: StraddleMessages = {
  common,
  reviewPanel,
  watchlist,
  customerForm,
  decisionDialog,
  customerTable,
  reviewQueue,
};
