import { type ReactNode, useId, useState } from "react";
import { Button } from "../shared/Button.js";
import { Icon } from "../shared/Icon.js";
import { reviewSections, useMessages } from "../shared/useMessages.js";

const p = "sc-ReviewBreakdownPanel";

/**
 * What passed, collapsed to one line ("7 checks passed") with a Show / Hide button, so the
 * eye lands on what needs judgement. The content is rendered only when expanded.
 */
export function PassedDisclosure({
  summary,
  kind,
  children,
}: {
  summary: string;
  kind: "modules" | "kyc";
  children: ReactNode;
}) {
  const t = useMessages(reviewSections).reviewPanel;
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`${p}-passed`} data-passed={kind} data-open={open || undefined}>
      <div className={`sc-Row ${p}-passedLine`}>
        <Icon name="check" />
        <span id={`${id}-summary`} className={`${p}-passedSummary`}>
          {summary}
        </span>
        <Button
          className={`${p}-passedToggle`}
          variant="ghost"
          aria-expanded={open}
          aria-controls={id}
          aria-describedby={`${id}-summary`}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t.hidePassed : t.showPassed}
        </Button>
      </div>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
