import { readFileSync } from "node:fs";
import path from "node:path";
import { styleRules } from "../../scripts/css-rules.mjs";
import { buildStylesheet, guardUnstyled, stylesheetFiles, withAutoTheme } from "../../scripts/styles.mjs";

const tokensCss = readFileSync(path.join(__dirname, "../../src/styles/tokens.css"), "utf8");

/** The declarations of the first block opened by `opener`, as a name → value map. */
function declarations(css: string, opener: string): Map<string, string> {
  const start = css.indexOf(opener);
  if (start < 0) throw new Error(`no ${opener}`);
  const open = css.indexOf("{", start + opener.length - 1);
  const close = css.indexOf("}", open);
  const body = css.slice(open + 1, close).replace(/\/\*[\s\S]*?\*\//g, "");
  return new Map(
    body
      .split(";")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const;
      }),
  );
}

describe("tokens", () => {
  const light = declarations(tokensCss, ':where(:root, [data-theme="light"], [data-theme="auto"]) {');
  const dark = declarations(tokensCss, ':where([data-theme="dark"]) {');
  const built = buildStylesheet();
  const auto = declarations(built, '  :where([data-theme="auto"]) {');

  it('data-theme="auto" in a dark OS is exactly the dark theme, in the package stylesheet', () => {
    expect(auto.size).toBeGreaterThan(30);
    expect([...auto]).toEqual([...dark]);
    expect(built).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:where\(\[data-theme="auto"\]\)/);
  });

  it("the auto block is generated from the dark one, so tokens.css says it once", () => {
    expect(tokensCss).not.toContain('[data-theme="auto"]) {\n    --');
    const out = withAutoTheme(':where([data-theme="dark"]) {\n  --sc-x: #000;\n}\n');
    expect(out).toContain(
      '@media (prefers-color-scheme: dark) {\n  :where([data-theme="auto"]) {\n    --sc-x: #000;\n  }\n}',
    );
  });

  it("the dark theme overrides only tokens the light theme defines", () => {
    for (const name of dark.keys()) expect(light.has(name), name).toBe(true);
    expect(light.get("--sc-color-scheme")).toBe("light");
    expect(dark.get("--sc-color-scheme")).toBe("dark");
  });

  it("every token is prefixed, and the page's own color-scheme is left alone", () => {
    for (const name of [...light.keys(), ...dark.keys()]) expect(name).toMatch(/^--sc-/);
  });
});

describe("guardUnstyled", () => {
  const guard = ":not(:where([data-sc-unstyled], [data-sc-unstyled] *))";

  it("guards every selector of a list, before a pseudo-element, inside @media too", () => {
    const css =
      ":where(.a),\n:where(.b)::placeholder {\n  color: red;\n}\n@media (width > 1px) {\n  :where(.c) { color: blue; }\n}\n";
    const out = guardUnstyled(css);
    expect(out).toContain(`:where(.a)${guard},\n:where(.b)${guard}::placeholder {`);
    expect(out).toContain(`:where(.c)${guard} { color: blue; }`);
  });

  it("leaves @keyframes steps, comments and declarations alone", () => {
    const css =
      "/* :where(.x) { */\n@keyframes spin {\n  from { opacity: 0; }\n  to { opacity: 1; }\n}\n:where(.d) { background: url(a{b}.png); }\n";
    const out = guardUnstyled(css);
    expect(out).toContain("from { opacity: 0; }");
    expect(out).toContain("/* :where(.x) { */");
    expect(out).toContain(`:where(.d)${guard} {`);
  });

  it("keeps visually hidden text hidden in unstyled components", () => {
    expect(guardUnstyled(":where(.sc-visually-hidden) { position: absolute; }")).not.toContain(guard);
  });
});

describe("the package stylesheet", () => {
  const css = buildStylesheet();

  it("inlines every file index.css imports, tokens first, no @import left", () => {
    const files = stylesheetFiles().map((file: string) => path.basename(file));
    expect(files[0]).toBe("tokens.css");
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect(css).toContain(`/* ${file} */`);
    expect(css).not.toMatch(/@import/);
  });

  it("every component selector is zero-specificity and honours unstyled", () => {
    const rules = styleRules(css);
    const selectors = rules.flatMap((rule: { selectors: string[] }) => rule.selectors);
    expect(selectors.length).toBeGreaterThan(400);
    const unguarded = selectors.filter(
      (s: string) =>
        !s.replace(/::[a-z-]+$/, "").endsWith("[data-sc-unstyled] *))") &&
        !/^:where\((:root|\[data-theme|\.sc-visually-hidden\))/.test(s),
    );
    expect(unguarded).toEqual([]);
    expect(selectors.filter((s: string) => !s.startsWith(":where("))).toEqual([]);
  });
});
