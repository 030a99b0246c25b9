import { forwardRef, type ReactNode } from "react";
import { Button } from "../../shared/Button.js";
import { cx } from "../../shared/cx.js";

/** A repeated row's remove button (ghost); its label names the row. */
export function RemoveRowButton({
  className,
  label,
  onRemove,
  children,
}: {
  className?: string;
  label: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <Button
      className={cx("sc-CustomerForm-remove", className)}
      variant="ghost"
      aria-label={label}
      onClick={onRemove}
    >
      {children}
    </Button>
  );
}

/**
 * Under the rows: the add button (where focus goes after a remove), then anything beside it.
 * `full`: no more rows can be added (aria-disabled, so it stays focusable and explained).
 */
export const AddRowButton = forwardRef<
  HTMLButtonElement,
  { label: string; full?: boolean; onAdd: () => void; children?: ReactNode }
>(function AddRowButton({ label, full, onAdd, children }, ref) {
  return (
    <div className="sc-CustomerForm-rowActions">
      <Button ref={ref} variant="secondary" unavailable={full} onClick={onAdd}>
        {label}
      </Button>
      {children}
    </div>
  );
});
