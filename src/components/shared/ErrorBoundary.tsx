import { Component, type ErrorInfo, type ReactNode } from "react";
import { common } from "../../messages/en/common.js";
import { cx } from "./cx.js";
import type { RootStyleProps } from "./rootProps.js";
import { StateMessage } from "./StateMessage.js";
import { useMessages } from "./useMessages.js";

const commonSection = { common };

export interface ComponentBoundaryProps {
  /** The component's name: the fallback's root class is `sc-{name}`. */
  name: string;
  /** The component's own props: their `className` and `unstyled` style the fallback's root. */
  root: RootStyleProps;
  /** When it changes (another customer, other data), a shown error is cleared and the children mount again. */
  resetKey?: unknown;
  /** Called with the error a render threw (React logs it as well, in development). */
  onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  children: ReactNode;
}

interface State {
  error: unknown;
  /** Bumped by "Try again": the children mount afresh. */
  attempt: number;
}

/**
 * Sits inside every component's root: a rendering bug (or data no check foresaw) shows the
 * component's error state in its own box, and the host's page around it stays.
 */
export class ComponentBoundary extends Component<ComponentBoundaryProps, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error("A component threw a nullish value.") };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: ComponentBoundaryProps) {
    if (this.state.error && !Object.is(previous.resetKey, this.props.resetKey)) this.retry();
  }

  private readonly retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) {
      return <RenderErrorState name={this.props.name} root={this.props.root} onRetry={this.retry} />;
    }
    return <BoundaryChildren key={this.state.attempt}>{this.props.children}</BoundaryChildren>;
  }
}

function BoundaryChildren({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** The fallback: the component's root box with an error message and a retry. */
function RenderErrorState({
  name,
  root: { className, unstyled },
  onRetry,
}: {
  name: string;
  root: RootStyleProps;
  onRetry: () => void;
}) {
  const m = useMessages(commonSection);
  return (
    <section
      className={cx("sc-root", `sc-${name}`, className)}
      data-sc-unstyled={unstyled || undefined}
      data-state="error"
      data-error="render"
      aria-label={m.common.errorTitle}
    >
      <StateMessage kind="error" title={m.common.errorTitle} onRetry={onRetry} retryLabel={m.common.retry}>
        <p>{m.common.renderError}</p>
      </StateMessage>
    </section>
  );
}
