/** A URL that may become a link: absolute `http:`/`https:` with a host, normalised. */
export interface SafeUrl {
  /** The normalised URL (`new URL(value).href`), the only value ever put in `href`. */
  href: string;
  /** The host name to show (IDN hosts in their `xn--` form, so look-alikes stay visible). */
  host: string;
}

/** Longer values are not links: no legitimate watchlist source needs more. */
export const MAX_URL_LENGTH = 2048;

// Control characters (C0, DEL, C1), every kind of white space, and invisible format
// characters (zero-width, bidi overrides, BOM). Browsers strip or skip some of them when
// parsing, which is how `java\tscript:` or `\u0000javascript:` slip past naive checks.
// Backslashes are read as slashes by URL parsers; no honest URL needs one.
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;
const HTTP_PREFIX = /^https?:\/\/[^/]/i;

/**
 * The gate between untrusted URL strings (watchlist sources) and `href`. Returns the link
 * to render, or `null` when the value must be shown as inert text.
 *
 * Only an absolute `http:` or `https:` URL with a host passes. Rejected: any other scheme
 * (`javascript:`, `data:`, `vbscript:`, `file:`…), relative and protocol-relative URLs,
 * malformed ones, any white space or control/format character anywhere (no trimming),
 * backslashes, credentials (`https://bank.example@evil.example`), and values longer than
 * {@link MAX_URL_LENGTH}.
 *
 * @example
 * safeUrl("https://www.treasury.gov/ofac") // { href: "https://www.treasury.gov/ofac", host: "www.treasury.gov" }
 * safeUrl("javascript:alert(1)")           // null
 */
export function safeUrl(value: unknown): SafeUrl | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  if (UNSAFE_CHARACTER.test(value)) return null;
  // The scheme is checked on the raw text, before any parser gets to normalise it.
  if (!HTTP_PREFIX.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return { href: url.href, host: url.hostname };
}

// Characters shown as `\u{…}` escapes in inert text, so a reviewer sees the trick.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * An untrusted string made visible as plain text: control and invisible format characters
 * become `\u{…}` escapes and very long values are cut (`maxLength`, with an ellipsis).
 */
export function inertText(value: string, maxLength = 300): string {
  const visible = value.replace(
    INVISIBLE,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}}`,
  );
  return visible.length > maxLength ? `${visible.slice(0, maxLength)}…` : visible;
}
