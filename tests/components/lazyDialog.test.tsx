import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, test, vi } from "vitest";
import { DecisionDialog } from "../../src/components/DecisionDialog/DecisionDialog";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";
import { renderDecisionDialog } from "../support/renderDecisionDialog";

// DecisionDialog renders its own trigger and loads Radix Dialog after mounting
// (src/components/DecisionDialog/lazyDialog.tsx): the trigger must say what Radix's would.
const id = sandboxIds.reviewIndividualHighRisk;

describe("DecisionDialog with Radix loaded lazily", () => {
  test("the trigger carries the dialog ARIA and controls the dialog it opens", async () => {
    const h = setup();
    const user = renderDecisionDialog(h, { customerId: id });
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    expect(trigger).toHaveAttribute("type", "button");
    expect(trigger).toHaveAttribute("aria-haspopup", "dialog");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(trigger).toHaveAttribute("data-state", "closed");
    expect(trigger).not.toHaveAttribute("aria-controls");
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog", { name: "Review decision" });
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(trigger).toHaveAttribute("data-state", "open");
    expect(trigger.getAttribute("aria-controls")).toBe(dialog.id);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  test("a host's trigger keeps its own click handler and ref", async () => {
    const h = setup();
    const user = userEvent.setup();
    const onClick = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    render(
      <h.wrapper>
        <DecisionDialog
          customerId={id}
          trigger={
            <button type="button" ref={ref} onClick={onClick}>
              Review this customer
            </button>
          }
        />
      </h.wrapper>,
    );
    const trigger = await screen.findByRole("button", { name: "Review this customer" });
    expect(ref.current).toBe(trigger);
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("dialog", { name: "Review decision" })).toBeInTheDocument();
  });

  test("a trigger that cannot decide does not open the dialog", async () => {
    const h = setup();
    const user = renderDecisionDialog(h, { customerId: sandboxIds.verifiedIndividual });
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).toHaveAttribute("aria-disabled", "true"));
    await user.click(trigger);
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("open on the first render (controlled): the dialog appears once Radix has loaded", async () => {
    const h = setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={id} open onOpenChange={() => {}} />
      </h.wrapper>,
    );
    expect(await screen.findByRole("dialog", { name: "Review decision" })).toBeInTheDocument();
  });
});
