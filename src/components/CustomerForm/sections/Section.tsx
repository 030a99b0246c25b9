import type { ReactNode } from "react";
import { useCustomerFormContext } from "../context.js";
import { useRenderProbe } from "../renderProbe.js";

export interface SectionProps {
  /** `data-section`, and the part of the ids. */
  name: string;
  title: string;
  hint?: string | undefined;
  children: ReactNode;
}

/** A titled group of fields (fieldset + legend) with a two-column grid. */
export function Section({ name, title, hint, children }: SectionProps) {
  const { idPrefix } = useCustomerFormContext();
  useRenderProbe(`section:${name}`);
  const hintId = hint ? `${idPrefix}-${name}-hint` : undefined;
  return (
    <fieldset className="sc-CustomerForm-section" data-section={name} aria-describedby={hintId}>
      <legend className="sc-CustomerForm-legend">{title}</legend>
      {hint ? (
        <p className="sc-CustomerForm-sectionHint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="sc-CustomerForm-grid">{children}</div>
    </fieldset>
  );
}
