import { cx } from "./cx.js";

/** A grey block standing in for content of the same size while it loads. */
export function Skeleton({
  width,
  height,
  className,
}: {
  width?: string;
  height?: string;
  className?: string;
}) {
  return (
    <span
      className={cx("sc-Skeleton", className)}
      aria-hidden="true"
      style={{ inlineSize: width, blockSize: height }}
    />
  );
}
