/** The visual language's meaning colours; text always stands beside them. */
export type Tone = "positive" | "caution" | "negative" | "neutral" | "muted";

const tones: Record<string, Tone> = {
  accept: "positive",
  verified: "positive",
  review: "caution",
  reject: "negative",
  rejected: "negative",
  pending: "neutral",
  inactive: "muted",
};

/** Tone of a decision (`accept`…) or customer status (`verified`…); unknown values are neutral. */
export function toneOf(value: string | null | undefined): Tone {
  return (value && tones[value]) || "neutral";
}
