import { useId } from "react";
import { cx } from "./cx.js";

export interface MeterProps {
  /** Accessible name, e.g. "Risk score". */
  label: string;
  value: number;
  /** The number as printed (locale-formatted). */
  valueText: string;
  /** Shown next to an out-of-range value, e.g. "out of range". */
  outOfRangeText: string;
  /** Hide the visible label (it stays the accessible name). */
  hideLabel?: boolean;
  className?: string;
}

/**
 * A 0–1 risk score: a neutral track with a fill from green (≤ 0.3) through amber (≤ 0.7)
 * to red. The number is always printed; a value outside 0–1 is shown as-is and marked.
 */
export function Meter({ label, value, valueText, outOfRangeText, hideLabel, className }: MeterProps) {
  const labelId = useId();
  const inRange = Number.isFinite(value) && value >= 0 && value <= 1;
  const band = !inRange ? "unknown" : value <= 0.3 ? "low" : value <= 0.7 ? "medium" : "high";
  const shown = inRange ? value : Math.min(1, Math.max(0, value));
  return (
    <div className={cx("sc-Meter", className)} data-band={band} data-out-of-range={inRange ? undefined : ""}>
      <span id={labelId} className={hideLabel ? "sc-visually-hidden" : "sc-Meter-label"}>
        {label}
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be styled alike across browsers */}
      <div
        className="sc-Meter-track"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={shown}
        aria-valuetext={inRange ? valueText : `${valueText} (${outOfRangeText})`}
      >
        <div className="sc-Meter-fill" style={{ inlineSize: `${inRange ? value * 100 : 100}%` }} />
      </div>
      <span className="sc-Meter-value" aria-hidden="true">
        {valueText}
        {inRange ? null : <span className="sc-Meter-range"> ({outOfRangeText})</span>}
      </span>
    </div>
  );
}
