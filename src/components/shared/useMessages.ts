import { useContext, useMemo } from "react";
import { StraddleContext } from "../../hooks/context.js";
import { common } from "../../messages/en/common.js";
import { customerForm } from "../../messages/en/customerForm.js";
import { customerTable } from "../../messages/en/customerTable.js";
import { decisionDialog } from "../../messages/en/decisionDialog.js";
import { reviewPanel } from "../../messages/en/reviewPanel.js";
import { reviewQueue } from "../../messages/en/reviewQueue.js";
import { watchlist } from "../../messages/en/watchlist.js";
import { mergeMessages } from "../../messages/merge.js";
import type { StraddleMessages, StraddleMessagesOverride } from "../../messages/types.js";

/** Some sections of the catalogue: what one component reads. */
export type MessageSections<K extends keyof StraddleMessages> = Pick<StraddleMessages, K>;

// Each component names the English sections it reads, so a bundle carries only those.
export const reviewSections: MessageSections<"common" | "reviewPanel" | "watchlist"> = {
  common,
  reviewPanel,
  watchlist,
};
export const watchlistSections: MessageSections<"common" | "watchlist"> = { common, watchlist };
export const dialogSections: MessageSections<"common" | "decisionDialog"> = { common, decisionDialog };
export const formSections: MessageSections<"common" | "customerForm"> = { common, customerForm };
export const queueSections: MessageSections<"common" | "decisionDialog" | "reviewQueue"> = {
  common,
  decisionDialog,
  reviewQueue,
};
export const tableSections: MessageSections<"common" | "customerTable"> = { common, customerTable };

/**
 * The provider's messages over the English defaults of the given sections. Works without a
 * provider too (display components given their data directly), then it is English.
 */
export function useMessages<K extends keyof StraddleMessages>(
  defaults: MessageSections<K>,
): MessageSections<K> {
  const override = useContext(StraddleContext)?.messages as StraddleMessagesOverride | undefined;
  return useMemo(() => mergeMessages(defaults, override), [defaults, override]);
}
