// @vitest-environment node
// Every ```ts / ```tsx block of README.md is a file of a host's app, and must typecheck against
// the package's public entries (resolved to the sources), so the README cannot drift.
//
// Conventions for README authors:
// - A block is a module of its own. When its first line is a comment naming a path
//   (`// app/customers/[id]/page.tsx …`), the block is that file, and other blocks can import it
//   by that path (`import { Providers } from "./providers"`).
// - Names a snippet takes from the host's own app (a session helper, an audit log) are declared
//   in an HTML comment right before the block, invisible on the rendered page:
//   <!-- typecheck: declare function getSession(request: Request): Promise<Session | null>; -->
// - `unused` locals are allowed (snippets illustrate); everything else is the project's strict TS.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const root = path.resolve(__dirname, "..");
const readmePath = path.join(root, "README.md");
/** Where the blocks live, virtually: inside the repository, so node_modules resolve. */
const blocksRoot = path.join(root, ".readme-blocks");

interface ReadmeBlock {
  /** 1-based line of the block's first code line in README.md. */
  line: number;
  heading: string;
  lang: "ts" | "tsx";
  code: string;
  declarations: string;
  file: string;
}

function extractBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split("\n");
  const blocks: ReadmeBlock[] = [];
  let heading = "(top)";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title?.[1]) heading = title[1].trim();
    const fence = /^(\s*)```(ts|tsx|typescript)\s*$/.exec(line);
    if (!fence) continue;
    const indent = fence[1]?.length ?? 0;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? "")) end++;
    const code = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join("\n");
    // The typecheck comment: on the lines just before the fence (blank lines allowed).
    let declarations = "";
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const match = /^\s*<!--\s*typecheck:\s*([\s\S]*?)-->\s*$/.exec(lines[j] ?? "");
      if (match?.[1]) {
        declarations = match[1].trim();
        break;
      }
      if ((lines[j] ?? "").trim() !== "") break;
    }
    const lang = fence[2] === "tsx" ? "tsx" : "ts";
    const named = /^\/\/\s*([\w./[\]-]+\.(?:tsx?|mts))\b/.exec(code.split("\n")[0] ?? "");
    const file = path.join(blocksRoot, named?.[1] ?? `line-${start + 1}.${lang}`);
    blocks.push({ line: start + 1, heading, lang, code, declarations, file });
    i = end;
  }
  return blocks;
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    types: ["node"],
    paths: {
      "straddle-customers-react": [path.join(root, "src/index.ts")],
      "straddle-customers-react/headless": [path.join(root, "src/headless.ts")],
      "straddle-customers-react/sandbox": [path.join(root, "src/sandbox/index.ts")],
      "straddle-customers-react/server": [path.join(root, "src/server/index.ts")],
    },
  };
}

/** What a host's bundler types declare for stylesheet imports (`vite/client` and the like). */
const ambient = `declare module "*.css" {}\n`;

let previous: ts.Program | undefined;

function typecheck(blocks: ReadmeBlock[]): string[] {
  const files = new Map<string, string>();
  for (const block of blocks) {
    // Declarations go after the code, so the README's line numbers stay exact; `export {}`
    // makes a block without imports a module of its own.
    files.set(block.file, `${block.code}\n${block.declarations}\nexport {};\n`);
  }
  const ambientFile = path.join(blocksRoot, "ambient.d.ts");
  files.set(ambientFile, ambient);
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) =>
    [...files.keys()].some((file) => file.startsWith(`${dir}${path.sep}`)) ||
    (directoryExists?.(dir) ?? true);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = files.get(file);
    return text !== undefined
      ? ts.createSourceFile(file, text, language)
      : getSourceFile.call(host, file, language, onError, create);
  };
  // Reusing the previous program keeps the library's and React's types parsed once.
  const program = ts.createProgram([...files.keys()], options, host, previous);
  previous = program;
  const byFile = new Map(blocks.map((block) => [block.file, block]));
  // Only the blocks are checked (the library's own files are `npm run typecheck`'s job).
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...files.keys()].flatMap((file) => {
      const source = program.getSourceFile(file);
      return source
        ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
        : [];
    }),
  ];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n    ");
    const block = d.file ? byFile.get(d.file.fileName) : undefined;
    if (!block || !d.file || d.start === undefined) return `TS${d.code}: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const codeLines = block.code.split("\n").length;
    const where =
      line < codeLines
        ? `README.md:${block.line + line}:${character + 1}`
        : `README.md:${block.line - 1} (the typecheck comment before the block)`;
    return `${where} in "${block.heading}" (a \`\`\`${block.lang} block): TS${d.code}: ${message}`;
  });
}

describe("README code blocks", () => {
  const blocks = extractBlocks(readFileSync(readmePath, "utf8"));

  test("the README has typed examples (quick start, backend route, sandbox…)", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.map((b) => b.heading)).toContain("Quick start");
  });

  test("every ts/tsx block typechecks against the public entries, as written", () => {
    const errors = typecheck(blocks);
    expect(
      errors,
      `README code blocks that do not compile (fix the block, or declare the host's own names in a <!-- typecheck: … --> comment before it):\n${errors.join("\n")}`,
    ).toEqual([]);
  }, 120_000);

  test("a block that does not compile is reported with its README line and heading", () => {
    const sample = [
      "# Title",
      "",
      "## Broken example",
      "",
      "```tsx",
      'import type { StraddleFetcher } from "straddle-customers-react";',
      "const x: StraddleFetcher = telemetry;",
      "```",
      "",
    ].join("\n");
    const errors = typecheck(extractBlocks(sample));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^README\.md:7:28 in "Broken example" \(a ```tsx block\): TS2304: Cannot find name 'telemetry'/,
    );
  }, 120_000);

  test("names declared in a typecheck comment are known to the block", () => {
    const sample = [
      "## Declared",
      "<!-- typecheck: declare const telemetry: number; -->",
      "```ts",
      "const x: number = telemetry;",
      "```",
    ].join("\n");
    expect(typecheck(extractBlocks(sample))).toEqual([]);
  }, 120_000);
});
