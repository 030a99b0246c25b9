import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { Icon, type IconName } from "./Icon.js";
import { type Tone, toneOf } from "./tone.js";

const toneIcon: Record<Tone, IconName> = {
  positive: "check",
  caution: "warning",
  negative: "cross",
  neutral: "minus",
  muted: "minus",
};

/**
 * Values that share a tone still differ in shape, so no two customer statuses (nor decisions)
 * look alike without colour: pending waits (a clock), inactive is paused.
 */
const valueIcon = new Map<string, IconName>([
  ["pending", "clock"],
  ["inactive", "pause"],
]);

export interface BadgeProps {
  /** The raw value (`accept`, `review`, `verified`…): picks the tone and lands in `data-value`. */
  value: string | null | undefined;
  /** The text shown; colour never carries the meaning alone. */
  children: ReactNode;
  tone?: Tone;
  size?: "sm" | "md";
  className?: string;
}

/** A decision or status, as text + icon + colour. */
export function Badge({ value, children, tone, size = "md", className }: BadgeProps) {
  const t = tone ?? toneOf(value);
  const icon = (typeof value === "string" && valueIcon.get(value)) || toneIcon[t];
  return (
    <span
      className={cx("sc-Badge", className)}
      data-tone={t}
      data-value={value ?? undefined}
      data-size={size}
    >
      <Icon name={icon} />
      <span className="sc-Badge-label">{children}</span>
    </span>
  );
}
