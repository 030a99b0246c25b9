import type { StraddleError } from "../../api/errors.js";
import { format } from "../../messages/merge.js";
import { StateMessage } from "../shared/StateMessage.js";
import { formSections, useMessages } from "../shared/useMessages.js";

export type Outcome =
  | null
  | { kind: "success"; message: string }
  | {
      kind: "error";
      error: StraddleError;
      /** Messages that have no field to show them. */
      rest: string[];
      /** Some messages were put on their fields. */
      onFields: boolean;
    };

/**
 * The form-level error: an alert for what no field can show (with the API request id, and
 * "Try again" where retrying is safe). Nothing when every message landed on its field.
 */
export function FormFeedback({
  outcome,
  onRetry,
  title,
}: {
  outcome: Outcome;
  onRetry: () => void;
  /** Overrides `customerForm.errors.title` (the onboarding variant's own words). */
  title?: string | undefined;
}) {
  return outcome?.kind === "error" ? <ErrorAlert outcome={outcome} onRetry={onRetry} title={title} /> : null;
}

function ErrorAlert({
  outcome: { error, rest, onFields },
  onRetry,
  title,
}: {
  outcome: Extract<Outcome, { kind: "error" }>;
  onRetry: () => void;
  title?: string | undefined;
}) {
  const { common, customerForm } = useMessages(formSections);
  const { errors } = customerForm;
  if (error.kind === "network") {
    return (
      <StateMessage
        className="sc-CustomerForm-alert"
        kind="error"
        title={errors.networkTitle}
        onRetry={onRetry}
        retryLabel={common.retry}
      >
        <p>{errors.network}</p>
      </StateMessage>
    );
  }
  // Everything landed on its field: the fields say it, and focus is on the first of them.
  if (onFields && rest.length === 0) return null;
  const details = rest.length > 0 ? rest : error.detail ? [error.detail] : [];
  return (
    <StateMessage
      className="sc-CustomerForm-alert"
      kind="error"
      title={title ?? errors.title}
      onRetry={error.retryable ? onRetry : undefined}
      retryLabel={common.retry}
    >
      {details.length === 1 ? <p>{details[0]}</p> : null}
      {details.length > 1 ? (
        <ul className="sc-CustomerForm-alertList">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {error.requestId ? (
        <p className="sc-CustomerForm-requestId">{format(common.requestId, { id: error.requestId })}</p>
      ) : null}
    </StateMessage>
  );
}
