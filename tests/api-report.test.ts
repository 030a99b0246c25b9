// @vitest-environment node
// The public API is locked: every export of every entry point (name, value or type, and the
// type of each value) is compared with the committed api-report.json. After an intended
// change, regenerate it with `npm run api-report` and review the diff like code.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = path.resolve(__dirname, "..");
const reportPath = path.join(root, "api-report.json");
const entries: Record<string, string> = {
  "straddle-customers-react": "src/index.ts",
  "straddle-customers-react/headless": "src/headless.ts",
  "straddle-customers-react/sandbox": "src/sandbox/index.ts",
  "straddle-customers-react/server": "src/server/index.ts",
};

function buildReport(): Record<string, Record<string, string>> {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = Object.values(entries)
    .map((file) => path.join(root, file))
    .filter((file) => existsSync(file));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const report: Record<string, Record<string, string>> = {};
  for (const [name, file] of Object.entries(entries)) {
    const source = program.getSourceFile(path.join(root, file));
    if (!source) continue;
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    const exports: Record<string, string> = {};
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      if (target.flags & ts.SymbolFlags.Value && declaration) {
        const type = checker.getTypeOfSymbolAtLocation(target, declaration);
        exports[symbol.name] =
          `value: ${shorten(checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation))}`;
      } else {
        exports[symbol.name] = "type";
      }
    }
    report[name] = Object.fromEntries(Object.entries(exports).sort(([a], [b]) => a.localeCompare(b)));
  }
  return report;
}

/** Long types (zod schemas) keep their start and a hash of the whole, so any change still shows. */
function shorten(type: string): string {
  if (type.length <= 240) return type;
  return `${type.slice(0, 160)}… #${createHash("sha256").update(type).digest("hex").slice(0, 12)}`;
}

/** Implementation details that once leaked through `export *` chains: never public again. */
const internals = [
  "randomId",
  "envelope",
  "openEnum",
  "OpenEnum",
  "buildUrl",
  "buildQueryString",
  "IDEMPOTENCY_KEY_PATTERN",
  "referenceToPath",
  "StraddleErrorInit",
  "WithDataAlias",
  "buildUpdateBody",
  "StraddleContext",
  "StraddleContextValue",
  "useStraddle",
  "createRequestSchemas",
  "toCreateInput",
  "toUpdateChanges",
  "createCustomerFormSchema",
  "Meter",
  "CodeChip",
  "Icon",
  "Skeleton",
  "StateMessage",
];

describe("public API report", () => {
  test("entries are explicit lists: no `export *`, and no internal name is exported", () => {
    const report = buildReport();
    for (const file of Object.values(entries)) {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(source, `${file} re-exports with \`export *\``).not.toMatch(/export\s+\*/);
    }
    const leaked = Object.entries(report).flatMap(([entry, names]) =>
      internals.filter((name) => name in names).map((name) => `${entry} › ${name}`),
    );
    expect(leaked).toEqual([]);
    expect(report["straddle-customers-react"]).toHaveProperty("useStraddleClient");
    expect(report["straddle-customers-react/headless"]).toHaveProperty("useStraddleClient");
    expect(report["straddle-customers-react"]).toHaveProperty("Badge");
  }, 60_000);

  test("matches the committed api-report.json", () => {
    const current = buildReport();
    if (process.env.UPDATE_API_REPORT === "1") {
      writeFileSync(reportPath, `${JSON.stringify(current, null, 2)}\n`);
    }
    expect(existsSync(reportPath), "api-report.json is missing: run `npm run api-report`").toBe(true);
    const committed = JSON.parse(readFileSync(reportPath, "utf8")) as typeof current;
    const changes: string[] = [];
    for (const entry of new Set([...Object.keys(committed), ...Object.keys(current)])) {
      const before = committed[entry] ?? {};
      const after = current[entry] ?? {};
      for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!(name in after)) changes.push(`removed ${entry} › ${name}`);
        else if (!(name in before)) changes.push(`added ${entry} › ${name}`);
        else if (before[name] !== after[name]) changes.push(`changed ${entry} › ${name}`);
      }
    }
    expect(changes, "the public API changed: run `npm run api-report` and commit api-report.json").toEqual(
      [],
    );
  }, 60_000);
});
