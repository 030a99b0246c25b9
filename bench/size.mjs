#!/usr/bin/env node
// Bundle sizes, measured in one run: what a host ships for each use of the library
// (dependencies included, react/react-dom external, minified, gzipped), next to the floor
// of our own dependencies' minimal imports, with the ratio.
//
//   node bench/size.mjs            print the table
//   node bench/size.mjs --check    also fail when a bundle grows past its ceiling, or when
//                                  the headless entry pulls in Radix, react-hook-form or CSS
//
// Budgets are the targets of the issue; they are not met today (README, "Bundle sizes", says
// which dependency costs what and what would close the gap). Until they are, the check holds
// each bundle to a ceiling just above today's size, so nothing grows unnoticed: lower a
// ceiling whenever a change makes a bundle smaller, never raise it without saying why.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = (file) => JSON.stringify(path.join(root, "src", file));
const external = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "react-dom/server"];

const floors = {
  query: `export { QueryClient, useQuery, useMutation, skipToken, keepPreviousData } from "@tanstack/react-query";`,
  zod: `import * as z from "zod/mini"; const s = z.object({ a: z.string(), b: z.optional(z.number()) }); export const parse = (v) => z.safeParse(s, v);`,
  dialog: `export { Root, Trigger, Portal, Overlay, Content, Title, Description, Close } from "@radix-ui/react-dialog";`,
  form: `export { useForm, useFieldArray, useWatch } from "react-hook-form"; export { zodResolver } from "@hookform/resolvers/zod";`,
};

const scenarios = [
  {
    name: "review screen",
    detail: "provider + ReviewBreakdownPanel + WatchlistMatches + DecisionDialog",
    code: `export { StraddleProvider, ReviewBreakdownPanel, WatchlistMatches, DecisionDialog } from ${src("index.ts")};`,
    floor: [floors.query, floors.zod, floors.dialog],
    budget: 40_000,
    // Raised from 53.0 kB (issue 12, +1.4 kB): error boundaries in every root, direct-data
    // validation, capped lists with "Show all", the CSP nonce and the unmask/mutation fixes.
    ceiling: 54_500,
  },
  {
    name: "onboarding form",
    detail: "provider + CustomerForm",
    code: `export { StraddleProvider, CustomerForm } from ${src("index.ts")};`,
    floor: [floors.query, floors.zod, floors.form],
    budget: 40_000,
    ceiling: 54_300,
  },
  {
    name: "headless",
    detail: "provider + useCustomer + useCustomerReview + useCustomerList",
    code: `export { StraddleProvider, useCustomer, useCustomerReview, useCustomerList } from ${src("headless.ts")};`,
    floor: [floors.query, floors.zod],
    budget: 20_000,
    ceiling: 25_800,
    forbidden: [/@radix-ui\//, /react-hook-form/, /@hookform\//, /\.css$/],
  },
];

const dir = mkdtempSync(path.join(tmpdir(), "sc-size-"));

async function measure(code, name) {
  const entry = path.join(dir, `${name.replace(/\W+/g, "-")}.tsx`);
  writeFileSync(entry, code);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external,
    write: false,
    metafile: true,
    logLevel: "silent",
    nodePaths: [path.join(root, "node_modules")],
    absWorkingDir: root,
  });
  const bytes = result.outputFiles[0].contents;
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    raw: bytes.length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
let failed = false;
const rows = [];
try {
  for (const scenario of scenarios) {
    const ours = await measure(scenario.code, scenario.name);
    const floor = await measure(scenario.floor.join("\n"), `${scenario.name} floor`);
    const leaks = (scenario.forbidden ?? []).flatMap((re) => ours.inputs.filter((input) => re.test(input)));
    const over = ours.gzip > scenario.budget;
    const grown = ours.gzip > scenario.ceiling;
    if (grown || leaks.length) failed = true;
    rows.push({
      scenario: scenario.name,
      "gzip (min)": kb(ours.gzip),
      budget: kb(scenario.budget),
      ceiling: kb(scenario.ceiling),
      "deps floor": kb(floor.gzip),
      "ours over floor": kb(ours.gzip - floor.gzip),
      ratio: `${(ours.gzip / floor.gzip).toFixed(2)}×`,
      verdict: leaks.length
        ? `pulls in ${leaks[0]}`
        : grown
          ? "GREW PAST CEILING"
          : over
            ? `over budget by ${kb(ours.gzip - scenario.budget)}`
            : "within budget",
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log("Bundle sizes (esbuild, minified, gzip -9, react external; floor = minimal imports of our deps)");
console.table(rows);
if (process.argv.includes("--check") && failed) {
  console.error(
    "size check failed: a bundle grew past its ceiling or the headless entry pulls in UI dependencies",
  );
  process.exit(1);
}
