import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** One JSON body and the SDK type it must be assignable to, e.g. `Straddle.CustomerV1`. */
export interface TypedBody {
  /** Shown with any error: `POST /v1/customers → 201`. */
  label: string;
  /** A type expression over `Straddle` (the SDK's client namespace). */
  type: string;
  json: unknown;
}

/**
 * Checks real response bodies against the official SDK's own `.d.ts` types with the TypeScript
 * compiler: each body becomes an object literal assigned to its SDK type in a virtual module
 * (never written to disk), so a missing required field, a wrong type, a value outside an enum
 * or an unknown field (excess-property check) is a compile error. Returns the errors, each
 * prefixed with its body's label; empty when every body fits.
 */
export function sdkTypeErrors(bodies: readonly TypedBody[]): string[] {
  const fileName = path.join(repo, "tests/sdk/__sdk-responses__.ts");
  const labels: string[] = [];
  let text = 'import type { Straddle } from "@straddlecom/straddle";\n';
  bodies.forEach((body, i) => {
    const start = text.split("\n").length;
    const literal = JSON.stringify(body.json, null, 1) ?? "undefined";
    text += `export const body${i}: ${body.type} = ${literal};\n`;
    const end = text.split("\n").length;
    for (let line = start; line < end; line++) labels[line] = body.label;
  });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, version, onError, create) =>
    path.resolve(name) === fileName
      ? ts.createSourceFile(name, text, version)
      : getSourceFile(name, version, onError, create);
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists(name);
  host.readFile = (name) => (path.resolve(name) === fileName ? text : readFile(name));
  const program = ts.createProgram([fileName], options, host);
  const source = program.getSourceFile(fileName);
  return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${labels[line + 1] ?? "(module)"} (line ${line + 1}): ${message}`;
  });
}
