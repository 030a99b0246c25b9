import { useState } from "react";
import { common } from "../../messages/en/common.js";
import { format } from "../../messages/merge.js";
import { Button } from "./Button.js";
import { useFormat } from "./useFormat.js";
import { useMessages } from "./useMessages.js";

const commonSection = { common };

/**
 * How many items of a server-sent list are rendered before a "Show all N" button: a review
 * with 10,000 codes, alerts or matches must not become 10,000 rows unasked.
 */
export const RENDER_CAP = 50;

export interface Capped<T> {
  /** The items to render now. */
  shown: readonly T[];
  total: number;
  /** Whether there are more items than the cap. */
  capped: boolean;
  expanded: boolean;
  toggle: () => void;
}

/** The first `cap` items until the person asks for all of them. */
export function useCapped<T>(items: readonly T[], cap: number = RENDER_CAP): Capped<T> {
  const [expanded, setExpanded] = useState(false);
  const capped = items.length > cap;
  return {
    shown: capped && !expanded ? items.slice(0, cap) : items,
    total: items.length,
    capped,
    expanded,
    toggle: () => setExpanded((open) => !open),
  };
}

/** "Show all N" / "Show fewer" for a capped list; renders nothing when the list fits. */
export function ShowAllButton({
  list,
  controls,
  className = "sc-ShowAll",
}: {
  list: Pick<Capped<unknown>, "capped" | "expanded" | "toggle" | "total">;
  /** The id of the list it expands. */
  controls?: string | undefined;
  /** Its own class beside `sc-Button` (default `sc-ShowAll`). */
  className?: string | undefined;
}) {
  const m = useMessages(commonSection);
  const f = useFormat();
  if (!list.capped) return null;
  return (
    <Button
      className={className}
      variant="ghost"
      aria-expanded={list.expanded}
      aria-controls={controls}
      onClick={list.toggle}
    >
      {list.expanded ? m.common.showFewer : format(m.common.showAll, { count: f.number(list.total, 0) })}
    </Button>
  );
}
