#!/usr/bin/env node
// What `npm pack` gives a host, from a clean tree: dist/ is removed first, so the tarball is
// complete only if `prepack` builds it. Then the packed file list is checked (every export
// target and its types, styles.css, one module per source file, nothing but dist/ and the
// package files), the built package is checked in Node (scripts/check-dist.mjs), and the
// tarball goes through publint and are-the-types-wrong.
//
//   node scripts/check-pack.mjs [--destination DIR]   keeps the tarball in DIR (else a temp dir)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pack, pkg, root, tempDir } from "./packed.mjs";

const args = process.argv.slice(2);
const destIndex = args.indexOf("--destination");
const destination = destIndex >= 0 ? path.resolve(args[destIndex + 1]) : tempDir("pack");
if (destIndex < 0) process.on("exit", () => rmSync(destination, { recursive: true, force: true }));

rmSync(path.join(root, "dist"), { recursive: true, force: true });
const { tarball, files, size } = pack(destination);
const packed = new Set(files);
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

// Every export target, and the types beside each JavaScript entry.
for (const [entry, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === "string" ? [target] : Object.values(target);
  for (const file of targets) check(packed.has(file.replace(/^\.\//, "")), `${entry}: ${file} not packed`);
}
check(packed.has("dist/styles.css"), "dist/styles.css not packed");

// One module per source file: every .ts/.tsx under src/ has its .js and .d.ts.
const sources = readdirSync(path.join(root, "src"), { recursive: true })
  .map(String)
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
for (const file of sources) {
  const base = `dist/${file.replace(/\\/g, "/").replace(/\.tsx?$/, "")}`;
  check(packed.has(`${base}.d.ts`), `${base}.d.ts not packed`);
  // Type-only modules (no export but types and interfaces: nothing to emit) and the entry files
  // that were renamed (sandbox/index → sandbox.js) excepted.
  const text = readFileSync(path.join(root, "src", file), "utf8");
  const typeOnly = !/^export\s+(?!type\b|interface\b|declare\b)/m.test(text) || /\/index\.ts$/.test(file);
  if (!typeOnly) check(packed.has(`${base}.js`), `${base}.js not packed (is it type-only?)`);
}

// Nothing else: no sources, tests, stories or tooling.
const allowed = /^(dist\/.+|package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md)$/;
for (const file of files) check(allowed.test(file), `unexpected file in the tarball: ${file}`);

if (failures.length) {
  console.error(`npm pack from a clean tree is incomplete:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
const jsCount = files.filter((file) => file.endsWith(".js")).length;
const dtsCount = files.filter((file) => file.endsWith(".d.ts")).length;
console.log(
  `pack ok: ${path.basename(tarball)} (${(size / 1000).toFixed(0)} kB), ${files.length} files: ${jsCount} modules, ${dtsCount} declaration files, styles.css; every export target present`,
);

const run = (command, commandArgs) =>
  execFileSync(command, commandArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
run("node", ["scripts/check-dist.mjs"]);
run("npx", ["publint", "run", tarball, "--strict"]);
run("npx", ["attw", tarball, "--profile", "esm-only", "--exclude-entrypoints", "./styles.css"]);
if (destIndex >= 0) console.log(`tarball: ${tarball}`);
