import { useContext, useMemo } from "react";
import { StraddleContext } from "../hooks/context.js";
import { en } from "../messages/en/index.js";
import { mergeMessages } from "../messages/merge.js";
import type { StraddleMessages, StraddleMessagesOverride } from "../messages/types.js";

/**
 * The provider's messages over English. Works without a provider too (display components
 * given their data directly), then it is English.
 */
export function useMessages(): StraddleMessages {
  const ctx = useContext(StraddleContext);
  const override = ctx?.messages as StraddleMessagesOverride | undefined;
  return useMemo(() => mergeMessages(en, override), [override]);
}
