import { describe, expect, test } from "vitest";
import { inertText, MAX_URL_LENGTH, safeUrl } from "../../src/components/shared/safeUrl";
import { watchlistUrlCases } from "../../src/sandbox";
import { goodUrls, hostileUrls } from "./urlCorpus";

describe("safeUrl", () => {
  test("the hostile corpus is large enough", () => {
    expect(hostileUrls.length).toBeGreaterThanOrEqual(30);
  });

  test.each(hostileUrls.map((url) => [JSON.stringify(url).slice(0, 80), url]))(
    "%s is not a link",
    (_, url) => {
      expect(safeUrl(url)).toBeNull();
    },
  );

  test.each(goodUrls.map(({ url, host }) => [url, host]))("%s is a link to %s", (url, host) => {
    const link = safeUrl(url);
    expect(link?.host).toBe(host);
    expect(link?.href).toMatch(/^https?:\/\//);
  });

  test("the href is the normalised URL, never the raw text", () => {
    expect(safeUrl("HTTPS://EXAMPLE.COM/Path?Q=1")?.href).toBe("https://example.com/Path?Q=1");
    expect(safeUrl("https://example.org/watch?q=<script>")?.href).toBe(
      "https://example.org/watch?q=%3Cscript%3E",
    );
  });

  test("agrees with the sandbox's own list of watchlist URL cases", () => {
    for (const { url, safe } of watchlistUrlCases) expect(safeUrl(url) !== null, url).toBe(safe);
  });

  test("non-strings and over-long values are refused", () => {
    expect(safeUrl(undefined)).toBeNull();
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl(42)).toBeNull();
    expect(safeUrl({ toString: () => "https://example.com" })).toBeNull();
    const long = `https://example.com/${"a".repeat(MAX_URL_LENGTH)}`;
    expect(safeUrl(long)).toBeNull();
    expect(safeUrl(long.slice(0, MAX_URL_LENGTH))).not.toBeNull();
  });
});

describe("inertText", () => {
  test("makes control and invisible characters visible", () => {
    expect(inertText("\u0001javascript:alert(1)")).toBe("\\u{0001}javascript:alert(1)");
    expect(inertText("java\tscript:")).toBe("java\\u{0009}script:");
    expect(inertText("a\u202eb\u200bc")).toBe("a\\u{202E}b\\u{200B}c");
  });

  test("keeps ordinary text, markup included, and cuts very long values", () => {
    expect(inertText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(inertText("x".repeat(500), 10)).toBe(`${"x".repeat(10)}…`);
  });
});
