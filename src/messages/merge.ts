import type { StraddleMessages, StraddleMessagesOverride } from "./types.js";

type Tree = { [key: string]: string | Tree };

/**
 * Overrides win leaf by leaf; anything an override leaves out keeps its default. `base` may be
 * the whole catalogue or some of its sections (what one component reads): override sections
 * the base lacks are not added.
 */
export function mergeMessages<T extends Partial<StraddleMessages>>(
  base: T,
  override: StraddleMessagesOverride | undefined,
): T {
  if (!override) return base;
  return mergeTree(base as unknown as Tree, override as unknown as Tree) as unknown as T;
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
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
