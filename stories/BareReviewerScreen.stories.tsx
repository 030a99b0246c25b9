import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { BareReviewerScreen } from "./BareReviewerScreen";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Hooks/Bare-HTML reviewer screen",
  component: BareReviewerScreen,
  parameters: { layout: "padded" },
} satisfies Meta<typeof BareReviewerScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a customer in review, read its modules, verify it: one PATCH, and it leaves the list. */
export const DecideFromHooksOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = await canvas.findByRole("navigation", { name: "Customers in review" });
    const first = (await within(nav).findAllByRole("button", { pressed: false }))[0];
    if (!first) throw new Error("no customer in review");
    const name = first.textContent ?? "";
    await userEvent.click(first);
    await canvas.findByRole("heading", { name });
    await expect(canvas.getByTestId("status")).toHaveTextContent("review");
    await expect(canvas.getByRole("table")).toBeVisible();

    await userEvent.click(canvas.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(`is now verified`));
    await expect(canvas.getByTestId("status")).toHaveTextContent("verified");
    await expect(getStorySandbox().requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
    await waitFor(() => expect(within(nav).queryByRole("button", { name })).toBeNull());
  },
};

/** The unmask button fetches the SSN in clear, on demand only. */
export const UnmaskOnDemand: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = await canvas.findByRole("navigation", { name: "Customers in review" });
    const buttons = await within(nav).findAllByRole("button", { pressed: false });
    const individual = buttons[0];
    if (!individual) throw new Error("no customer");
    await userEvent.click(individual);
    await canvas.findByText("***-**-****");
    await expect(getStorySandbox().requests.some((r) => r.path.endsWith("/unmasked"))).toBe(false);
    await userEvent.click(canvas.getByRole("button", { name: "Show" }));
    await waitFor(() => expect(canvas.queryByText("***-**-****")).toBeNull());
    await expect(getStorySandbox().requests.filter((r) => r.path.endsWith("/unmasked"))).toHaveLength(1);
  },
};
