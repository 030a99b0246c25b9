import type { Correlation, WatchList, WatchListMatch } from "../api/index.js";

/**
 * Watchlist URLs of the hostile seed, each with whether it may become a link (only
 * absolute `http:`/`https:` URLs with a host). Components must show the rest as text.
 */
export const watchlistUrlCases: readonly { url: string; safe: boolean }[] = [
  { url: "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=10101", safe: true },
  { url: "http://www.interpol.int/notice/search/wanted/2026-104", safe: true },
  { url: "https://example.org/watch?q=<script>alert(1)</script>", safe: true },
  { url: "javascript:alert(1)", safe: false },
  { url: "JavaScript:alert(document.cookie)", safe: false },
  { url: " javascript:alert(1)", safe: false },
  { url: "\tjava\nscript:alert(1)", safe: false },
  { url: "\u0001javascript:alert(1)", safe: false },
  { url: "data:text/html,<script>alert(1)</script>", safe: false },
  { url: "vbscript:msgbox(1)", safe: false },
  { url: "/relative/path/to/record", safe: false },
  { url: "//evil.example.com/phish", safe: false },
  { url: "https://", safe: false },
  { url: "ht!tp://not a url", safe: false },
  { url: "", safe: false },
];

const listNames = [
  "OFAC Specially Designated Nationals (SDN)",
  "OFAC Consolidated Sanctions List",
  "UN Security Council Consolidated List",
  "EU Financial Sanctions Files",
  "UK HM Treasury Consolidated List",
  "Interpol Red Notices",
  "FBI Most Wanted",
  "Politically Exposed Persons (PEP)",
  "Adverse Media",
  "World Bank Debarred Firms",
  "BIS Entity List",
  "Canada Consolidated Autonomous Sanctions List",
  "Australia DFAT Consolidated List",
  "Swiss SECO Sanctions",
];
const correlationCycle: Correlation[] = [
  "low_confidence",
  "potential_match",
  "likely_match",
  "high_confidence",
];
const fieldSets = [
  ["name"],
  ["name", "dob"],
  ["name", "address"],
  ["name", "dob", "address"],
  ["name", "phone"],
];

/** `count` plausible matches with https URLs (deterministic). */
export function generatedMatches(count: number): WatchListMatch[] {
  return Array.from({ length: count }, (_, i) => {
    const list = listNames[i % listNames.length] ?? "Watchlist";
    const urls = [`https://lists.example.org/${encodeURIComponent(list)}/entries/${1000 + i * 37}`];
    if (i % 3 === 0) urls.push(`https://news.example.com/articles/${2026_0100 + i}`);
    return {
      list_name: list,
      correlation: correlationCycle[i % correlationCycle.length] ?? "low_confidence",
      match_fields: fieldSets[i % fieldSets.length] ?? ["name"],
      urls,
    };
  });
}

export function watchListOf(matches: WatchListMatch[], decision: "review" | "reject" = "review"): WatchList {
  return {
    decision,
    codes: decision === "reject" ? ["R932", "R931"] : ["R930", "R931"],
    matched: matches.map((match) => match.list_name ?? ""),
    matches,
  };
}

/** The hostile seed's watchlist: script-like names and fields, every URL of `watchlistUrlCases`. */
export function hostileWatchList(): WatchList {
  const urls = watchlistUrlCases.map((entry) => entry.url);
  return {
    decision: "review",
    codes: ["R930", "<script>alert('code')</script>"],
    matched: ["<img src=x onerror=alert('matched')>"],
    matches: [
      {
        list_name: "<script>alert('list')</script>",
        correlation: "likely_match",
        match_fields: ["name", "<b>dob</b>"],
        urls: urls.slice(0, 8),
      },
      {
        list_name: "Politically Exposed Persons (PEP) <img src=x onerror=alert(2)>",
        correlation: "potential_match",
        match_fields: ["name"],
        urls: urls.slice(8),
      },
    ],
  };
}
