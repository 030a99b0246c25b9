import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "./cx.js";

export interface ButtonProps extends Omit<ComponentPropsWithoutRef<"button">, "type"> {
  /** The look (`data-variant` on `.sc-Button`). */
  variant: "primary" | "secondary" | "ghost" | "danger";
  /** `"submit"` for the button that sends its form; a plain button otherwise. */
  type?: "button" | "submit";
  /**
   * Unavailable, yet focusable and explained by its label or description: `aria-disabled`, and a
   * click does nothing (a submit button's form decides for itself what an unavailable submit does).
   */
  unavailable?: boolean | undefined;
}

/** Every button of the components: one class, one variant attribute, one way to be unavailable. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, type = "button", className, unavailable, onClick, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={cx("sc-Button", className)}
      data-variant={variant}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onClick}
      {...rest}
    />
  );
});
