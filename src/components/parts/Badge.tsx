import type { ReactNode } from "react";
import { cx } from "../cx.js";
import { Icon, type IconName } from "./Icon.js";
import { type Tone, toneOf } from "./tone.js";

const toneIcon: Record<Tone, IconName> = {
  positive: "check",
  caution: "warning",
  negative: "cross",
  neutral: "minus",
  muted: "minus",
};

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
  return (
    <span
      className={cx("sc-Badge", className)}
      data-tone={t}
      data-value={value ?? undefined}
      data-size={size}
    >
      <Icon name={toneIcon[t]} />
      <span className="sc-Badge-label">{children}</span>
    </span>
  );
}
