import type { CustomerFormMessages } from "./context.js";

/** The state select's options: codes and names from the messages, in the messages' order. */
export function stateOptions(
  names: CustomerFormMessages["states"],
  current?: string,
): { value: string; label: string }[] {
  const options = Object.entries(names).map(([value, label]) => ({ value, label }));
  // A stored value outside the list (another country's region) stays choosable, so an edit
  // never silently drops it.
  if (current && !Object.hasOwn(names, current)) options.unshift({ value: current, label: current });
  return options;
}
