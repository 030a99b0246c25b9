import { useId } from "react";
import { cx } from "./cx.js";

export interface CodeChipProps {
  code: string;
  /** The code's meaning from the review's `messages`, when known. */
  explanation?: string | undefined;
  className?: string;
}

/**
 * A result code in monospace. Its explanation is one hover or focus away for sighted users
 * and is the chip's description for screen readers (not a `title` alone).
 */
export function CodeChip({ code, explanation, className }: CodeChipProps) {
  const tipId = useId();
  if (!explanation) {
    return (
      <span className={cx("sc-Chip", className)} data-code={code}>
        {code}
      </span>
    );
  }
  return (
    <span className={cx("sc-Chip", className)} data-code={code} data-has-explanation="">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals the explanation to keyboard users */}
      <span className="sc-Chip-code" tabIndex={0} aria-describedby={tipId}>
        {code}
      </span>
      <span className="sc-Chip-tip" role="tooltip" id={tipId}>
        {explanation}
      </span>
    </span>
  );
}
