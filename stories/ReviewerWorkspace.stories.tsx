import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { sandboxIds } from "../src/sandbox";
import { ReviewerWorkspace } from "./ReviewerWorkspace";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Recipes/Reviewer workspace",
  render: (args: { customerId: string }) => (
    <ReviewerWorkspace customerId={args.customerId} fetcher={getStorySandbox().fetcher} />
  ),
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  parameters: { layout: "fullscreen" },
} satisfies Meta<{ customerId: string }>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Read, unmask on demand (audited), then reject with a note: one PATCH, the audit log keeps the note. */
export const FullWorkspace: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sandbox = getStorySandbox();
    await canvas.findByRole("heading", { level: 1 }, { timeout: 5000 });
    await expect(canvas.getByText("***-**-****")).toBeVisible();
    await expect(sandbox.requests.some((r) => r.path.endsWith("/unmasked"))).toBe(false);

    await userEvent.click(canvas.getByRole("button", { name: "Show sensitive data" }));
    await waitFor(() => expect(canvas.queryByText("***-**-****")).toBeNull());
    await expect(canvas.getByText(/Hidden again in \d+ s/)).toBeVisible();
    await expect(canvas.getByText(/Unmasked SSN\/DOB of/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Hide now" }));
    await expect(await canvas.findByText("***-**-****")).toBeVisible();

    const trigger = canvas.getByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(trigger);
    const dialog = within(await screen.findByRole("dialog", { name: "Review decision" }));
    await userEvent.click(dialog.getByRole("radio", { name: /Reject/ }));
    await userEvent.type(dialog.getByLabelText("Reviewer note (optional)"), "Synthetic identity");
    await userEvent.click(dialog.getByRole("button", { name: "Continue" }));
    await userEvent.click(dialog.getByRole("button", { name: "Reject customer" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await expect(sandbox.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
    await expect(await canvas.findByText(/Decided rejected for .+ — “Synthetic identity”/)).toBeVisible();
  },
};

/** A business with watchlist hits, as the reviewer first sees it. */
export const BusinessWithWatchlistHits: Story = {
  args: { customerId: sandboxIds.businessWatchlist },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("heading", { level: 1 }, { timeout: 5000 });
    await expect(await canvas.findByText("EIN")).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole("link").length).toBeGreaterThan(0), { timeout: 5000 });
    // Shown once: the panel leaves the watchlist to the hit cards beside it.
    await expect(canvas.getAllByRole("heading", { name: "Watchlist screening" })).toHaveLength(1);
    // A hit judged on its card is the same judgement in the decision.
    const cards = canvasElement.querySelectorAll<HTMLElement>(".sc-WatchlistMatches-match");
    await userEvent.click(within(cards[0] as HTMLElement).getByRole("radio", { name: "Not a match" }));
    await expect(canvas.getByText("1 of 5 hits cleared")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Decide…" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Review decision" }));
    await waitFor(() => expect(dialog.getByText("1 of 5 hits cleared")).toBeVisible());
  },
};

/**
 * The finished screen as a reviewer meets it: the verdict first with Decide right there, what
 * passed folded to one line, and the watchlist once, beside the panel, with room for each hit.
 */
export const ReviewerScreen: Story = {
  args: { customerId: sandboxIds.individualWatchlist },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("heading", { level: 1 }, { timeout: 5000 });
    const panel = await waitFor(
      () => {
        const root = canvasElement.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel[data-state='ready']");
        if (!root) throw new Error("panel not ready");
        return root;
      },
      { timeout: 5000 },
    );
    const verdict = panel.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel-verdict") as HTMLElement;
    await expect(within(verdict).getByRole("button", { name: "Decide…" })).toBeVisible();
    await expect(canvas.getAllByRole("heading", { name: "Watchlist screening" })).toHaveLength(1);
    await expect(await canvas.findByText("0 of 3 hits cleared")).toBeVisible();
  },
};
