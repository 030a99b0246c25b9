import type { SVGProps } from "react";
import { cx } from "./cx.js";

export type IconName =
  | "check"
  | "cross"
  | "warning"
  | "info"
  | "clock"
  | "pause"
  | "external"
  | "eye"
  | "eyeOff"
  | "minus"
  | "refresh"
  | "search"
  | "sortAsc"
  | "sortDesc"
  | "sortNone"
  | "chevronPrevious"
  | "chevronNext";

const paths: Record<IconName, string> = {
  check: "M3.5 8.5l3 3 6-7",
  cross: "M4 4l8 8M12 4l-8 8",
  warning: "M8 2.5l6 11H2l6-11zM8 6.5v3M8 11.5v.5",
  info: "M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13zM8 7.5v4M8 5v.5",
  clock: "M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13zM8 4.5V8l2.5 1.5",
  pause: "M8 14.5A6.5 6.5 0 1 0 8 1.5a6.5 6.5 0 0 0 0 13zM6.5 5.5v5M9.5 5.5v5",
  external: "M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v4h-9v-9h4",
  eye: "M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
  eyeOff:
    "M2 2l12 12M6.6 6.6a2 2 0 0 0 2.8 2.8M4.2 4.7C2.5 5.9 1.5 8 1.5 8S4 12.5 8 12.5c1.3 0 2.4-.4 3.4-1M7 3.6c.3 0 .7-.1 1-.1 4 0 6.5 4.5 6.5 4.5s-.5 1-1.5 2.1",
  minus: "M4 8h8",
  refresh: "M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2.5v3h-3",
  search: "M7 12.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11zM11 11l3.5 3.5",
  sortAsc: "M8 12.5v-9M4.5 7L8 3.5 11.5 7",
  sortDesc: "M8 3.5v9M4.5 9L8 12.5 11.5 9",
  sortNone: "M5 6l3-3 3 3M5 10l3 3 3-3",
  chevronPrevious: "M10 3.5L5.5 8l4.5 4.5",
  chevronNext: "M6 3.5L10.5 8 6 12.5",
};

/** A 16 px line icon. Always decorative: text beside it carries the meaning. */
export function Icon({ name, className, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      className={cx("sc-Icon", className)}
      data-icon={name}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={paths[name]} />
    </svg>
  );
}
