import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { customerStatuses, decisions } from "../src/api/schemas/common";
import { Badge } from "../src/components/shared/Badge";
import { tableSections, useMessages } from "../src/components/shared/useMessages";
import { es } from "../src/messages";

/**
 * Every customer status and decision side by side, in both sizes. Each one differs in its
 * icon's shape, not only in colour: Pending (a clock) and Inactive (paused) no longer share
 * a grey dash. The icon is decorative; the text is the badge's whole accessible name.
 */
function AllBadges() {
  const { common } = useMessages(tableSections);
  return (
    <div style={{ display: "grid", gap: 16, padding: 16 }}>
      {(["md", "sm"] as const).map((size) => (
        <div key={size} style={{ display: "grid", gap: 8 }}>
          <ul
            data-testid={`statuses-${size}`}
            style={{ display: "flex", flexWrap: "wrap", gap: 8, margin: 0, padding: 0, listStyle: "none" }}
          >
            {customerStatuses.map((status) => (
              <li key={status}>
                <Badge value={status} size={size}>
                  {common.customerStatus[status]}
                </Badge>
              </li>
            ))}
          </ul>
          <ul
            data-testid={`decisions-${size}`}
            style={{ display: "flex", flexWrap: "wrap", gap: 8, margin: 0, padding: 0, listStyle: "none" }}
          >
            {decisions.map((decision) => (
              <li key={decision}>
                <Badge value={decision} size={size}>
                  {common.decision[decision]}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

const meta = {
  title: "Components/Badge",
  component: AllBadges,
} satisfies Meta<typeof AllBadges>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The shape of each badge's icon (its path), so "looks the same without colour" is testable. */
const shapeOf = (badge: Element) => badge.querySelector("svg path")?.getAttribute("d") ?? "";

async function assertDistinct(canvasElement: HTMLElement, labels: Record<string, string>) {
  const canvas = within(canvasElement);
  for (const size of ["md", "sm"]) {
    const statuses = Array.from(canvas.getByTestId(`statuses-${size}`).querySelectorAll(".sc-Badge"));
    await expect(statuses).toHaveLength(customerStatuses.length);
    // Five statuses, five different shapes.
    await expect(new Set(statuses.map(shapeOf)).size).toBe(customerStatuses.length);
    for (const badge of statuses) {
      const value = badge.getAttribute("data-value") ?? "";
      // The icon is hidden from assistive tech: the name is the label, unchanged.
      await expect(badge.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
      await expect(badge).toHaveTextContent(labels[value] ?? "?");
      await expect(badge.textContent).toBe(labels[value]);
    }
    const decisionBadges = Array.from(canvas.getByTestId(`decisions-${size}`).querySelectorAll(".sc-Badge"));
    await expect(new Set(decisionBadges.map(shapeOf)).size).toBe(decisions.length);
  }
  const byValue = (value: string) =>
    canvas.getByTestId("statuses-md").querySelector(`.sc-Badge[data-value="${value}"]`);
  // The pair that used to look alike: both grey-ish, now a clock and a pause sign.
  await expect(byValue("pending")?.querySelector("svg")).toHaveAttribute("data-icon", "clock");
  await expect(byValue("inactive")?.querySelector("svg")).toHaveAttribute("data-icon", "pause");
}

/** English. */
export const AllStatuses: Story = {
  play: async ({ canvasElement }) => {
    await assertDistinct(canvasElement, {
      pending: "Pending",
      review: "In review",
      verified: "Verified",
      rejected: "Rejected",
      inactive: "Inactive",
    });
  },
};

/** Spanish: the same shapes, translated labels. */
export const AllStatusesSpanish: Story = {
  globals: { locale: "es-ES" },
  play: async ({ canvasElement }) => {
    await assertDistinct(canvasElement, es.common.customerStatus);
  },
};
