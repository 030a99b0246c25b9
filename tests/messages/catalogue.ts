/** Helpers over a message catalogue (a tree of strings), shared by the tests of this folder. */

export type Tree = { readonly [key: string]: string | Tree };

export interface Leaf {
  path: string;
  value: string;
}

/** Every string of the tree with its dotted path, in key order. */
export function leaves(tree: Tree, prefix = ""): Leaf[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [{ path, value }] : leaves(value, path);
  });
}

/** Dotted paths of every node (objects and strings), so two trees can be compared as shapes. */
export function shape(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [`${path}: string`] : [`${path}: object`, ...shape(value, path)];
  });
}

/** The `{name}` placeholders of a template, sorted, duplicates kept once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort();
}

/** A template as an anchored pattern: literal text exact, each placeholder any non-empty text. */
export function templatePattern(template: string): RegExp {
  const source = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".+?");
  return new RegExp(`^${source}$`);
}

/** The literal text of a template (placeholders removed), what is left to translate. */
export function literalText(template: string): string {
  return template.replace(/\{\w+\}/g, "");
}
