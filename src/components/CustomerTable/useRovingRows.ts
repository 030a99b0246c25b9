import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

export const useIsomorphicLayoutEffect = typeof document !== "undefined" ? useLayoutEffect : useEffect;

export interface RovingRowsOptions<Row extends { id: string }> {
  rows: readonly Row[];
  /** The row that holds the tab stop when a page arrives (else the first). */
  selectedId: string | null | undefined;
  /** Changes when another page, filter or sort arrives: the tab stop starts over. */
  resetKey: string;
  /** The `<tbody>` whose `tr[data-index]` rows take part. */
  bodyRef: RefObject<HTMLElement | null>;
  /** Brings a row into the rendered range (the virtualizer scrolls to it). */
  scrollToIndex: (index: number) => void;
  /** How many rows PageUp/PageDown move, read when the key is pressed. */
  pageStep: () => number;
  onSelect: (row: Row) => void;
}

/**
 * Roving tabindex over the rows of a (virtualized) table body: one tab stop, the arrows, Home,
 * End, PageUp and PageDown move it (scrolling the row into the rendered range first, then
 * focusing it), Enter and Space select; a click or a focused row takes the tab stop. `active`
 * is the row that holds it; the handlers go on the `<tbody>`.
 */
export function useRovingRows<Row extends { id: string }>({
  rows,
  selectedId,
  resetKey,
  bodyRef,
  scrollToIndex,
  pageStep,
  onSelect,
}: RovingRowsOptions<Row>) {
  const count = rows.length;
  // The row that holds the tab stop; a new page starts on the selected row, else the first.
  const initialActive = () => Math.max(0, selectedId ? rows.findIndex((row) => row.id === selectedId) : 0);
  const [activeIndex, setActiveIndex] = useState(initialActive);
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActiveIndex(initialActive());
  }
  const active = Math.min(activeIndex, Math.max(0, count - 1));

  // Focus follows the keyboard once the row is rendered (it may take a scroll first).
  const pendingFocus = useRef<number | null>(null);
  useIsomorphicLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    pendingFocus.current = next;
    setActiveIndex(next);
    scrollToIndex(next);
  };

  const rowIndexOf = (target: EventTarget): number | undefined => {
    const row = (target as Element).closest?.("tr[data-index]");
    if (!row || !bodyRef.current?.contains(row)) return undefined;
    const index = Number(row.getAttribute("data-index"));
    return Number.isInteger(index) ? index : undefined;
  };

  const select = (index: number) => {
    const row = rows[index];
    if (row) onSelect(row);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index === undefined) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      PageDown: () => moveTo(index + pageStep()),
      PageUp: () => moveTo(index - pageStep()),
      Enter: () => select(index),
      " ": () => select(index),
    };
    const action = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (!action || event.altKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    action();
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index === undefined || !rows[index]) return;
    setActiveIndex(index);
    select(index);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = rowIndexOf(event.target);
    if (index !== undefined && index !== active) setActiveIndex(index);
  };

  return { active, handlers: { onKeyDown, onClick, onFocus } };
}
