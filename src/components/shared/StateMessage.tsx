import type { ReactNode } from "react";
import { Button } from "./Button.js";
import { cx } from "./cx.js";
import { Icon } from "./Icon.js";

export interface StateMessageProps {
  kind: "error" | "empty" | "info";
  title: string;
  children?: ReactNode;
  /** With `onRetry`, a button labelled `retryLabel`. */
  onRetry?: (() => void) | undefined;
  retryLabel?: string;
  className?: string;
}

/** Error (announced, with retry), empty and informational states, in the component's own box. */
export function StateMessage({ kind, title, children, onRetry, retryLabel, className }: StateMessageProps) {
  return (
    <div className={cx("sc-State", className)} data-kind={kind} role={kind === "error" ? "alert" : "status"}>
      <Icon name={kind === "error" ? "warning" : "info"} />
      <div className="sc-State-body">
        <p className="sc-State-title">{title}</p>
        {children ? <div className="sc-State-detail">{children}</div> : null}
        {onRetry ? (
          <Button variant="secondary" onClick={onRetry}>
            <Icon name="refresh" />
            {retryLabel}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
