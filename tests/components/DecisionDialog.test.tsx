import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { DecisionDialog } from "../../src/components/DecisionDialog";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";

const id = sandboxIds.reviewIndividualHighRisk;

async function openAndConfirm(user: ReturnType<typeof userEvent.setup>, choice: RegExp) {
  const trigger = await screen.findByRole("button", { name: "Decide…" });
  await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
  await user.click(trigger);
  const dialog = await screen.findByRole("dialog", { name: "Review decision" });
  await user.click(within(dialog).getByRole("radio", { name: choice }));
  await user.click(within(dialog).getByRole("button", { name: "Continue" }));
  return { trigger, dialog };
}

describe("DecisionDialog", () => {
  test("rapid clicks on confirm send exactly one PATCH; focus returns to the trigger", async () => {
    const h = setup({ latency: 20 });
    const onDecided = vi.fn();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={id} onDecided={onDecided} />
      </h.wrapper>,
    );
    const { trigger, dialog } = await openAndConfirm(user, /Reject/);
    const confirm = within(dialog).getByRole("button", { name: "Reject customer" });
    await act(async () => {
      for (let i = 0; i < 10; i++) confirm.click();
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(h.count("PATCH")).toBe(1);
    expect(onDecided).toHaveBeenCalledTimes(1);
    expect(onDecided.mock.calls[0]?.[1]).toEqual({ status: "rejected", note: undefined });
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("was rejected");
  });

  test("a retry after a network failure reuses the Idempotency-Key", async () => {
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.review.decision", { network: true, times: 1 });
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={id} />
      </h.wrapper>,
    );
    const { dialog } = await openAndConfirm(user, /Verify/);
    await user.click(within(dialog).getByRole("button", { name: "Verify customer" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("trying again is safe");
    // The person's choice and the dialog are still there.
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const patches = h.calls.filter((c) => c.method === "PATCH");
    expect(patches).toHaveLength(2);
    expect(patches[1]?.headers["Idempotency-Key"]).toBe(patches[0]?.headers["Idempotency-Key"]);
    expect(h.sandbox.store.get(id)?.status).toBe("verified");
  });

  test("Escape closes the dialog, but not while the decision is pending", async () => {
    const h = setup();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={id} />
      </h.wrapper>,
    );
    const { dialog } = await openAndConfirm(user, /Verify/);
    h.sandbox.setLatency(10_000);
    await user.click(within(dialog).getByRole("button", { name: "Verify customer" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Saving…" })).toBeDisabled();
  });

  test("Continue needs a choice; Escape before confirming closes and sends nothing", async () => {
    const h = setup();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={id} />
      </h.wrapper>,
    );
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Continue" }));
    expect(within(dialog).getByRole("radio", { name: /Verify/ })).toBeInTheDocument();
    expect(within(dialog).queryByText(/cannot be undone/)).toBeNull();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
    expect(h.count("PATCH")).toBe(0);
  });
});
