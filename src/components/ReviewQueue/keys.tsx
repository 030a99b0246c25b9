import { type RefObject, useEffect, useRef } from "react";
import type { UseReviewQueueResult } from "../../hooks/useReviewQueue.js";
import type { StraddleMessages } from "../../messages/types.js";
import { queueSections, useMessages } from "../shared/useMessages.js";
import type { DecisionHandle } from "./InlineDecision.js";
import {
  actionFor,
  isInOtherDialog,
  isTypingTarget,
  type ReviewQueueAction,
  shortcutActions,
} from "./shortcuts.js";

type Keys = Record<ReviewQueueAction, readonly string[]>;

/**
 * The queue's shortcuts, on the whole document (registered once; it reads the latest state):
 * anywhere on the page but a field, a widget's own keys, or another dialog. Escape steps back
 * from the confirmation.
 */
export function useShortcutListener(options: {
  rootRef: RefObject<HTMLElement | null>;
  decisionRef: RefObject<DecisionHandle | null>;
  queue: UseReviewQueueResult;
  keys: Keys;
  toggleHelp: () => void;
}) {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target, event.key)) return;
      const { rootRef, decisionRef, keys } = latest.current;
      const root = rootRef.current;
      if (!root || isInOtherDialog(event.target, root)) return;
      if (event.key === "Escape") {
        if (decisionRef.current?.back()) event.preventDefault();
        return;
      }
      const action = actionFor(event, keys);
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    const run = (action: ReviewQueueAction) => {
      const { queue, decisionRef, toggleHelp } = latest.current;
      switch (action) {
        case "next":
          queue.next();
          break;
        case "previous":
          queue.previous();
          break;
        case "verify":
          decisionRef.current?.choose("verified");
          break;
        case "reject":
          decisionRef.current?.choose("rejected");
          break;
        case "note":
          decisionRef.current?.focusNote();
          break;
        case "help":
          toggleHelp();
          break;
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** Arrow keys are shown as arrows, with their name for screen readers. */
const arrowSymbols: Record<string, string> = {
  ArrowRight: "→",
  ArrowLeft: "←",
  ArrowUp: "↑",
  ArrowDown: "↓",
};

/** A key as shown: a letter in capitals, a named key in the reader's words. */
export function keyLabel(t: Pick<StraddleMessages["reviewQueue"], "keys">, key: string): string {
  return key.length === 1
    ? key.toUpperCase()
    : Object.hasOwn(t.keys, key)
      ? t.keys[key as keyof typeof t.keys]
      : key;
}

/** An action's keys for `aria-keyshortcuts`; undefined when it has none. */
export function ariaKeys(keys: Keys, action: ReviewQueueAction): string | undefined {
  return keys[action].length > 0
    ? keys[action].map((key) => (key.length === 1 ? key.toUpperCase() : key)).join(" ")
    : undefined;
}

/** Every action that has keys, with its keys. */
export function KeyTable({ keys }: { keys: Keys }) {
  const t = useMessages(queueSections).reviewQueue;
  return (
    <dl className="sc-ReviewQueue-keys">
      {shortcutActions
        .filter((action) => keys[action].length > 0)
        .map((action) => (
          <div key={action}>
            <dt>
              {keys[action].map((key, index) => (
                <span key={key}>
                  {index > 0 ? ` ${t.keyOr} ` : null}
                  <kbd className="sc-Kbd">
                    {Object.hasOwn(arrowSymbols, key) ? (
                      <>
                        <span aria-hidden="true">{arrowSymbols[key]}</span>
                        <span className="sc-visually-hidden">{keyLabel(t, key)}</span>
                      </>
                    ) : (
                      keyLabel(t, key)
                    )}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd>{t.actions[action]}</dd>
          </div>
        ))}
    </dl>
  );
}
