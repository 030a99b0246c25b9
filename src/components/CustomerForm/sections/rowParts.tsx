import { forwardRef, type ReactNode } from "react";

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
    <button
      type="button"
      className={
        className ? `sc-Button sc-CustomerForm-remove ${className}` : "sc-Button sc-CustomerForm-remove"
      }
      data-variant="ghost"
      aria-label={label}
      onClick={onRemove}
    >
      {children}
    </button>
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
      <button
        ref={ref}
        type="button"
        className="sc-Button"
        data-variant="secondary"
        aria-disabled={full || undefined}
        onClick={() => {
          if (!full) onAdd();
        }}
      >
        {label}
      </button>
      {children}
    </div>
  );
});
