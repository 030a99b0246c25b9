import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Button } from "../../src/components/shared/Button.js";

// The one button part every component uses (internal; tested here because "unavailable" is a
// rule of its own: focusable and announced, yet a click does nothing).
describe("Button", () => {
  it("is a plain button with the shared class, its variant and the caller's class", () => {
    render(
      <Button variant="ghost" className="sc-Extra" aria-label="Copy">
        Copy
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Copy" });
    expect(button).toHaveAttribute("type", "button");
    expect(button).toHaveClass("sc-Button", "sc-Extra");
    expect(button).toHaveAttribute("data-variant", "ghost");
    expect(button).not.toHaveAttribute("aria-disabled");
  });

  it("unavailable: aria-disabled, still focusable, and a click does not reach onClick", async () => {
    const onClick = vi.fn();
    const { rerender } = render(
      <Button variant="secondary" unavailable onClick={onClick}>
        Next page
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Next page" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).not.toBeDisabled();
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard("{Enter}");
    expect(onClick).not.toHaveBeenCalled();

    rerender(
      <Button variant="secondary" unavailable={false} onClick={onClick}>
        Next page
      </Button>,
    );
    expect(button).not.toHaveAttribute("aria-disabled");
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("a submit button sends its form; props from a wrapper (Radix asChild) win and the ref arrives", async () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const ref = createRef<HTMLButtonElement>();
    render(
      <form onSubmit={onSubmit}>
        <Button ref={ref} type="submit" variant="primary" aria-disabled="true" data-state="closed">
          Continue
        </Button>
      </form>,
    );
    const button = screen.getByRole("button", { name: "Continue" });
    expect(ref.current).toBe(button);
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("data-state", "closed");
    await userEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
