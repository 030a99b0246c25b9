import { forwardRef, memo } from "react";
import { Button } from "../shared/Button.js";
import { useCustomerFormContext } from "./context.js";
import { IconMessage } from "./IconMessage.js";
import { useRenderProbe } from "./renderProbe.js";

export interface SubmitBarProps {
  pending: boolean;
  /** The result of the last save, said politely beside the button. */
  status?: string | undefined;
}

/**
 * The primary action. While a save is pending it stays focusable but is `aria-disabled` and
 * `aria-busy` (the form ignores a second submit), and says what is happening. The status
 * region is always there (empty until a save), so screen readers announce what lands in it.
 */
export const SubmitBar = memo(
  forwardRef<HTMLButtonElement, SubmitBarProps>(function SubmitBar({ pending, status }, ref) {
    const { messages, mode } = useCustomerFormContext();
    useRenderProbe("submit");
    const { actions } = messages;
    const label = mode === "create" ? actions.create : actions.save;
    const busyLabel = mode === "create" ? actions.creating : actions.saving;
    return (
      <div className="sc-CustomerForm-actions">
        <div className="sc-CustomerForm-status" role="status">
          {status ? (
            <IconMessage className="sc-CustomerForm-success" icon="check">
              {status}
            </IconMessage>
          ) : null}
        </div>
        <Button
          ref={ref}
          type="submit"
          className="sc-CustomerForm-submit"
          variant="primary"
          unavailable={pending}
          aria-busy={pending || undefined}
        >
          {pending ? busyLabel : label}
        </Button>
      </div>
    );
  }),
);
