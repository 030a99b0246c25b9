import { act, screen, waitFor, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { decideCustomerReview } from "../../src/api/endpoints";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";
import { renderDecisionDialog } from "../support/renderDecisionDialog";

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
    const user = renderDecisionDialog(h, { customerId: id, onDecided });
    const { trigger, dialog } = await openAndConfirm(user, /Reject/);
    const confirm = within(dialog).getByRole("button", { name: "Reject customer" });
    await act(async () => {
      for (let i = 0; i < 10; i++) confirm.click();
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(h.count("PATCH")).toBe(1);
    expect(onDecided).toHaveBeenCalledTimes(1);
    expect(onDecided.mock.calls[0]?.[1]).toEqual({ status: "rejected", note: undefined, dispositions: {} });
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("was rejected");
  });

  test("a retry after a network failure reuses the Idempotency-Key", async () => {
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.review.decision", { network: true, times: 1 });
    const user = renderDecisionDialog(h, { customerId: id });
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
    const user = renderDecisionDialog(h, { customerId: id });
    const { dialog } = await openAndConfirm(user, /Verify/);
    h.sandbox.setLatency(10_000);
    await user.click(within(dialog).getByRole("button", { name: "Verify customer" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Saving…" })).toBeDisabled();
  });

  test("Continue needs a choice; Escape before confirming closes and sends nothing", async () => {
    const h = setup();
    const user = renderDecisionDialog(h, { customerId: id });
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

  test("the draft (decision, note, hit judgements) survives Escape, outside click and Back; Discard draft empties it", async () => {
    const h = setup();
    const user = renderDecisionDialog(h, { customerId: sandboxIds.individualWatchlist });
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    let dialog = within(await screen.findByRole("dialog"));
    expect(dialog.queryByRole("button", { name: "Discard draft" })).toBeNull();
    await user.click(dialog.getByRole("radio", { name: /Reject/ }));
    await user.type(dialog.getByLabelText("Reviewer note (optional)"), "Same person as the SDN entry");
    const hits = dialog.getByRole("group", { name: "Watchlist hits" });
    const firstHit = within(hits).getAllByRole("group")[0] as HTMLElement;
    await user.click(within(firstHit).getByRole("radio", { name: "Confirmed match" }));
    expect(dialog.getByText("0 of 3 hits cleared · 1 confirmed")).toBeInTheDocument();

    // Escape: closed, nothing sent, then everything is back.
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(trigger);
    dialog = within(await screen.findByRole("dialog"));
    expect(dialog.getByText(/Your draft was kept/)).toBeInTheDocument();
    expect(dialog.getByRole("radio", { name: /Reject/ })).toBeChecked();
    expect(dialog.getByLabelText("Reviewer note (optional)")).toHaveValue("Same person as the SDN entry");
    expect(dialog.getAllByRole("radio", { name: "Confirmed match" })[0]).toBeChecked();

    // Back from the confirmation, then a click outside: still the draft.
    await user.click(dialog.getByRole("button", { name: "Continue" }));
    expect(dialog.getByText(/cannot be undone/)).toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "Back" }));
    expect(dialog.getByLabelText("Reviewer note (optional)")).toHaveValue("Same person as the SDN entry");
    const overlay = document.querySelector(".sc-DecisionDialog-overlay") as HTMLElement;
    await user.pointer({ keys: "[MouseLeft]", target: overlay });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(trigger);
    dialog = within(await screen.findByRole("dialog"));
    expect(dialog.getByRole("radio", { name: /Reject/ })).toBeChecked();

    await user.click(dialog.getByRole("button", { name: "Discard draft" }));
    expect(dialog.getByRole("radio", { name: /Reject/ })).not.toBeChecked();
    expect(dialog.getByLabelText("Reviewer note (optional)")).toHaveValue("");
    expect(dialog.queryAllByRole("radio", { checked: true })).toHaveLength(0);
    expect(h.count("PATCH")).toBe(0);
  });

  test("the hit judgements reach onDecided with the note, and the draft is gone after the decision", async () => {
    const h = setup();
    const onDecided = vi.fn();
    const user = renderDecisionDialog(h, { customerId: sandboxIds.individualWatchlist, onDecided });
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    const dialog = within(await screen.findByRole("dialog"));
    const pickers = within(dialog.getByRole("group", { name: "Watchlist hits" })).getAllByRole("group");
    expect(pickers).toHaveLength(3);
    for (const picker of pickers.slice(0, 2))
      await user.click(within(picker).getByRole("radio", { name: "Not a match" }));
    expect(dialog.getByText("2 of 3 hits cleared")).toBeInTheDocument();
    await user.click(dialog.getByRole("radio", { name: /Verify/ }));
    await user.type(dialog.getByLabelText("Reviewer note (optional)"), "Namesakes");
    await user.click(dialog.getByRole("button", { name: "Continue" }));
    await user.click(dialog.getByRole("button", { name: "Verify customer" }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    const details = onDecided.mock.calls[0]?.[1];
    expect(details.status).toBe("verified");
    expect(details.note).toBe("Namesakes");
    expect(Object.values(details.dispositions)).toEqual(["not_a_match", "not_a_match"]);
    expect(Object.keys(details.dispositions)).toHaveLength(2);
    expect(h.count("PATCH")).toBe(1);
  });

  test("status changed meanwhile: one message, no confirm question, the summary shows the new status", async () => {
    const h = setup();
    const user = renderDecisionDialog(h, { customerId: id });
    const { dialog } = await openAndConfirm(user, /Verify/);
    await decideCustomerReview({ fetcher: h.sandbox.fetcher }, id, { status: "rejected" });
    await user.click(within(dialog).getByRole("button", { name: "Verify customer" }));
    const alert = await within(dialog).findByText(/status changed meanwhile: it is now rejected/);
    expect(alert).toBeInTheDocument();
    expect(within(dialog).getAllByRole("alert")).toHaveLength(1);
    expect(within(dialog).queryByText(/cannot be undone/)).toBeNull();
    const customer = within(dialog).getByRole("region", { name: "Customer" });
    expect(within(customer).getByText("Rejected")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeInTheDocument();
  });
});
