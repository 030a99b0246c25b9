import {
  type CSSProperties,
  type ReactNode,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { Badge, DecisionDialog, ReviewBreakdownPanel } from "../src/index";
import tokensCss from "../src/styles/tokens.css?raw";
import "./theme-editor.css";

/** A design token of the library: always `--sc-…`. */
export type TokenName = `--sc-${string}`;

interface ColorControl {
  kind: "color";
  name: TokenName;
  label: string;
}

interface LengthControl {
  kind: "length";
  name: TokenName;
  label: string;
  min: number;
  max: number;
  /**
   * Tokens written together with this one, as multiples of its value: the spacing scale is one
   * control (`--sc-space-1`) that sets `--sc-space-2` … `--sc-space-6` to 2× … 6× it.
   */
  scale?: readonly (readonly [TokenName, number])[];
}

type Control = ColorControl | LengthControl;

interface Group {
  title: string;
  controls: readonly Control[];
}

const groups: readonly Group[] = [
  {
    title: "Brand",
    controls: [
      { kind: "color", name: "--sc-color-accent", label: "Accent" },
      { kind: "color", name: "--sc-color-accent-text", label: "Text on accent" },
      { kind: "color", name: "--sc-color-link", label: "Link" },
      { kind: "color", name: "--sc-color-focus", label: "Focus ring" },
    ],
  },
  {
    title: "Surface and text",
    controls: [
      { kind: "color", name: "--sc-color-background", label: "Page background" },
      { kind: "color", name: "--sc-color-surface", label: "Surface" },
      { kind: "color", name: "--sc-color-border", label: "Border" },
      { kind: "color", name: "--sc-color-text", label: "Text" },
      { kind: "color", name: "--sc-color-text-muted", label: "Muted text" },
    ],
  },
  {
    title: "Shape and type",
    controls: [
      { kind: "length", name: "--sc-radius", label: "Radius", min: 0, max: 24 },
      { kind: "length", name: "--sc-font-size-md", label: "Body font size", min: 11, max: 20 },
      {
        kind: "length",
        name: "--sc-space-1",
        label: "Spacing unit",
        min: 2,
        max: 8,
        scale: [
          ["--sc-space-2", 2],
          ["--sc-space-3", 3],
          ["--sc-space-4", 4],
          ["--sc-space-5", 5],
          ["--sc-space-6", 6],
        ],
      },
    ],
  },
  {
    title: "Decision colours",
    controls: (["positive", "caution", "negative", "neutral"] as const).flatMap((tone) => [
      { kind: "color" as const, name: `--sc-color-${tone}-text` as const, label: `${capitalise(tone)} text` },
      {
        kind: "color" as const,
        name: `--sc-color-${tone}-bg` as const,
        label: `${capitalise(tone)} background`,
      },
    ]),
  },
];

const controls: readonly Control[] = groups.flatMap((group) => group.controls);

/** Every token the editor can write, in the order the snippet lists them. */
const writable: readonly TokenName[] = controls.flatMap((control) =>
  control.kind === "length" && control.scale
    ? [control.name, ...control.scale.map(([name]) => name)]
    : [control.name],
);

/** The dialog's content is portalled to the end of `<body>`, away from the host's wrapper. */
const dialogSelector = ".sc-DecisionDialog-content";

type Tokens = Partial<Record<TokenName, string>>;

export interface ThemeEditorProps {
  /** The customer the preview panel and the decision trigger load (one in review shows the most). */
  customerId: string;
  /** The class the CSS snippet is written for. */
  selector?: string;
}

/**
 * A live editor of the library's design tokens: native colour and number inputs whose values
 * land as CSS custom properties (React `style`) on a wrapper around real components, and the
 * CSS a host would copy. Defaults are the computed values of the current theme, read again
 * whenever a `data-theme` changes or the OS colour scheme does.
 */
export function ThemeEditor({ customerId, selector = ".my-admin" }: ThemeEditorProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [defaults, setDefaults] = useState<Tokens | null>(null);
  const [overrides, setOverrides] = useState<Tokens>({});
  const ids = useId();

  const readDefaults = useCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const style = getComputedStyle(root);
    const next: Tokens = {};
    for (const name of writable) next[name] = style.getPropertyValue(name).trim();
    for (const control of controls) {
      if (control.kind === "color") next[control.name] = toHex(next[control.name] ?? "", root);
    }
    setDefaults((previous) => (previous && sameTokens(previous, next) ? previous : next));
  }, []);

  // Before paint: the controls never show a made-up value.
  useLayoutEffect(() => {
    readDefaults();
    // The toolbar's theme lands as data-theme on an ancestor; `auto` follows the OS.
    const observer = new MutationObserver(readDefaults);
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ["data-theme"],
    });
    const media = matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", readDefaults);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", readDefaults);
    };
  }, [readDefaults]);

  const set = (control: Control, value: string) => {
    setOverrides((current) => {
      const next = { ...current };
      const entries: [TokenName, string][] =
        control.kind === "length"
          ? [
              [control.name, px(Number(value))],
              ...(control.scale ?? []).map(([name, factor]): [TokenName, string] => [
                name,
                px(Number(value) * factor),
              ]),
            ]
          : [[control.name, value.toLowerCase()]];
      for (const [name, token] of entries) {
        if (sameValue(token, defaults?.[name])) delete next[name];
        else next[name] = token;
      }
      return next;
    });
  };

  const changed = writable.filter((name) => overrides[name] !== undefined);
  const declarations: [string, string][] = changed.map((name) => [name, overrides[name] ?? ""]);
  const previewStyle = Object.fromEntries(declarations) as CSSProperties;
  const body = declarations.map(([name, value]) => `  ${name}: ${value};`).join("\n");
  const snippet = declarations.length
    ? `/* ${dialogSelector}: the open dialog, portalled to <body>. */\n${selector},\n${dialogSelector} {\n${body}\n}`
    : "/* No token changed yet: edit a control. */";

  return (
    <div ref={rootRef} className="te">
      <form
        className="te-controls"
        aria-labelledby={`${ids}-title`}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="te-head">
          <h2 id={`${ids}-title`} className="te-title">
            Tokens
          </h2>
          <button
            type="button"
            className="te-reset"
            onClick={() => setOverrides({})}
            disabled={changed.length === 0}
          >
            Reset
          </button>
        </div>
        <p className="te-hint">Defaults are the current theme's values.</p>
        {defaults
          ? groups.map((group) => (
              <fieldset key={group.title} className="te-group">
                <legend className="te-legend">{group.title}</legend>
                {group.controls.map((control) => (
                  <Field
                    key={control.name}
                    id={`${ids}${control.name}`}
                    control={control}
                    value={overrides[control.name] ?? defaults[control.name] ?? ""}
                    changed={overrides[control.name] !== undefined}
                    onChange={(value) => set(control, value)}
                  />
                ))}
              </fieldset>
            ))
          : null}
      </form>

      {/* The snippet's second selector, live: the open dialog follows the edits too. */}
      {declarations.length ? <style>{`${dialogSelector} {\n${body}\n}`}</style> : null}
      <div className="te-main">
        <div className="te-snippet">
          <label htmlFor={`${ids}-css`} className="te-title">
            CSS to copy <span className="te-muted">(only the changed tokens)</span>
          </label>
          <textarea
            id={`${ids}-css`}
            className="te-code"
            readOnly
            spellCheck={false}
            rows={Math.max(4, snippet.split("\n").length)}
            wrap="off"
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <section className="te-preview" style={previewStyle} aria-labelledby={`${ids}-preview`}>
          <div className="te-head">
            <h2 id={`${ids}-preview`} className="te-title">
              Preview
            </h2>
            <DecisionDialog customerId={customerId} />
          </div>
          <ul className="te-badges" aria-label="Decision badges">
            <li>
              <Badge value="verified">Verified</Badge>
            </li>
            <li>
              <Badge value="review">Review</Badge>
            </li>
            <li>
              <Badge value="rejected">Rejected</Badge>
            </li>
            <li>
              <Badge value="pending" tone="neutral">
                Pending
              </Badge>
            </li>
            <li>
              <Badge value="inactive" tone="muted">
                Inactive
              </Badge>
            </li>
          </ul>
          <ReviewBreakdownPanel customerId={customerId} headingLevel={3} watchlist="hidden" />
        </section>
      </div>
    </div>
  );
}

function Field({
  id,
  control,
  value,
  changed,
  onChange,
}: {
  id: string;
  control: Control;
  value: string;
  changed: boolean;
  onChange: (value: string) => void;
}) {
  let input: ReactNode;
  if (control.kind === "color") {
    input = (
      <>
        <input
          id={id}
          type="color"
          className="te-color"
          value={value}
          aria-describedby={`${id}-token`}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <span className="te-value">{value}</span>
      </>
    );
  } else {
    input = (
      <>
        <input
          id={id}
          type="number"
          className="te-number"
          min={control.min}
          max={control.max}
          step={1}
          value={Number.parseFloat(value) || 0}
          aria-describedby={`${id}-token`}
          onChange={(event) => {
            const next = event.currentTarget.valueAsNumber;
            if (Number.isFinite(next)) onChange(String(clamp(next, control.min, control.max)));
          }}
        />
        <span className="te-value">px</span>
      </>
    );
  }
  return (
    <div className="te-field" data-changed={changed || undefined}>
      <label htmlFor={id} className="te-label">
        {control.label}
      </label>
      <code id={`${id}-token`} className="te-token">
        {control.kind === "length" && control.scale
          ? `${control.name} … ${control.scale.at(-1)?.[0].replace("--sc-", "") ?? ""}`
          : control.name}
      </code>
      <span className="te-input">{input}</span>
    </div>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function px(value: number) {
  return `${Math.round(value * 100) / 100}px`;
}

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

function sameValue(a: string, b: string | undefined) {
  return b !== undefined && a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();
}

function sameTokens(a: Tokens, b: Tokens) {
  return writable.every((name) => a[name] === b[name]);
}

/** `#rrggbb` (what `<input type="color">` takes) for any CSS colour, resolved by the browser. */
function toHex(value: string, host: HTMLElement): string {
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(value)) {
    return `#${[...value.slice(1)].map((digit) => digit + digit).join("")}`.toLowerCase();
  }
  const probe = document.createElement("span");
  probe.style.color = value;
  probe.hidden = true;
  host.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  const channels = resolved
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number) ?? [0, 0, 0];
  // `color(srgb r g b)` (color-mix and friends) is in 0…1, `rgb()` in 0…255.
  const scale = resolved.startsWith("color(") ? 255 : 1;
  return `#${channels
    .map((channel) =>
      Math.round(channel * scale)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/* ------------------------------------------------------------------------------------------------
 * Token reference tables of the Guides/Theming page. Values are read from tokens.css itself (raw
 * import), so the tables cannot drift from the stylesheet; only the descriptions are written here.
 * ---------------------------------------------------------------------------------------------- */

/** The declarations of the top-level rules (not inside `@media`) whose selector matches `test`. */
function readTokens(css: string, test: (selector: string) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let depth = 0;
  let prelude = "";
  let body = "";
  for (const char of text) {
    if (char === "{") {
      depth++;
      if (depth === 1) body = "";
      else body += char;
    } else if (char === "}") {
      depth--;
      if (depth === 0) {
        const selector = prelude.trim();
        if (!selector.startsWith("@") && test(selector)) {
          for (const [, name, value] of body.matchAll(/(--sc-[\w-]+)\s*:\s*([^;]+);/g)) {
            if (name && value) found.set(name, value.trim().replace(/\s+/g, " "));
          }
        }
        prelude = "";
      } else body += char;
    } else if (depth === 0) prelude += char;
    else body += char;
  }
  return found;
}

/** The light theme: the rule on `:root`. The dark one: `[data-theme="dark"]` (the package build repeats it for auto). */
const lightTokens = readTokens(tokensCss, (selector) => selector.includes(":root"));
const darkTokens = readTokens(tokensCss, (selector) => selector.includes('[data-theme="dark"]'));

const decisionParts = {
  bg: "badge and callout background",
  border: "badge and callout border",
  text: "badge text, icons and flagged values",
  fill: "solid fills: meter bars, the stripe of flagged rows",
} as const;

const decisionTones = {
  positive: "accept / verified",
  caution: "review",
  negative: "reject / rejected",
  neutral: "pending and unknown values",
  muted: "inactive",
} as const;

/** What each token is for, by table. Tokens of tokens.css in no table land in `other`. */
export const tokenDocs = {
  typography: [
    ["--sc-font-family", "Font of every component; `inherit` takes the host page's font."],
    ["--sc-font-mono", "Ids, codes and code chips."],
    ["--sc-font-size-xs", "Badges, hints, code chips, meta lines."],
    ["--sc-font-size-sm", "Buttons, secondary text, the compact density."],
    ["--sc-font-size-md", "Body text of every component root."],
    ["--sc-font-size-lg", "Sub-headings; the customer's name in the dialog."],
    ["--sc-font-size-xl", "Titles: the panel's and the dialog's."],
    ["--sc-line-height", "Body line height."],
  ],
  spacing: [
    ["--sc-space-1", "Icon-to-text gaps, badge padding."],
    ["--sc-space-2", "Gaps inside rows and between buttons."],
    ["--sc-space-3", "Padding of compact cards and cells."],
    ["--sc-space-4", "Gaps between blocks; compact panel padding."],
    ["--sc-space-5", "Vertical padding of panels (comfortable)."],
    ["--sc-space-6", "Horizontal padding of panels and the dialog (comfortable)."],
  ],
  radius: [
    ["--sc-radius", "Panels, cards, buttons, inputs; the dialog uses it + 2px."],
    ["--sc-radius-sm", "Chips, skeletons, the corners of the focus ring."],
  ],
  shadows: [["--sc-shadow-dialog", "The open decision dialog."]],
  zIndex: [["--sc-z-dialog", "The dialog's overlay; its content sits one above."]],
  focus: [
    [
      "--sc-focus-ring",
      "Unset by default (focused controls draw a surface-coloured gap, then `--sc-color-focus`); set it to replace that `box-shadow`.",
    ],
    ["--sc-color-focus", "The ring's colour."],
  ],
  motion: [["--sc-duration", "Transitions and the dialog's entrance; off under `prefers-reduced-motion`."]],
  colors: [
    [
      "--sc-color-background",
      "The page behind the components (not painted by the library; for the host's page).",
    ],
    ["--sc-color-surface", "Panels, cards, buttons, inputs; the gap of the focus ring."],
    ["--sc-color-surface-subtle", "Section headers, chips, summaries, hover."],
    ["--sc-color-surface-raised", "The decision dialog."],
    ["--sc-color-border", "Borders of panels, cards and rows."],
    ["--sc-color-border-strong", "Borders of inputs, secondary buttons, choices."],
    ["--sc-color-text", "Body text."],
    ["--sc-color-text-muted", "Labels, hints, secondary text."],
    ["--sc-color-accent", "Primary buttons, the chosen decision, sort and selection marks."],
    ["--sc-color-accent-text", "Text on the accent."],
    ["--sc-color-link", "Links and link-styled buttons."],
    ["--sc-color-skeleton", "Loading placeholders."],
    ["--sc-color-placeholder", "Placeholder text of form inputs (formats and examples, never a value)."],
    ["--sc-color-overlay", "The veil behind an open dialog, dimming the page."],
    ["--sc-color-scheme", "`color-scheme` of the component roots (native controls, scrollbars)."],
  ],
  decisions: Object.entries(decisionTones).flatMap(([tone, meaning]) =>
    Object.entries(decisionParts).map(([part, use]): readonly [string, string] => [
      `--sc-color-${tone}-${part}`,
      `${capitalise(tone)} (${meaning}): ${tone === "muted" && part === "fill" ? "solid fills (no rule uses it yet)" : use}.`,
    ]),
  ),
} satisfies Record<string, readonly (readonly [string, string])[]>;

const documented = new Set(Object.values(tokenDocs).flatMap((rows) => rows.map(([name]) => name)));

/** One table of tokens: name, light value, dark value, what it is for. `group="other"`: undocumented ones. */
export function TokenTable({ group }: { group: keyof typeof tokenDocs | "other" }) {
  const rows: readonly (readonly [string, string])[] =
    group === "other"
      ? [...lightTokens.keys(), ...darkTokens.keys()]
          .filter((name, index, all) => !documented.has(name) && all.indexOf(name) === index)
          .map((name) => [name, "(not described yet)"])
      : tokenDocs[group];
  if (lightTokens.size === 0) {
    return <p className="te-tokens-error">tokens.css could not be read: no rule on :root was found.</p>;
  }
  if (rows.length === 0) return <p className="te-tokens-none">None: every token is described above.</p>;
  return (
    <table className="te-tokens">
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">For</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, use]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <TokenValue value={lightTokens.get(name)} />
            </td>
            <td>
              <TokenValue value={darkTokens.get(name)} same={lightTokens.has(name)} />
            </td>
            <td>{inlineCode(use)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TokenValue({ value, same }: { value: string | undefined; same?: boolean }) {
  if (value === undefined) {
    return <span className="te-tokens-same">{same ? "same as light" : "—"}</span>;
  }
  const swatch = /^#[0-9a-f]{3,8}$/i.test(value);
  return (
    <span className="te-tokens-value">
      {swatch ? <span className="te-swatch" style={{ background: value }} aria-hidden="true" /> : null}
      <code>{value}</code>
    </span>
  );
}

/** `like this` → <code>, for the descriptions above. */
function inlineCode(text: string): ReactNode {
  return text.split("`").map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split of a constant string
    index % 2 ? <code key={index}>{part}</code> : part,
  );
}
