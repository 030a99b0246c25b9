/**
 * Finds English message text in a rendered DOM: the check behind "nothing is hard-coded".
 *
 * The needles are whole English messages (templates become anchored patterns), never single
 * words, and the haystack is whole strings a person meets — a text node, an element's text,
 * an accessible name or description, a title, a placeholder, an aria-label — so English
 * customer data (names, reason-code texts from the API) does not count unless it happens to
 * be a complete message.
 */
import { en, es } from "../../src/messages";
import { leaves, literalText, templatePattern } from "./catalogue";

export interface Needle {
  path: string;
  english: string;
  pattern: RegExp;
}

const spanishValues = new Set(leaves(es).map((leaf) => leaf.value));
const spanishByPath = new Map(leaves(es).map((leaf) => [leaf.path, leaf.value]));

/**
 * English messages that differ from their translation and can be told apart from it: more
 * than three characters of literal text with a letter in it, and not a Spanish message too.
 */
export const englishNeedles: Needle[] = (() => {
  const seen = new Set<string>();
  const needles: Needle[] = [];
  for (const { path, value } of leaves(en)) {
    const literal = literalText(value).trim();
    if (spanishByPath.get(path) === value || spanishValues.has(value) || seen.has(value)) continue;
    if (literal.length <= 3 || !/\p{L}/u.test(literal)) continue;
    seen.add(value);
    needles.push({ path, english: value, pattern: templatePattern(value) });
  }
  return needles;
})();

const ATTRIBUTES = [
  "aria-label",
  "aria-valuetext",
  "aria-description",
  "aria-roledescription",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
] as const;

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** A string and the smaller wholes it is made of: ` · `-separated parts, bracketed asides, a label's colon. */
function variants(text: string): string[] {
  const whole = collapse(text);
  if (!whole) return [];
  const out = new Set([whole]);
  for (const part of whole.split(/\s[·|•]\s/)) out.add(part.trim());
  for (const value of [...out]) {
    const bracketed = /^\((.*)\)$/.exec(value);
    if (bracketed?.[1]) out.add(bracketed[1].trim());
    const aside = /^(.*?)\s*\(([^()]*)\)$/.exec(value);
    if (aside?.[1] && aside[2]) {
      out.add(aside[1]);
      out.add(aside[2]);
    }
    if (value.endsWith(":")) out.add(value.slice(0, -1).trim());
  }
  return [...out].filter(Boolean);
}

function textOfIds(ids: string | null): string {
  return (ids ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

export interface Found {
  text: string;
  where: string;
}

/** Every string a person can meet in `root` (and in portals under document.body). */
export function visibleStrings(root: ParentNode = document.body): Found[] {
  const found: Found[] = [];
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}>`;
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style")) continue;
    found.push({ text: node.textContent ?? "", where: `text in ${describe(parent)}` });
  }
  for (const el of root.querySelectorAll("*")) {
    if (el.matches("script, style, html, body, head")) continue;
    found.push({ text: el.textContent ?? "", where: `text of ${describe(el)}` });
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) found.push({ text: value, where: `${name} of ${describe(el)}` });
    }
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy)
      found.push({ text: textOfIds(labelledBy), where: `name (labelledby) of ${describe(el)}` });
    const describedBy = el.getAttribute("aria-describedby");
    if (describedBy) found.push({ text: textOfIds(describedBy), where: `description of ${describe(el)}` });
    if (el instanceof HTMLInputElement && ["button", "submit", "reset"].includes(el.type) && el.value)
      found.push({ text: el.value, where: `value of ${describe(el)}` });
    if ("labels" in el && el.labels instanceof NodeList) {
      for (const label of el.labels as NodeListOf<HTMLLabelElement>)
        found.push({ text: label.textContent ?? "", where: `label of ${describe(el)}` });
    }
  }
  return found.flatMap(({ text, where }) => variants(text).map((variant) => ({ text: variant, where })));
}

export interface Leak {
  message: string;
  english: string;
  found: string;
  where: string;
}

/** English messages found in `root`; empty when everything came from the provider's messages. */
export function englishLeaks(root: ParentNode = document.body, needles: Needle[] = englishNeedles): Leak[] {
  // Each distinct string once (the first place it was seen), and only strings with a letter.
  const strings = new Map<string, string>();
  for (const { text, where } of visibleStrings(root))
    if (!strings.has(text) && /\p{L}/u.test(text)) strings.set(text, where);
  const leaks = new Map<string, Leak>();
  for (const [text, where] of strings) {
    for (const needle of needles) {
      if (needle.pattern.test(text)) {
        const key = `${needle.path}|${where}`;
        if (!leaks.has(key))
          leaks.set(key, { message: needle.path, english: needle.english, found: text, where });
      }
    }
  }
  return [...leaks.values()];
}

/** The strings of `root`, as a set, to assert that Spanish ones are there. */
export function stringSet(root: ParentNode = document.body): Set<string> {
  return new Set(visibleStrings(root).map(({ text }) => text));
}
