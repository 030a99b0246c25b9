/** What a shortcut does in `<ReviewQueue>`. */
export type ReviewQueueAction = "next" | "previous" | "verify" | "reject" | "note" | "help";

/** Keys per action, as `KeyboardEvent.key` values (letters match in either case); `null` or `[]` turns one off. */
export type ReviewQueueShortcuts = { [A in ReviewQueueAction]?: readonly string[] | null | undefined };

export const defaultShortcuts: Record<ReviewQueueAction, readonly string[]> = {
  next: ["j", "ArrowRight"],
  previous: ["k", "ArrowLeft"],
  verify: ["v"],
  reject: ["r"],
  note: ["n"],
  help: ["?"],
};

export const shortcutActions: readonly ReviewQueueAction[] = [
  "next",
  "previous",
  "verify",
  "reject",
  "note",
  "help",
];

/** The defaults with the host's changes; `false` turns every shortcut off. */
export function resolveShortcuts(
  shortcuts: ReviewQueueShortcuts | false | undefined,
): Record<ReviewQueueAction, readonly string[]> {
  if (shortcuts === false) {
    return { next: [], previous: [], verify: [], reject: [], note: [], help: [] };
  }
  const resolved = { ...defaultShortcuts };
  for (const action of shortcutActions) {
    if (shortcuts && Object.hasOwn(shortcuts, action)) {
      const keys = shortcuts[action];
      resolved[action] = keys ?? [];
    }
  }
  return resolved;
}

/** Which action a key press asks for, if any. Modifier chords (Ctrl, Meta, Alt) are the browser's. */
export function actionFor(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">,
  keys: Record<ReviewQueueAction, readonly string[]>,
): ReviewQueueAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const pressed = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const action of shortcutActions) {
    if (keys[action].some((key) => (key.length === 1 ? key.toLowerCase() : key) === pressed)) return action;
  }
  return undefined;
}

/**
 * Whether the focused element keeps this key for itself: typing in a field never triggers a
 * shortcut; on a radio or checkbox the letters still work but the arrows, Space and Enter are the
 * control's own; so are the arrows inside a composite widget (a grid, a menu, a tab list…).
 */
export function isTypingTarget(target: EventTarget | null, key = ""): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const named = key.length !== 1 || key === " ";
  if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) {
    return named;
  }
  if (
    element.closest(
      "input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='textbox'], [role='combobox'], [role='searchbox'], [role='spinbutton'], [role='slider']",
    ) !== null
  ) {
    return true;
  }
  return (
    named &&
    element.closest(
      "[role='grid'], [role='listbox'], [role='menu'], [role='menubar'], [role='tablist'], [role='tree'], [role='radiogroup']",
    ) !== null
  );
}

/** Another modal (a host's dialog) has the keyboard: the queue's shortcuts wait. */
export function isInOtherDialog(target: EventTarget | null, root: Element): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const dialog = (target as Element).closest("dialog, [role='dialog'], [role='alertdialog']");
  return dialog !== null && !root.contains(dialog);
}
