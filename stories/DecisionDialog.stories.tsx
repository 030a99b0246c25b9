import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { DecisionDialog } from "../src/components/DecisionDialog/DecisionDialog";
import { sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Components/DecisionDialog",
  component: DecisionDialog,
  args: { customerId: sandboxIds.reviewIndividualHighRisk, onDecided: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof DecisionDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

const patches = () => getStorySandbox().requests.filter((r) => r.method === "PATCH");

async function openDialog(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const trigger = await canvas.findByRole("button", { name: "Decide…" });
  await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
  await userEvent.click(trigger);
  return { trigger, dialog: await screen.findByRole("dialog", { name: "Review decision" }) };
}

/** The trigger once it cannot open: painted with the theme's muted tokens, at full opacity. */
async function expectMutedTrigger(trigger: HTMLElement) {
  const token = (name: string) => {
    const probe = document.createElement("span");
    probe.style.color = `var(${name})`;
    trigger.parentElement?.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };
  await waitFor(() => expect(getComputedStyle(trigger).backgroundColor).toBe(token("--sc-color-muted-bg")));
  await expect(getComputedStyle(trigger).color).toBe(token("--sc-color-muted-text"));
  await expect(getComputedStyle(trigger).borderTopColor).toBe(token("--sc-color-muted-border"));
  await expect(getComputedStyle(trigger).opacity).toBe("1");
}

/** Where the shown step's button row sits on screen (the hidden step keeps its place in the cell). */
function actionsBox(dialog: HTMLElement) {
  const row = dialog.querySelector<HTMLElement>(
    ".sc-DecisionDialog-step[data-active] .sc-DecisionDialog-actions",
  );
  if (!row) throw new Error("no button row in the shown step");
  const { left, right, top, bottom } = row.getBoundingClientRect();
  const last = row.lastElementChild?.getBoundingClientRect();
  return {
    row: { left, right, top, bottom },
    lastButtonRight: last?.right,
    dialog: dialog.getBoundingClientRect().toJSON(),
  };
}

/** The dialog has finished its entrance (the scale animation moves every box while it runs). */
async function settled(dialog: HTMLElement) {
  await waitFor(
    () =>
      expect(
        dialog
          .getAnimations({ subtree: true })
          .filter(
            (a) =>
              a.playState === "running" && a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY,
          ),
      ).toHaveLength(0),
    { timeout: 5000 },
  );
}

/**
 * Choose → confirm → back: the button row, the primary button's edge and the dialog itself stay
 * where they were (no re-centring jump between the steps).
 */
async function expectActionsInPlace(dialog: HTMLElement, step: () => Promise<void>) {
  await settled(dialog);
  const before = actionsBox(dialog);
  await step();
  await settled(dialog);
  const after = actionsBox(dialog);
  await expect(after.dialog).toEqual(before.dialog);
  await expect(after.row).toEqual(before.row);
  await expect(after.lastButtonRight).toBe(before.lastButtonRight);
}

/** Pointer: choose Verify, continue, confirm. One PATCH, focus back on the trigger, result announced. */
export const DecideVerify: Story = {
  play: async ({ canvasElement, args }) => {
    const { trigger, dialog } = await openDialog(canvasElement);
    const d = within(dialog);
    await d.findByText("Needs attention");
    await userEvent.click(d.getByRole("radio", { name: /Verify/ }));
    // The buttons stay in place between the steps, both ways.
    await expectActionsInPlace(dialog, () => userEvent.click(d.getByRole("button", { name: "Continue" })));
    await expect(d.getByText(/^Verify .+\?$/)).toBeVisible();
    await expectActionsInPlace(dialog, () => userEvent.click(d.getByRole("button", { name: "Back" })));
    await userEvent.click(d.getByRole("button", { name: "Continue" }));
    await userEvent.click(d.getByRole("button", { name: "Verify customer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(patches()).toHaveLength(1);
    await expect(patches()[0]?.body).toEqual({ status: "verified" });
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("was verified");
    await expect(args.onDecided).toHaveBeenCalledTimes(1);
    await expect(args.onDecided).toHaveBeenCalledWith(expect.objectContaining({ status: "verified" }), {
      status: "verified",
      note: undefined,
      dispositions: {},
    });
    // Verified now: the trigger stays focusable, is marked disabled and explains why; it no longer opens.
    await waitFor(() => expect(trigger).toHaveAttribute("aria-disabled", "true"));
    await expect(trigger).toHaveAccessibleDescription(/This customer is verified/);
    // It looks unavailable (the muted colours, legible at full opacity), not like a pressed primary.
    await expectMutedTrigger(trigger);
    await userEvent.click(trigger);
    await expect(screen.queryByRole("dialog")).toBeNull();
  },
};

/** Keyboard only: arrows pick Reject, a note is typed, Enter continues, the confirm names the consequence. */
export const DecideRejectWithNote: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Review decision" });
    const d = within(dialog);
    // Focus starts on the first choice (Verify), never on Reject.
    await waitFor(() => expect(d.getByRole("radio", { name: /Verify/ })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await expect(d.getByRole("radio", { name: /Reject/ })).toBeChecked();
    await userEvent.tab();
    await expect(d.getByLabelText("Reviewer note (optional)")).toHaveFocus();
    await userEvent.keyboard("Synthetic identity: SSN issued after DOB");
    await userEvent.click(d.getByRole("button", { name: "Continue" }));
    await expect(d.getByText(/This cannot be undone from here\./)).toBeVisible();
    await expect(d.getByText(/^Reject .+\?$/)).toBeVisible();
    const confirm = d.getByRole("button", { name: "Reject customer" });
    // Ten clicks, one request.
    for (let i = 0; i < 10; i++) confirm.click();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(patches()).toHaveLength(1);
    await expect(args.onDecided).toHaveBeenCalledTimes(1);
    await expect(args.onDecided).toHaveBeenCalledWith(expect.objectContaining({ status: "rejected" }), {
      status: "rejected",
      note: "Synthetic identity: SSN issued after DOB",
      dispositions: {},
    });
  },
};

/** A verified customer: the trigger is disabled and says why. */
export const NotInReview: Story = {
  args: { customerId: sandboxIds.verifiedIndividual },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText("Only a customer in review can be decided. This customer is verified.");
    const trigger = canvas.getByRole("button", { name: "Decide…" });
    await expect(trigger).toHaveAttribute("aria-disabled", "true");
    await expect(trigger).toHaveAccessibleDescription(/verified/);
    await expectMutedTrigger(trigger);
    await userEvent.click(trigger);
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    await expect(screen.queryByRole("dialog")).toBeNull();
  },
};

/** Another reviewer decided meanwhile: one message with the refetched status, no confirm question. */
export const StatusChangedMeanwhile: Story = {
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement);
    const d = within(dialog);
    await userEvent.click(d.getByRole("radio", { name: /Reject/ }));
    await userEvent.click(d.getByRole("button", { name: "Continue" }));
    // Someone else verifies the customer, straight on the sandbox.
    const sandbox = getStorySandbox();
    await sandbox.fetcher({
      method: "PATCH",
      path: `/v1/customers/${sandboxIds.reviewIndividualHighRisk}/review`,
      body: { status: "verified" },
      headers: { "Idempotency-Key": "another-reviewer-0001" },
    });
    const reviewGets = sandbox.requests.filter(
      (r) => r.method === "GET" && r.path.endsWith("/review"),
    ).length;
    await userEvent.click(d.getByRole("button", { name: "Reject customer" }));
    await expect(await d.findByText(/status changed meanwhile: it is now verified/)).toBeVisible();
    await expect(d.getAllByRole("alert")).toHaveLength(1);
    await expect(d.queryByText(/cannot be undone/)).toBeNull();
    await expect(d.queryByText(/^Reject .+\?$/)).toBeNull();
    await expect(within(d.getByRole("region", { name: "Customer" })).getByText("Verified")).toBeVisible();
    await waitFor(() =>
      expect(
        sandbox.requests.filter((r) => r.method === "GET" && r.path.endsWith("/review")).length,
      ).toBeGreaterThan(reviewGets),
    );
    await expect(d.getByRole("button", { name: "Close" })).toBeVisible();
  },
};

/** The network fails (past the automatic retries); "Try again" reuses the Idempotency-Key. */
export const NetworkErrorThenRetry: Story = {
  parameters: { sandbox: { failures: [{ endpoint: "customers.review.decision", network: true, times: 3 }] } },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement);
    const d = within(dialog);
    await userEvent.click(d.getByRole("radio", { name: /Verify/ }));
    await userEvent.click(d.getByRole("button", { name: "Continue" }));
    await userEvent.click(d.getByRole("button", { name: "Verify customer" }));
    await expect(await d.findByRole("alert")).toHaveTextContent("trying again is safe");
    await expect(screen.getByRole("dialog")).toBeVisible();
    await userEvent.click(d.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const keys = new Set(patches().map((p) => p.headers["Idempotency-Key"]));
    await expect(patches()).toHaveLength(4);
    await expect(keys.size).toBe(1);
    await expect(getStorySandbox().store.get(sandboxIds.reviewIndividualHighRisk)?.status).toBe("verified");
  },
};

/** A slow network: both choices disabled, Esc does not close while the decision is in flight. */
export const SlowNetworkPending: Story = {
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement);
    const d = within(dialog);
    await userEvent.click(d.getByRole("radio", { name: /Reject/ }));
    await userEvent.click(d.getByRole("button", { name: "Continue" }));
    getStorySandbox().setLatency(60_000);
    await userEvent.click(d.getByRole("button", { name: "Reject customer" }));
    const saving = await d.findByRole("button", { name: "Saving…" });
    await expect(saving).toBeDisabled();
    await expect(d.getByRole("button", { name: "Back" })).toBeDisabled();
    await expect(dialog).toHaveAttribute("aria-busy", "true");
    await userEvent.keyboard("{Escape}");
    await expect(screen.getByRole("dialog")).toBeVisible();
    await expect(patches()).toHaveLength(1);
  },
};

/** Controlled: the host owns `open` (e.g. from its router). */
export const ControlledOpen: Story = {
  render: (args) => {
    const [open, setOpen] = useState(false);
    return (
      <div style={{ display: "flex", gap: 12, alignItems: "flex-start" }}>
        <button type="button" className="sc-Button" onClick={() => setOpen(true)}>
          Open from the host
        </button>
        <output aria-label="Host state">{open ? "open" : "closed"}</output>
        <DecisionDialog {...args} open={open} onOpenChange={setOpen} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "Decide…" })).not.toHaveAttribute("aria-disabled"),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Open from the host" }));
    const dialog = await screen.findByRole("dialog", { name: "Review decision" });
    await expect(canvas.getByLabelText("Host state")).toHaveTextContent("open");
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(canvas.getByLabelText("Host state")).toHaveTextContent("closed");
    await expect(patches()).toHaveLength(0);
  },
};

/** The host's own trigger through `trigger` (Radix asChild): it gets the dialog's props and focus return. */
export const CustomTrigger: Story = {
  args: {
    trigger: (
      <button type="button" className="sc-Button" data-variant="secondary">
        Review this customer
      </button>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: "Review this customer" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    await screen.findByRole("dialog", { name: "Review decision" });
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Open from the start (`defaultOpen`): who the customer is, what the screening found, the choice. */
export const OpenOnTheScreeningSummary: Story = {
  args: { defaultOpen: true, customerId: sandboxIds.businessWatchlist },
  play: async () => {
    const dialog = await screen.findByRole("dialog", { name: "Review decision" });
    const d = within(dialog);
    await d.findByText("Needs attention");
    // The dialog fades in: wait until it is shown, not just mounted.
    await waitFor(() => expect(d.getByText("Watchlist matches")).toBeVisible());
    await expect(Number(d.getByText("Watchlist matches").nextElementSibling?.textContent)).toBeGreaterThan(0);
    await expect(d.getByRole("radio", { name: /Reject/ })).not.toHaveFocus();
    await expect(d.getByRole("radio", { name: /Reject/ })).not.toBeChecked();
  },
};

/**
 * A stray Escape keeps the work: the decision, the note and the hit judgements are all back on
 * reopening, until decided or "Discard draft".
 */
export const DraftRestoredAfterEscape: Story = {
  args: { customerId: sandboxIds.individualWatchlist },
  play: async ({ canvasElement }) => {
    const { trigger, dialog } = await openDialog(canvasElement);
    let d = within(dialog);
    await userEvent.click(d.getByRole("radio", { name: /Reject/ }));
    await userEvent.type(d.getByLabelText("Reviewer note (optional)"), "Same DOB as the SDN entry");
    const firstHit = within(d.getByRole("group", { name: "Watchlist hits" })).getAllByRole("group")[0];
    if (!firstHit) throw new Error("no hit");
    await userEvent.click(within(firstHit).getByRole("radio", { name: "Confirmed match" }));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await userEvent.click(trigger);
    d = within(await screen.findByRole("dialog", { name: "Review decision" }));
    // The dialog fades in: wait for it to be seen.
    await waitFor(() => expect(d.getByText(/Your draft was kept/)).toBeVisible());
    await expect(d.getByRole("radio", { name: /Reject/ })).toBeChecked();
    await expect(d.getByLabelText("Reviewer note (optional)")).toHaveValue("Same DOB as the SDN entry");
    await expect(d.getAllByRole("radio", { name: "Confirmed match" })[0]).toBeChecked();
    await expect(d.getByRole("button", { name: "Discard draft" })).toBeVisible();
    await expect(patches()).toHaveLength(0);
  },
};

/** Each watchlist hit judged in the dialog: "2 of 3 hits cleared", and onDecided gets the judgements with the note. */
export const DispositionsReachOnDecided: Story = {
  args: { customerId: sandboxIds.individualWatchlist },
  play: async ({ canvasElement, args }) => {
    const { dialog } = await openDialog(canvasElement);
    const d = within(dialog);
    const pickers = within(d.getByRole("group", { name: "Watchlist hits" })).getAllByRole("group");
    await expect(pickers).toHaveLength(3);
    for (const picker of pickers.slice(0, 2)) {
      await userEvent.click(within(picker).getByRole("radio", { name: "Not a match" }));
    }
    await userEvent.click(within(pickers[2] as HTMLElement).getByRole("radio", { name: "Possible match" }));
    await expect(d.getByText("2 of 3 hits cleared · 1 possible")).toBeVisible();
    await userEvent.click(d.getByRole("radio", { name: /Verify/ }));
    await userEvent.type(d.getByLabelText("Reviewer note (optional)"), "Namesakes; third hit is too weak");
    // A tall first step (three hits): the confirm step's buttons still land where Continue was.
    await expectActionsInPlace(dialog, () => userEvent.click(d.getByRole("button", { name: "Continue" })));
    await userEvent.click(d.getByRole("button", { name: "Verify customer" }));
    await waitFor(() => expect(args.onDecided).toHaveBeenCalledTimes(1));
    const details = (args.onDecided as ReturnType<typeof fn>).mock.calls[0]?.[1];
    await expect(details.note).toBe("Namesakes; third hit is too weak");
    await expect(Object.values(details.dispositions).sort()).toEqual([
      "not_a_match",
      "not_a_match",
      "possible_match",
    ]);
  },
};
