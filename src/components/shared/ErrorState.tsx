import type { ReactNode } from "react";
import type { StraddleError } from "../../api/errors.js";
import { common } from "../../messages/en/common.js";
import { format } from "../../messages/merge.js";
import { accessErrorOf } from "./errorText.js";
import { StateMessage } from "./StateMessage.js";
import { type MessageSections, useMessages } from "./useMessages.js";

const commonSection: MessageSections<"common"> = { common };

/** What a component says about a 404 and a 403 (the details are optional). */
export interface AccessErrorTexts {
  notFoundTitle: string;
  forbiddenTitle: string;
  notFoundDetail?: string;
  forbiddenDetail?: string;
}

export interface ErrorStateProps {
  title: string;
  /** One sentence under the title (see `errorText`); `children` take its place. */
  detail?: string | undefined;
  children?: ReactNode;
  /** The failed request's error: its request id is shown, for support. */
  error?: StraddleError | null | undefined;
  onRetry?: (() => void) | undefined;
  /**
   * A 404 or a 403 said as it is, with these words: no retry and no request id, since trying
   * again cannot help. Without them, those errors are like any other.
   */
  access?: AccessErrorTexts | undefined;
  /** Defaults to `sc-mono`. */
  requestIdClassName?: string;
  className?: string;
}

/** The components' error state: title, what happened, the request id and a retry button. */
export function ErrorState({
  title,
  detail,
  children,
  error,
  onRetry,
  access,
  requestIdClassName = "sc-mono",
  className,
}: ErrorStateProps) {
  const m = useMessages(commonSection).common;
  const accessError = access ? accessErrorOf(error) : undefined;
  if (access && accessError) {
    const notFound = accessError === "notFound";
    const accessDetail = notFound ? access.notFoundDetail : access.forbiddenDetail;
    return (
      <StateMessage
        kind="error"
        title={notFound ? access.notFoundTitle : access.forbiddenTitle}
        className={className}
      >
        {accessDetail ? <p>{accessDetail}</p> : null}
      </StateMessage>
    );
  }
  const said = children ?? (detail ? <p>{detail}</p> : null);
  const requestId = error?.requestId ? (
    <p className={requestIdClassName}>{format(m.requestId, { id: error.requestId })}</p>
  ) : null;
  return (
    <StateMessage kind="error" title={title} onRetry={onRetry} retryLabel={m.retry} className={className}>
      {said || requestId ? (
        <>
          {said}
          {requestId}
        </>
      ) : null}
    </StateMessage>
  );
}
