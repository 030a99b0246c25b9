import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  CustomerForm,
  CustomerTable,
  DecisionDialog,
  ReviewBreakdownPanel,
  WatchlistMatches,
} from "../src/index";
import { sandboxIds } from "../src/sandbox";
import "./unstyled.css";

/**
 * A host with its own design system: every component with `unstyled`. The library's rules no
 * longer apply (browser defaults show through); the markup, class names and `data-*`
 * attributes stay, so the host styles them itself — here with the dozen lines of
 * `stories/unstyled.css`, written against data attributes only.
 */
function HostDesignSystem() {
  return (
    <div className="host-ds">
      <DecisionDialog customerId={sandboxIds.reviewBusiness} unstyled />
      <DecisionDialog customerId={sandboxIds.reviewBusiness} className="host-styled-twin" />
      <ReviewBreakdownPanel customerId={sandboxIds.reviewBusiness} watchlist="hidden" allowRefresh unstyled />
      <WatchlistMatches customerId={sandboxIds.manyWatchlistMatches} unstyled />
      <CustomerTable params={{ page_size: 5 }} unstyled />
      <CustomerForm defaultType="business" unstyled />
    </div>
  );
}

const meta = {
  title: "Guides/Theming/Unstyled",
  component: HostDesignSystem,
  parameters: {
    docs: {
      description: {
        component:
          "`unstyled` on any component: none of the library's CSS applies to it or inside it, while its markup, `sc-` class names and `data-*` attributes stay for the host's own styles. Visually hidden text stays hidden (that rule is accessibility, not styling).",
      },
    },
  },
} satisfies Meta<typeof HostDesignSystem>;

export default meta;
type Story = StoryObj<typeof meta>;

const radius = (element: Element) => getComputedStyle(element).borderTopLeftRadius;

export const EveryComponent: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const roots = () => [...canvasElement.querySelectorAll<HTMLElement>("[data-sc-unstyled]")];

    await step("every component root carries the attribute and keeps its classes", async () => {
      await canvas.findByRole("heading", { name: /Identity review/ }, { timeout: 8000 });
      await canvas.findByRole("heading", { name: "Watchlist screening" }, { timeout: 8000 });
      await canvas.findByRole("form", { name: /new customer/i }, { timeout: 8000 });
      const classes = roots().map((root) =>
        [...root.classList].find((c) => c.startsWith("sc-") && c !== "sc-root"),
      );
      await expect(new Set(classes)).toEqual(
        new Set([
          "sc-DecisionDialog",
          "sc-ReviewBreakdownPanel",
          "sc-WatchlistMatches",
          "sc-CustomerTable",
          "sc-CustomerForm",
        ]),
      );
    });

    await step("no library rule applies: colour scheme and buttons are the browser's", async () => {
      const twin = canvasElement.querySelector(".host-styled-twin .sc-Button");
      if (!twin) throw new Error("no styled twin");
      // The styled twin proves the check can fail: the library gives buttons a radius.
      await expect(radius(twin)).not.toBe("0px");
      for (const root of roots()) {
        await expect(getComputedStyle(root).colorScheme).toBe("normal");
        const buttons = [...root.querySelectorAll(".sc-Button")];
        for (const button of buttons) await expect(radius(button)).toBe("0px");
      }
      // Visually hidden text stays hidden.
      const hidden = roots()[1]?.querySelector(".sc-visually-hidden");
      if (hidden) await expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    });

    await step("the dialog, portalled out of the root, is unstyled too", async () => {
      const trigger = within(roots()[0] as HTMLElement).getByRole("button", { name: "Decide…" });
      await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"), { timeout: 8000 });
      await userEvent.click(trigger);
      const dialog = await within(document.body).findByRole("dialog");
      await expect(dialog).toHaveAttribute("data-sc-unstyled");
      await expect(getComputedStyle(dialog).position).not.toBe("fixed");
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(within(document.body).queryByRole("dialog")).toBeNull());
    });
  },
};
