import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ReviewQueue } from "../src/index";
import { sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

/**
 * The sandbox holds 25 customers in review; created up to 25 January 2026, twelve of them.
 * Pages of five, so the queue loads its next page before the reviewer gets there.
 */
const meta = {
  title: "Components/ReviewQueue",
  component: ReviewQueue,
  args: { created_to: "2026-01-25", page_size: 5, onDecided: fn(), onOpenCustomer: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ReviewQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

const patches = () => getStorySandbox().requests.filter((r) => r.method === "PATCH");

async function showing(canvasElement: HTMLElement, name: string) {
  const canvas = within(canvasElement);
  await canvas.findByRole("heading", { name }, { timeout: 10_000 });
  await waitFor(
    () =>
      expect(canvasElement.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute("data-state", "ready"),
    { timeout: 10_000 },
  );
}

/** A queue of twelve: where it stands, the first customer, its review, watchlist and the decision beside them. */
export const QueueOfTwelve: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    await expect(canvas.getByText("1 of 12 in review")).toBeVisible();
    await expect(canvas.getByRole("radio", { name: /Verify/ })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Previous" })).toBeDisabled();
    await userEvent.click(canvas.getByRole("button", { name: "Open customer" }));
    await expect(args.onOpenCustomer).toHaveBeenCalledWith(sandboxIds.reviewIndividualHighRisk);
  },
};

/** The shortcut sheet, opened with "?". */
export const ShortcutSheet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    await userEvent.keyboard("?");
    const sheet = await canvas.findByRole("region", { name: "Keyboard shortcuts" });
    await expect(sheet).toBeVisible();
    await expect(sheet).toHaveTextContent(/J or →Right arrow/);
    await expect(canvas.getByRole("button", { name: "Keyboard shortcuts" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  },
};

/**
 * Keyboard only: J and K to look around, V + Enter, R + Enter, then N for a note, Tab out of it,
 * V + Enter. Three decisions, exactly three PATCH requests; each decided customer leaves.
 */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    await userEvent.keyboard("j");
    await showing(canvasElement, "Entertainment 720 Inc");
    await expect(canvas.getByText("2 of 12 in review")).toBeVisible();
    await userEvent.keyboard("k");
    await showing(canvasElement, "Tom Haverford");

    await userEvent.keyboard("v");
    await expect(canvas.getByText("Verify Tom Haverford?")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Verify customer" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await showing(canvasElement, "Entertainment 720 Inc");
    await expect(canvas.getByText("1 of 11 in review")).toBeVisible();

    await userEvent.keyboard("r");
    await expect(canvas.getByText("Reject Entertainment 720 Inc?")).toBeVisible();
    await userEvent.keyboard("{Enter}");
    await showing(canvasElement, "Lucius Vandermeer");

    await userEvent.keyboard("n");
    await expect(canvas.getByLabelText("Reviewer note (optional)")).toHaveFocus();
    // Typed into the note: no shortcut fires.
    await userEvent.keyboard("Matches reviewed: not the same person");
    await expect(canvas.getByText("1 of 10 in review")).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard("v");
    await userEvent.keyboard("{Enter}");
    await showing(canvasElement, "Alexei Morozov");
    await expect(canvas.getByText("1 of 9 in review")).toBeVisible();

    await expect(patches()).toHaveLength(3);
    await expect(patches().map((r) => r.body)).toEqual([
      { status: "verified" },
      { status: "rejected" },
      { status: "verified" },
    ]);
    await expect(args.onDecided).toHaveBeenCalledTimes(3);
    await expect(args.onDecided).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: sandboxIds.individualWatchlist }),
      { status: "verified", note: "Matches reviewed: not the same person", dispositions: {} },
    );
  },
};

/**
 * Another reviewer verifies the customer on screen meanwhile: the decision sent here is refused
 * (422), the queue skips the customer with a message and moves on; nothing is decided twice.
 */
export const DecidedElsewhere: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    getStorySandbox().store.update(sandboxIds.reviewIndividualHighRisk, { status: "verified" });
    await userEvent.keyboard("r");
    await userEvent.keyboard("{Enter}");
    await canvas.findByText("Tom Haverford was decided elsewhere meanwhile and was skipped.");
    await showing(canvasElement, "Entertainment 720 Inc");
    await expect(canvas.getByText("1 of 11 in review")).toBeVisible();
    await expect(patches()).toHaveLength(1);
    await expect(args.onDecided).not.toHaveBeenCalled();
  },
};

/** Nobody in review: "Nothing to review", with the count decided since the queue opened. */
export const Empty: Story = {
  args: { created_to: "2000-01-01" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Nothing to review")).toBeVisible();
    await expect(canvas.getByText("No customer was decided since the queue opened.")).toBeVisible();
  },
};

/** The last customer decided: the queue is done, and says how many were decided. */
export const DecidedToTheEnd: Story = {
  args: { created_to: "2026-01-07" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    await userEvent.keyboard("v");
    await userEvent.keyboard("{Enter}");
    await showing(canvasElement, "Entertainment 720 Inc");
    await userEvent.keyboard("r");
    await userEvent.keyboard("{Enter}");
    await expect(await canvas.findByText("Nothing to review")).toBeVisible();
    await expect(canvas.getByText("2 customers decided since the queue opened.")).toBeVisible();
    await expect(patches()).toHaveLength(2);
  },
};

/** The list cannot be loaded: said, with a retry (which works once the sandbox answers again). */
export const LoadError: Story = {
  parameters: { sandbox: { failures: [{ endpoint: "customers.list", status: 503, times: 3 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText("The review queue could not be loaded", undefined, { timeout: 10_000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await showing(canvasElement, "Tom Haverford");
  },
};

/** In Spanish (the provider's `spanishMessages` and `es-ES`): the queue, its shortcuts and decision. */
export const Spanish: Story = {
  globals: { locale: "es-ES" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await showing(canvasElement, "Tom Haverford");
    await expect(canvas.getByText("1 de 12 en revisión")).toBeVisible();
    await expect(canvas.getByRole("region", { name: "Atajos" })).toBeVisible();
    await expect(await canvas.findByRole("radio", { name: /Verificar/ })).toBeVisible();
  },
};
