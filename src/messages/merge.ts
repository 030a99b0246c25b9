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

/**
 * `mergeMessages` for some sections only: each section of `defaults` with the override's
 * section of the same name merged over it. Sections the defaults lack are not added.
 */
export function mergeSections<T extends Partial<StraddleMessages>>(
  defaults: T,
  override: StraddleMessagesOverride | undefined,
): T {
  if (!override) return defaults;
  const out = { ...defaults } as Record<string, Tree>;
  for (const key of Object.keys(defaults)) {
    const section = (override as Record<string, Tree | undefined>)[key];
    const base = out[key];
    if (section && base) out[key] = mergeTree(base, section);
  }
  return out as T;
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
