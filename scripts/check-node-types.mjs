#!/usr/bin/env node
// Type test of the server entry on every supported Node: the packed package's declarations
// (`straddle-customers-react/server`) compiled by tsc against @types/node 20, 22, 24, 25 and
// latest, each with @types/express 4 and 5: `http.createServer(toNodeHandler(proxy))`,
// `https.createServer(…)`, and Express `app.use(…)` / `app.use(path, …)` / a Router must
// typecheck as written. One temporary project per pair (an alias cannot hold two
// @types/express-serve-static-core majors apart), installed in parallel.
//
//   node scripts/check-node-types.mjs                  packs first
//   PACKED_TARBALL=x.tgz node scripts/check-node-types.mjs
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { packedTarball, root, tempDir } from "./packed.mjs";

const run = promisify(execFile);
const nodeTypes = ["20", "22", "24", "25", "latest"];
const expressTypes = ["4", "5"];

const fixture = `import http from "node:http";
import https from "node:https";
import express from "express";
import { createStraddleProxy, type NodeHandler, toNodeHandler } from "straddle-customers-react/server";

const proxy = createStraddleProxy({ apiKey: "sk_test", environment: "sandbox", basePath: "/api/straddle" });
const handler: NodeHandler = toNodeHandler(proxy);

// node:http and node:https, with the handler as the request listener.
http.createServer(toNodeHandler(proxy)).listen(0);
https.createServer({}, handler);
const server = http.createServer();
server.on("request", handler);
server.on("request", (req, res) => {
  void handler(req, res);
});

// Express: mounted at the root, at the proxy's base path, and on a Router.
const app = express();
app.use(toNodeHandler(proxy));
app.use("/api/straddle", toNodeHandler(proxy));
app.all("/api/straddle/*splat", handler);
const router = express.Router();
router.use(handler);
app.use(router);
app.use((req, res, next) => {
  if (req.path.startsWith("/api/straddle")) void handler(req, res);
  else next();
});
`;

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    lib: ["ES2023"],
  },
  files: ["fixture.ts"],
};

const tarball = packedTarball();
const work = tempDir("node-types");
const pkgDir = path.join(work, "package");
execFileSync("tar", ["-xzf", tarball, "-C", work]);
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");

const pairs = nodeTypes.flatMap((node) => expressTypes.map((express) => ({ node, express })));
const started = Date.now();
try {
  const results = await Promise.all(
    pairs.map(async ({ node, express }) => {
      const dir = path.join(work, `node${node}-express${express}`);
      mkdirSync(path.join(dir, "node_modules"), { recursive: true });
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({ name: "types-host", private: true, type: "module" }),
      );
      writeFileSync(path.join(dir, "fixture.ts"), fixture);
      writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
      await run(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          "--prefer-offline",
          "--loglevel=error",
          `@types/node@${node}`,
          `@types/express@${express}`,
        ],
        { cwd: dir },
      );
      // The package itself, as installed (its server declarations import nothing else).
      symlinkSync(pkgDir, path.join(dir, "node_modules", "straddle-customers-react"), "dir");
      const { stdout: version } = await run(
        "node",
        ["-p", "require('./node_modules/@types/node/package.json').version"],
        { cwd: dir },
      );
      try {
        await run("node", [tsc, "-p", "tsconfig.json"], { cwd: dir });
        return { node: version.trim(), express, ok: true, output: "" };
      } catch (error) {
        return {
          node: version.trim(),
          express,
          ok: false,
          output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
        };
      }
    }),
  );
  let failed = false;
  for (const result of results) {
    console.log(
      `${result.ok ? "ok  " : "FAIL"} @types/node ${result.node.padEnd(8)} @types/express ${result.express}`,
    );
    if (!result.ok) {
      failed = true;
      console.log(result.output.replace(/^/gm, "      "));
    }
  }
  console.log(`(${pairs.length} projects in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (failed) {
    console.error("toNodeHandler does not typecheck on every supported @types/node / @types/express");
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
