import type { StraddleMessages, StraddleMessagesOverride } from "./types.js";

type Tree = { [key: string]: string | Tree };

/** Overrides win leaf by leaf; anything an override leaves out keeps its default. */
export function mergeMessages(
  base: StraddleMessages,
  override: StraddleMessagesOverride | undefined,
): StraddleMessages {
  if (!override) return base;
  return mergeTree(base as unknown as Tree, override as unknown as Tree) as unknown as StraddleMessages;
}

function mergeTree(base: Tree, override: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = base[key];
    if (typeof value === "string") out[key] = value;
    else if (value && typeof value === "object" && current && typeof current === "object")
      out[key] = mergeTree(current, value);
  }
  return out;
}

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
