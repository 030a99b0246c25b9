// The package's one stylesheet, `straddle-customers-react/styles.css`: src/styles/index.css
// with its @imports inlined and every component rule guarded by the `unstyled` escape hatch.
// Used by the library build (emits dist/styles.css) and by Storybook, the story tests and the
// demo (which import "straddle-customers-react/styles.css" exactly as a host does).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyEdits, styleRules } from "./css-rules.mjs";

const stylesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src", "styles");
export const STYLES_ID = "straddle-customers-react/styles.css";
export const UNSTYLED_ATTRIBUTE = "data-sc-unstyled";

/**
 * Zero specificity like the rest (`:not(:where(…))` counts as nothing): a rule stops applying
 * on a root carrying `data-sc-unstyled` and everywhere inside it.
 */
export const UNSTYLED_GUARD = `:not(:where([${UNSTYLED_ATTRIBUTE}], [${UNSTYLED_ATTRIBUTE}] *))`;

/** Not styling but accessibility: visually hidden text stays hidden in unstyled components. */
export const ALWAYS_APPLIED = new Set([":where(.sc-visually-hidden)"]);

/** Adds the guard to each selector, before a trailing pseudo-element. */
export function guardUnstyled(css) {
  const rules = styleRules(css).filter((rule) => !rule.selectors.every((s) => ALWAYS_APPLIED.has(s)));
  const edits = rules.map((rule) => [
    rule.from,
    rule.to,
    rule.selectors
      .map((selector) => {
        const pseudo = /::[a-z-]+$/.exec(selector);
        return pseudo
          ? `${selector.slice(0, pseudo.index)}${UNSTYLED_GUARD}${pseudo[0]}`
          : `${selector}${UNSTYLED_GUARD}`;
      })
      .join(",\n"),
  ]);
  return applyEdits(css, edits);
}

/** The files index.css imports, in order. */
export function stylesheetFiles() {
  const index = readFileSync(path.join(stylesDir, "index.css"), "utf8");
  return [...index.matchAll(/@import\s+"\.\/([\w-]+\.css)";/g)].map((m) => path.join(stylesDir, m[1]));
}

const DARK = ':where([data-theme="dark"]) {';

/**
 * `data-theme="auto"` in a dark OS: the dark block again under `prefers-color-scheme`, written
 * once in tokens.css and repeated here (CSS cannot share a block between a selector and a query).
 */
export function withAutoTheme(tokens) {
  const start = tokens.indexOf(DARK);
  if (start < 0) throw new Error("tokens.css: no dark theme block");
  const body = tokens.slice(start + DARK.length, tokens.indexOf("}", start));
  return `${tokens.trimEnd()}\n\n@media (prefers-color-scheme: dark) {\n  :where([data-theme="auto"]) {${body.replace(/\n(?=.)/g, "\n  ")}  }\n}\n`;
}

/** The whole stylesheet. Tokens are not guarded: an unstyled component may still read them. */
export function buildStylesheet() {
  const parts = stylesheetFiles().map((file) => {
    const css = readFileSync(file, "utf8");
    const name = path.basename(file);
    return `/* ${name} */\n${name === "tokens.css" ? withAutoTheme(css) : guardUnstyled(css)}`;
  });
  return `/* straddle-customers-react/styles.css */\n${parts.join("\n")}`;
}

/**
 * Vite plugin: resolves "straddle-customers-react/styles.css" to the built stylesheet (in dev
 * and tests, watching the sources), and emits dist/styles.css in the library build.
 */
export function stylesheetPlugin() {
  const resolved = path.join(stylesDir, "__package__.css");
  let libraryBuild = false;
  return {
    name: "straddle-stylesheet",
    enforce: "pre",
    configResolved(config) {
      libraryBuild = config.command === "build" && Boolean(config.build.lib);
    },
    resolveId(id) {
      return id === STYLES_ID ? resolved : null;
    },
    load(id) {
      if (id !== resolved) return null;
      for (const file of stylesheetFiles()) this.addWatchFile(file);
      return buildStylesheet();
    },
    generateBundle() {
      if (libraryBuild) this.emitFile({ type: "asset", fileName: "styles.css", source: buildStylesheet() });
    },
  };
}
