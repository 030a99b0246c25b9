import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, waitFor } from "storybook/test";
import { customerStatuses } from "../src/api/schemas/common";
import { DecisionDialog } from "../src/components/DecisionDialog/DecisionDialog";
import { Badge } from "../src/components/shared/Badge";
import { tableSections, useMessages } from "../src/components/shared/useMessages";
import { sandboxIds } from "../src/sandbox";

/**
 * The veil behind an open dialog is a token, `--sc-color-overlay`: a light grey-blue veil on
 * the light theme, a much deeper one on the dark theme (where the light theme's 45% would
 * hardly darken an already dark page).
 */
function PageBehindADialog() {
  const { common } = useMessages(tableSections);
  return (
    <div style={{ display: "grid", gap: 16, padding: 24, color: "var(--sc-color-text)" }}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        {customerStatuses.map((status) => (
          <Badge key={status} value={status}>
            {common.customerStatus[status]}
          </Badge>
        ))}
      </div>
      <DecisionDialog customerId={sandboxIds.reviewIndividualHighRisk} defaultOpen />
    </div>
  );
}

const meta = {
  title: "Theming/Dialog overlay",
  component: PageBehindADialog,
} satisfies Meta<typeof PageBehindADialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `rgb(r g b / a)` or `rgba(r, g, b, a)` as numbers (alpha 1 when absent). */
function channels(color: string): [number, number, number, number] {
  const numbers = color
    .match(/[\d.]+%?/g)
    ?.map((n) => (n.endsWith("%") ? Number(n.slice(0, -1)) / 100 : Number(n)));
  if (!numbers || numbers.length < 3) throw new Error(`not a colour: ${color}`);
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, a];
}

/** The page is dimmed: the overlay paints the token, and the surface behind it loses at least half its light. */
export const Dimmed: Story = {
  play: async ({ canvasElement }) => {
    await screen.findByRole("dialog", {}, { timeout: 5000 });
    const overlay = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(".sc-DecisionDialog-overlay");
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    const themed = canvasElement.closest("[data-theme]") ?? canvasElement.querySelector("[data-theme]");
    const dark = themed?.getAttribute("data-theme") === "dark";
    const probe = document.createElement("span");
    probe.style.color = "var(--sc-color-overlay)";
    overlay.append(probe);
    const token = getComputedStyle(probe).color;
    probe.style.color = "var(--sc-color-surface)";
    const surface = channels(getComputedStyle(probe).color);
    probe.remove();
    const veil = channels(getComputedStyle(overlay).backgroundColor);
    await expect(channels(token)).toEqual(veil);
    // What the page's surface looks like through the veil, as relative luminance.
    const through = surface.slice(0, 3).map((c, i) => c * (1 - veil[3]) + (veil[i] ?? 0) * veil[3]);
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // Visibly dimmed, in either theme: the page's surface gives back at most half its light
    // (the dark theme's old 45% grey-blue veil left 83% of it: no visible change).
    await expect(luminance(through) / luminance(surface)).toBeLessThanOrEqual(0.5);
    if (dark) await expect(veil[3]).toBeGreaterThanOrEqual(0.6);
  },
};
