// A small reader for the library's own stylesheet (plain CSS, no nesting): finds every style
// rule's selector list, outside @keyframes. Shared by the specificity check and the build.

/** Splits on top-level commas (not inside parentheses). */
export function splitSelectors(text) {
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
 * Every style rule's prelude as `{ from, to, selectors }` (offsets into `css`, surrounding
 * whitespace excluded). Comments are skipped, so braces in them are not read as CSS.
 */
export function styleRules(css) {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const rules = [];
  let keyframesDepth = -1;
  let depth = 0;
  let preludeStart = 0;
  for (let i = 0; i < bare.length; i++) {
    const ch = bare[i];
    if (ch === "{") {
      const raw = bare.slice(preludeStart, i);
      const prelude = raw.trim();
      const inKeyframes = keyframesDepth >= 0 && depth > keyframesDepth;
      if (prelude.startsWith("@keyframes")) keyframesDepth = depth;
      else if (!prelude.startsWith("@") && !inKeyframes && prelude) {
        const lead = raw.match(/^\s*/)?.[0].length ?? 0;
        const trail = raw.match(/\s*$/)?.[0].length ?? 0;
        rules.push({ from: preludeStart + lead, to: i - trail, selectors: splitSelectors(prelude) });
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
  return rules;
}

/** Applies `[from, to, text]` replacements to `css`. */
export function applyEdits(css, edits) {
  let out = css;
  for (const [from, to, text] of [...edits].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, from) + text + out.slice(to);
  return out;
}
