/** The visual language's meaning colours; text always stands beside them. */
export type Tone = "positive" | "caution" | "negative" | "neutral" | "muted";

// A Map: values come from the API, and "constructor" or "__proto__" must not reach a prototype.
const tones = new Map<string, Tone>([
  ["accept", "positive"],
  ["verified", "positive"],
  ["review", "caution"],
  ["reject", "negative"],
  ["rejected", "negative"],
  ["pending", "neutral"],
  ["inactive", "muted"],
]);

/** Tone of a decision (`accept`…) or customer status (`verified`…); unknown values are neutral. */
export function toneOf(value: string | null | undefined): Tone {
  return (typeof value === "string" && tones.get(value)) || "neutral";
}
