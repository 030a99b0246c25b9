/** A small seeded PRNG (mulberry32): the same seed gives the same fuzz corpus on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
export type Prng = ReturnType<typeof prng>;

type Container = Record<string, unknown> | unknown[];
type Slot = { parent: Container; key: string | number };

/** Every (parent, key) of a JSON tree, for picking a place to mutate. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 12 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      // Long arrays: a few entries are enough to reach their shape.
      node.slice(0, 5).forEach((child, index) => {
        out.push({ parent: node, key: index });
        walk(child, depth + 1);
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      out.push({ parent: node as Record<string, unknown>, key });
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

export const PROTOTYPE_NAMES = [
  "constructor",
  "toString",
  "__proto__",
  "hasOwnProperty",
  "valueOf",
  "prototype",
];
export const HOSTILE_URLS = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(document.cookie)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "//evil.example.com/x",
  "file:///etc/passwd",
  "\u0000javascript:alert(1)",
  'https://ok.example.com/"><img src=x onerror=alert(1)>',
];
const ODD_STRINGS = [
  "",
  " ",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "مرحبا بالعالم",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  "\uD800",
  "👩🏽‍💻".repeat(50),
  ...PROTOTYPE_NAMES,
];
const ODD_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  0.1,
];

/** A value of the wrong type (or none): the schema must reject it. */
function wrongType(r: Prng, current: unknown): unknown {
  switch (r.int(8)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return typeof current === "number" ? "12" : 42;
    case 3:
      return { [r.pick(PROTOTYPE_NAMES)]: r.pick(ODD_STRINGS) };
    case 4:
      return [r.pick(ODD_STRINGS), r.pick(ODD_NUMBERS)];
    case 5:
      return typeof current === "boolean" ? "true" : r.pick([true, false]);
    case 6:
      return r.pick(ODD_NUMBERS);
    default:
      return typeof current === "string" ? {} : "x".repeat(100_000);
  }
}

/** A value of the right type with hostile content: the schema lets it through, the render must cope. */
function hostileOfType(r: Prng, current: unknown): unknown {
  if (typeof current === "string") {
    switch (r.int(6)) {
      case 0:
        return "x".repeat(100_000);
      case 1:
        return r.pick(PROTOTYPE_NAMES);
      case 2:
        return r.pick(HOSTILE_URLS);
      case 3:
        return `unknown_${r.int(1000)}`;
      default:
        return r.pick(ODD_STRINGS);
    }
  }
  if (typeof current === "number") return r.pick([...ODD_NUMBERS, 1e308, -1e308, 123.456, -1, 0]);
  if (Array.isArray(current)) {
    const item = current.length > 0 ? current[0] : r.pick(ODD_STRINGS);
    switch (r.int(3)) {
      case 0:
        return Array.from({ length: 10_000 }, () => item);
      case 1:
        return typeof item === "string"
          ? [r.pick(ODD_STRINGS), r.pick(PROTOTYPE_NAMES), "x".repeat(100_000)]
          : [];
      default:
        return Array.from({ length: 10_000 }, (_, i) =>
          typeof item === "string" ? `${r.pick(ODD_STRINGS)}${i}` : item,
        );
    }
  }
  if (current && typeof current === "object") {
    // A record (messages, metadata): 10,000 entries, or prototype-named keys.
    return r.next() < 0.5
      ? Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`CODE_${i}`, r.pick(ODD_STRINGS)]))
      : Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, r.pick(ODD_STRINGS)]));
  }
  return current;
}

/**
 * A copy of `review` with 1–4 seeded mutations: delete, null, wrong types, 100k strings,
 * RTL/zero-width text, NaN/±Infinity/1e308, unknown and prototype-named enum values,
 * 10k-item arrays, `javascript:`/`data:` URLs in the watchlist.
 */
export function mutateReview(review: unknown, r: Prng): unknown {
  // The seeded reviews are plain JSON: a JSON round trip is the cheapest deep copy.
  const copy = JSON.parse(JSON.stringify(review)) as Record<string, unknown>;
  const count = 1 + r.int(3);
  for (let i = 0; i < count; i++) {
    const all = slots(copy);
    // Aim a third of the mutations at the places attackers care about most.
    const focused = all.filter(({ key }) =>
      ["urls", "decision", "correlation", "codes", "matches", "messages", "list_name", "alerts"].includes(
        String(key),
      ),
    );
    const slot = focused.length > 0 && r.next() < 0.34 ? r.pick(focused) : r.pick(all);
    if (!slot) continue;
    const { parent, key } = slot;
    const current = (parent as Record<string | number, unknown>)[key];
    if (r.next() < 0.12 && !Array.isArray(parent)) {
      delete (parent as Record<string, unknown>)[key as string];
    } else if (String(key) === "urls" && r.next() < 0.7) {
      (parent as Record<string, unknown>)[key as string] = [
        r.pick(HOSTILE_URLS),
        "https://ok.example.com/a",
        r.pick(HOSTILE_URLS),
      ];
    } else {
      // Mostly well-typed hostile content (rendered), sometimes a wrong type (the error state).
      (parent as Record<string | number, unknown>)[key] =
        r.next() < 0.75 && current !== null && current !== undefined
          ? hostileOfType(r, current)
          : wrongType(r, current);
    }
  }
  return copy;
}

/** Attribute names and `href`s of every tag in server-rendered HTML (React quotes every value). */
export function scanHtml(html: string): { hrefs: string[]; eventAttributes: string[] } {
  const hrefs: string[] = [];
  const eventAttributes: string[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*((?:\s+[^\s=>/"]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const attribute of (tag[1] ?? "").matchAll(/\s+([^\s=>/"]+)(?:="([^"]*)")?/g)) {
      const name = (attribute[1] ?? "").toLowerCase();
      if (/^on/.test(name)) eventAttributes.push(name);
      if (name === "href" || name === "src" || name === "action" || name === "formaction") {
        hrefs.push(decodeEntities(attribute[2] ?? ""));
      }
    }
  }
  return { hrefs, eventAttributes };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export const isWebUrl = (href: string) => /^https?:\/\//i.test(href);

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
