#!/usr/bin/env node
// Checks the built package (after `npm run build`) the way a host meets it:
// - every entry imports in plain Node (no window, no document);
// - the component and hook entries start with "use client" (Next.js App Router), the sandbox
//   and server entries do not;
// - dist/styles.css exists, is zero-specificity, and every component rule honours `unstyled`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { styleRules } from "./css-rules.mjs";
import { ALWAYS_APPLIED, UNSTYLED_GUARD } from "./styles.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

check(
  typeof globalThis.window === "undefined" && typeof globalThis.document === "undefined",
  "not plain Node",
);
const clientEntries = new Set([".", "./headless"]);
for (const [entry, target] of Object.entries(pkg.exports)) {
  const file = typeof target === "string" ? target : target.import;
  if (!file.endsWith(".js")) continue;
  const full = path.join(root, file);
  const source = readFileSync(full, "utf8");
  const client = source.startsWith('"use client";');
  check(client === clientEntries.has(entry), `${entry}: "use client" ${client ? "present" : "missing"}`);
  try {
    const mod = await import(pathToFileURL(full).href);
    check(Object.keys(mod).length > 0, `${entry}: no exports`);
  } catch (error) {
    failures.push(
      `${entry}: does not import in Node: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const css = readFileSync(path.join(root, pkg.exports["./styles.css"]), "utf8");
let rules = 0;
for (const rule of styleRules(css)) {
  for (const selector of rule.selectors) {
    rules++;
    check(selector.startsWith(":where("), `styles.css: not zero specificity: ${selector}`);
    const token = /^:where\((:root|\[data-theme)/.test(selector) || ALWAYS_APPLIED.has(selector);
    check(
      token || selector.replace(/::[a-z-]+$/, "").endsWith(UNSTYLED_GUARD),
      `styles.css: ignores unstyled: ${selector}`,
    );
  }
}
check(rules > 100, `styles.css: only ${rules} selectors`);
check(!/@import/.test(css), "styles.css: unresolved @import");

if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(
  `dist ok: ${Object.keys(pkg.exports).length} exports import in Node; "use client" on . and ./headless; styles.css ${rules} selectors, all zero-specificity and unstyled-aware`,
);
