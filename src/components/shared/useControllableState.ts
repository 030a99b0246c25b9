import { useCallback, useRef, useState } from "react";

/**
 * A value the host may control (`prop` given, with `onChange`) or leave to the component
 * (`prop` undefined: it starts at `defaultValue`). The setter updates the component's own
 * value only when uncontrolled, and always tells `onChange` — with any details after the value.
 * The setter keeps its identity; it calls the latest `onChange`.
 */
export function useControllableState<T, Details extends unknown[] = []>(
  prop: T | undefined,
  defaultValue: T | (() => T),
  onChange?: ((value: T, ...details: Details) => void) | undefined,
): [T, (next: T, ...details: Details) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = prop !== undefined;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T, ...details: Details) => {
      if (!controlled) setOwn(() => next);
      onChangeRef.current?.(next, ...details);
    },
    [controlled],
  );
  return [controlled ? prop : own, set];
}
