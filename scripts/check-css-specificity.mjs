#!/usr/bin/env node
// Every selector of the library's stylesheet must sit entirely inside :where(...), so it has
// zero specificity and one class of the host always wins. `--fix` wraps the ones that do not.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyEdits, styleRules } from "./css-rules.mjs";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "src", "styles");
const fix = process.argv.includes("--fix");
let problems = 0;

/**
 * True when the selector is one :where(...) group, optionally followed by a pseudo-element
 * (`:where(.x)::placeholder`): pseudo-elements cannot sit inside :where(), and add no
 * specificity beyond (0,0,1), which any class of the host still beats.
 */
function isZero(selector) {
  if (!selector.startsWith(":where(")) return false;
  let depth = 0;
  for (let i = 6; i < selector.length; i++) {
    if (selector[i] === "(") depth++;
    else if (selector[i] === ")") {
      depth--;
      if (depth === 0) return /^(::[a-z-]+)?$/.test(selector.slice(i + 1));
    }
  }
  return false;
}

/** Wraps a selector in :where(), keeping a trailing pseudo-element outside (it cannot be inside). */
function wrap(selector) {
  const pseudo = /::[a-z-]+$/.exec(selector);
  return pseudo ? `:where(${selector.slice(0, pseudo.index)})${pseudo[0]}` : `:where(${selector})`;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".css"))) {
  const full = path.join(dir, file);
  const css = readFileSync(full, "utf8");
  const edits = [];
  for (const rule of styleRules(css)) {
    if (rule.selectors.every(isZero)) continue;
    problems++;
    if (!fix) console.error(`${file}: selector not at zero specificity: ${rule.selectors.join(", ")}`);
    edits.push([
      rule.from,
      rule.to,
      rule.selectors.map((sel) => (isZero(sel) ? sel : wrap(sel))).join(",\n"),
    ]);
  }
  if (fix && edits.length) writeFileSync(full, applyEdits(css, edits));
}

if (problems && !fix) {
  console.error(`${problems} selector(s) with specificity above zero (run with --fix).`);
  process.exit(1);
}
console.log(fix ? `wrapped ${problems} selector(s)` : "all selectors are at zero specificity");
