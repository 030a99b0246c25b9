#!/usr/bin/env node
// Every selector of the library's stylesheet must sit entirely inside :where(...), so it has
// zero specificity and one class of the host always wins. `--fix` wraps the ones that do not.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "src", "styles");
const fix = process.argv.includes("--fix");
let problems = 0;

/** Splits on top-level commas (not inside parentheses). */
function splitSelectors(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

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
  // Blank out comments (same length) so braces and semicolons in them are not read as CSS.
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const edits = [];
  let keyframesDepth = -1;
  let depth = 0;
  let preludeStart = 0;
  for (let i = 0; i < bare.length; i++) {
    const ch = bare[i];
    if (ch === "{") {
      const prelude = bare.slice(preludeStart, i).trim();
      const inKeyframes = keyframesDepth >= 0 && depth > keyframesDepth;
      if (prelude.startsWith("@keyframes")) keyframesDepth = depth;
      else if (!prelude.startsWith("@") && !inKeyframes && prelude) {
        const selectors = splitSelectors(prelude);
        if (!selectors.every(isZero)) {
          problems++;
          if (!fix)
            console.error(`${file}: selector not at zero specificity: ${prelude.replace(/\s+/g, " ")}`);
          const lead = bare.slice(preludeStart, i).match(/^\s*/)?.[0].length ?? 0;
          const trail = bare.slice(preludeStart, i).match(/\s*$/)?.[0].length ?? 0;
          const wrapped = selectors.map((sel) => (isZero(sel) ? sel : wrap(sel))).join(",\n");
          edits.push([preludeStart + lead, i - trail, wrapped]);
        }
      }
      depth++;
      preludeStart = i + 1;
    } else if (ch === "}") {
      depth--;
      if (keyframesDepth >= 0 && depth === keyframesDepth) keyframesDepth = -1;
      preludeStart = i + 1;
    } else if (ch === ";") {
      preludeStart = i + 1;
    }
  }
  if (fix && edits.length) {
    let out = css;
    for (const [from, to, text] of edits.reverse()) out = out.slice(0, from) + text + out.slice(to);
    writeFileSync(full, out);
  }
}

if (problems && !fix) {
  console.error(`${problems} selector(s) with specificity above zero (run with --fix).`);
  process.exit(1);
}
console.log(fix ? `wrapped ${problems} selector(s)` : "all selectors are at zero specificity");
