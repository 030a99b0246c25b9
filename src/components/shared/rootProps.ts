/** The root element's options every public component takes. */
export interface RootStyleProps {
  /** Added to the root element's class names. */
  className?: string;
  /**
   * Leaves this component out of the library stylesheet (for hosts with their own design
   * system): markup, class names and `data-*` attributes stay, no rule of ours applies.
   */
  unstyled?: boolean | undefined;
}
