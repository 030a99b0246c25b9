// @ts-check
/**
 * Vitest reporter for the visual baselines (.storybook/visual.ts takes the pictures).
 *
 * - When a story's picture differs from its baseline (or has none): writes
 *   `visual-report/index.html` — per story, theme and width: expected, actual and diff side by
 *   side — and prints one line pointing at it.
 * - With `--update`: deletes the baselines that no story takes any more (a story renamed,
 *   removed, or no longer shot at 390 px), when the run covered every story file.
 * - Otherwise it lists such stale baselines, so they do not linger.
 *
 * The folder is emptied at the start of every run of the storybook projects; it is gitignored.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stripVTControlCharacters } from "node:util";

const BASELINES = "stories/__visual__";
const REPORT = "visual-report";
/** `storybook` and `storybook-dark`, which Vitest names after the browser: `storybook (chromium)`. */
const storyTheme = (projectName) => (/^storybook(-dark)?(?: \(|$)/.exec(projectName)?.[1] ? "dark" : "light");
const isStoryProject = (projectName) => /^storybook(-dark)?(?: \(|$)/.test(projectName);

/**
 * `components-customertable__default__dark-390` → story `components-customertable--default`, dark,
 * 390 px (.storybook/visual.ts writes the story id's `--` as `__`: Vitest collapses `--` in file names).
 */
export function parseShotName(name) {
  const match = /^(.*)__(light|dark)(?:-(\d+))?$/.exec(name);
  if (!match) return { storyId: name, theme: "?", width: undefined };
  const storyId = (match[1] ?? name).replace("__", "--");
  return { storyId, theme: match[2] ?? "?", width: match[3] ? Number(match[3]) : undefined };
}

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * @param {{ title: string; file: string; shot: string; message: string; images: Record<string, { src: string; width: number; height: number } | undefined> }[]} entries
 */
export function renderReport(
  entries,
  { generatedAt = new Date().toISOString(), updateCommand = "npm run test:visual -- --update" } = {},
) {
  const sorted = [...entries].sort((a, b) => a.shot.localeCompare(b.shot));
  const rows = sorted
    .map((entry) => {
      const { storyId, theme, width } = parseShotName(entry.shot);
      const cell = (label, image) =>
        image
          ? `<figure><figcaption>${label} <small>${image.width}×${image.height}</small></figcaption><a href="${escapeHtml(image.src)}"><img src="${escapeHtml(image.src)}" alt="${label}: ${escapeHtml(entry.title)}, ${theme}" loading="lazy"></a></figure>`
          : `<figure class="none"><figcaption>${label}</figcaption><p>${label === "Expected" ? "No baseline yet" : "—"}</p></figure>`;
      return `<section id="${escapeHtml(entry.shot)}" data-theme="${theme}">
  <h2>${escapeHtml(entry.title)} <span class="tag">${theme}</span>${width ? ` <span class="tag">${width} px</span>` : ""}</h2>
  <p class="meta"><code>${escapeHtml(storyId)}</code> · ${escapeHtml(entry.file)}</p>
  <p class="message">${escapeHtml(entry.message)}</p>
  <div class="images">${cell("Expected", entry.images.reference)}${cell("Actual", entry.images.actual)}${cell("Diff", entry.images.diff)}</div>
</section>`;
    })
    .join("\n");
  const toc = sorted
    .map((entry) => {
      const { theme, width } = parseShotName(entry.shot);
      return `<li><a href="#${escapeHtml(entry.shot)}">${escapeHtml(entry.title)}</a> · ${theme}${width ? ` · ${width} px` : ""}</li>`;
    })
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visual differences (${sorted.length})</title>
<style>
  body { font: 14px/1.5 system-ui, sans-serif; margin: 0; padding: 24px; background: #f6f7f9; color: #1f2328; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  h2 { font-size: 16px; margin: 0 0 4px; }
  .lead, .meta { color: #57606a; margin: 0 0 12px; }
  .tag { font-size: 12px; font-weight: 500; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 6px; background: #fff; }
  .message { white-space: pre-wrap; margin: 0 0 12px; }
  section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px; margin: 16px 0; }
  .images { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; align-items: start; }
  figure { margin: 0; }
  figcaption { font-weight: 600; margin-bottom: 4px; }
  figcaption small { font-weight: 400; color: #57606a; }
  img { max-inline-size: 100%; block-size: auto; border: 1px solid #d0d7de; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  figure.none p { color: #57606a; border: 1px dashed #d0d7de; padding: 24px; text-align: center; }
  code { font-size: 13px; }
  ol { columns: 2; }
</style>
</head>
<body>
<h1>Visual differences: ${sorted.length} picture${sorted.length === 1 ? "" : "s"}</h1>
<p class="lead">Expected is the committed baseline (<code>${BASELINES}/</code>), actual is this run, diff marks changed pixels in red (anti-aliasing in yellow). Intended? Accept them with <code>${escapeHtml(updateCommand)}</code> and commit the PNGs. Generated ${escapeHtml(generatedAt)}.</p>
<ol>${toc}</ol>
${rows}
</body>
</html>
`;
}

export default class VisualReporter {
  /** @type {import("vitest/node").Vitest | undefined} */
  vitest;
  /** @type {Map<string, { title: string; file: string; shot: string; message: string; images: Record<string, { src: string; width: number; height: number } | undefined> }>} */
  entries = new Map();
  active = false;
  root = process.cwd();

  /** @param {import("vitest/node").Vitest} vitest */
  onInit(vitest) {
    this.vitest = vitest;
    this.root = vitest.config.root;
  }

  /** @param {ReadonlyArray<import("vitest/node").TestSpecification>} specifications */
  onTestRunStart(specifications) {
    this.entries.clear();
    this.artifacts = [];
    this.active = specifications.some((spec) => isStoryProject(spec.project.name));
    if (this.active) rmSync(path.join(this.root, REPORT), { recursive: true, force: true });
  }

  /** @type {{ testCase: import("vitest/node").TestCase; artifact: any }[]} */
  artifacts = [];

  /**
   * @param {import("vitest/node").TestCase} testCase
   * @param {any} artifact
   */
  onTestCaseArtifactRecord(testCase, artifact) {
    if (artifact?.type === "internal:toMatchScreenshot") this.artifacts.push({ testCase, artifact });
  }

  /**
   * Vitest hands the reporter copies named by the SHA-1 of the original path; the shot names the
   * test recorded (`meta.visualShots`) give the original paths back.
   * @param {import("vitest/node").TestCase} testCase
   * @param {any} artifact
   */
  collect(testCase, artifact) {
    const names = /** @type {{ visualShots?: string[] }} */ (testCase.meta()).visualShots ?? [];
    /** @type {Map<string, { name: string; kind: string }>} */
    const byHash = new Map();
    const sha1 = (file) => createHash("sha1").update(file).digest("hex");
    for (const name of names) {
      byHash.set(sha1(path.join(this.root, BASELINES, `${name}.png`)), { name, kind: "reference" });
      for (const kind of ["reference", "actual", "diff"]) {
        byHash.set(sha1(path.join(this.root, REPORT, "images", `${name}-${kind}.png`)), { name, kind });
      }
    }
    const dir = path.join(this.root, REPORT, "images");
    mkdirSync(dir, { recursive: true });
    /** @type {Record<string, { src: string; width: number; height: number } | undefined>} */
    const images = {};
    let shot = "";
    for (const attachment of artifact.attachments ?? []) {
      const source = attachment.path;
      if (!source) continue;
      const hash = /([0-9a-f]{40})\.png$/.exec(source)?.[1];
      const found = hash ? byHash.get(hash) : undefined;
      const name = found?.name ?? path.basename(source, ".png");
      shot ||= name;
      const file = `${name}-${attachment.name}.png`;
      const target = path.join(dir, file);
      // Copy the baseline too: the report keeps showing what was expected after an --update.
      if (path.resolve(source) !== path.resolve(target) && existsSync(source)) copyFileSync(source, target);
      images[attachment.name] = { src: `images/${file}`, width: attachment.width, height: attachment.height };
    }
    const title = `${testCase.module.moduleId
      .split("/")
      .pop()
      ?.replace(/\.stories\.tsx?$/, "")} › ${testCase.name}`;
    const message = stripVTControlCharacters(String(artifact.message ?? ""));
    this.entries.set(shot, {
      title,
      file: path.relative(this.root, testCase.module.moduleId),
      shot,
      message,
      images,
    });
  }

  /** @param {ReadonlyArray<import("vitest/node").TestModule>} testModules */
  onTestRunEnd(testModules) {
    if (!this.active || !this.vitest) return;
    const shots = new Set();
    const ranFiles = new Set();
    const themes = new Set();
    let pictures = 0;
    for (const module of testModules) {
      if (!isStoryProject(module.project.name)) continue;
      ranFiles.add(module.moduleId);
      themes.add(storyTheme(module.project.name));
      for (const test of module.children.allTests()) {
        const taken = /** @type {{ visualShots?: string[] }} */ (test.meta()).visualShots ?? [];
        for (const name of taken) shots.add(name);
        if (test.result().state === "passed") pictures += taken.length;
      }
    }
    if (ranFiles.size === 0) return;
    for (const { testCase, artifact } of this.artifacts) this.collect(testCase, artifact);

    // Baselines no story takes any more, among the themes this run covered.
    const everyFile = this.allStoryFiles().every((file) => ranFiles.has(file));
    const complete = everyFile && !this.vitest.config.testNamePattern;
    const baselineDir = path.join(this.root, BASELINES);
    const stale = complete
      ? (existsSync(baselineDir) ? readdirSync(baselineDir) : [])
          .filter((file) => file.endsWith(".png"))
          .filter((file) => {
            const name = file.slice(0, -4);
            return themes.has(parseShotName(name).theme) && !shots.has(name);
          })
      : [];
    const updating = this.vitest.config.snapshotOptions.updateSnapshot === "all";
    const out = (line) => process.stdout.write(`${line}\n`);
    if (stale.length > 0 && updating) {
      for (const file of stale) rmSync(path.join(baselineDir, file));
      out(`visual: deleted ${stale.length} baseline(s) no story takes any more.`);
    } else if (stale.length > 0) {
      out(
        `visual: ${stale.length} baseline(s) no story takes any more (run \`npm run test:visual -- --update\` to delete): ${stale.join(", ")}`,
      );
    }

    if (this.entries.size > 0) {
      const file = path.join(this.root, REPORT, "index.html");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, renderReport([...this.entries.values()]));
      out(
        `visual: ${this.entries.size} picture(s) differ from their baselines — open ${pathToFileURL(file).href}`,
      );
    } else {
      const size = (existsSync(baselineDir) ? readdirSync(baselineDir) : [])
        .filter((f) => f.endsWith(".png"))
        .reduce((sum, f) => sum + statSync(path.join(baselineDir, f)).size, 0);
      out(
        `visual: ${pictures} picture(s) ${updating ? "written/confirmed" : "match their baselines"} (${BASELINES}: ${(size / 1024 / 1024).toFixed(1)} MB).`,
      );
    }
  }

  /** Every story file the storybook projects would run. */
  allStoryFiles() {
    const dir = path.join(this.root, "stories");
    return readdirSync(dir)
      .filter((file) => /\.stories\.tsx?$/.test(file))
      .map((file) => path.join(dir, file));
  }
}
