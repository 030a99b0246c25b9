// The package as a host receives it: `npm pack` (whose `prepack` builds dist/) and the tarball
// installed into a fresh folder. Shared by scripts/check-pack.mjs, bench/size.mjs and
// scripts/host-smoke.mjs.
//
// PACKED_TARBALL=/path/to.tgz reuses a tarball packed earlier (CI packs once, from a clean tree).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

/** A new empty temporary folder. */
export function tempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), `sc-${prefix}-`));
}

/**
 * Runs `npm pack` in the repository (prepack builds) into `destination`.
 * Returns the tarball's path and the packed file list.
 */
export function pack(destination = tempDir("pack")) {
  mkdirSync(destination, { recursive: true });
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  // The build's own output precedes npm's JSON on stdout.
  const start = out.lastIndexOf("\n[\n");
  const [result] = JSON.parse(start >= 0 ? out.slice(start) : out);
  return {
    tarball: path.join(destination, result.filename),
    files: result.files.map((file) => file.path),
    size: result.size,
  };
}

/** The tarball named by PACKED_TARBALL, or a fresh `npm pack` (removed when the process exits). */
export function packedTarball() {
  const given = process.env.PACKED_TARBALL;
  if (given) {
    if (!existsSync(given)) throw new Error(`PACKED_TARBALL=${given} does not exist`);
    return path.resolve(given);
  }
  const destination = tempDir("pack");
  process.on("exit", () => rmSync(destination, { recursive: true, force: true }));
  return pack(destination).tarball;
}

/** The exact version this repository pins for a dev dependency (so installs hit the npm cache). */
export function pinned(name) {
  const version = pkg.devDependencies?.[name] ?? pkg.dependencies?.[name];
  if (!version) throw new Error(`${name} is not pinned in package.json`);
  return `${name}@${version}`;
}

/**
 * A fresh host project in `dir`: package.json (ESM, private), then `npm install` of the tarball
 * and `deps` (name@version), as a host's own install would do it.
 */
export function installHost(dir, tarball, deps = [], files = {}) {
  writeFileSync(
    path.join(dir, "package.json"),
    `${JSON.stringify({ name: "sc-host", private: true, version: "0.0.0", type: "module" }, null, 2)}\n`,
  );
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, ...deps],
    { cwd: dir, stdio: ["ignore", "inherit", "inherit"] },
  );
}
