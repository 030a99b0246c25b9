import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Badge } from "../src/index";

const themes = ["light", "dark", "auto"] as const;

/**
 * `data-theme` on any ancestor: `light` and `dark` force a theme (also inside a page of the
 * other one), `auto` follows the operating system (`prefers-color-scheme`).
 */
function ThemeColumns() {
  return (
    <div style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))" }}>
      {themes.map((theme) => (
        <section
          key={theme}
          data-theme={theme}
          aria-label={`data-theme="${theme}"`}
          style={{
            background: "var(--sc-color-background)",
            color: "var(--sc-color-text)",
            padding: 16,
            borderRadius: 8,
          }}
        >
          <p style={{ margin: "0 0 12px", fontFamily: "monospace" }}>data-theme="{theme}"</p>
          <div className="sc-root" style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
            <Badge value="verified">Verified</Badge>
            <Badge value="review">In review</Badge>
            <Badge value="rejected">Rejected</Badge>
          </div>
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: "Guides/Theming/Auto theme",
  component: ThemeColumns,
} satisfies Meta<typeof ThemeColumns>;

export default meta;
type Story = StoryObj<typeof meta>;

const token = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim();

/**
 * The story tests run twice, with the browser in light and in dark colour scheme, so both
 * branches of `auto` are exercised.
 */
export const FollowsTheOperatingSystem: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const column = (theme: string) => canvas.getByRole("region", { name: `data-theme="${theme}"` });
    const osDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    const expected = osDark ? "dark" : "light";
    const other = osDark ? "light" : "dark";

    const tokens = ["--sc-color-surface", "--sc-color-text", "--sc-color-negative-text", "--sc-color-scheme"];
    for (const name of tokens) {
      await expect(token(column("auto"), name)).toBe(token(column(expected), name));
    }
    await expect(token(column("auto"), "--sc-color-surface")).not.toBe(
      token(column(other), "--sc-color-surface"),
    );
    await expect(token(column("dark"), "--sc-color-scheme")).toBe("dark");
    await expect(token(column("light"), "--sc-color-scheme")).toBe("light");

    // The components' roots take the scheme (form controls, scrollbars); the page is left alone.
    const root = column("auto").querySelector(".sc-root");
    if (!root) throw new Error("no component root");
    await waitFor(() => expect(getComputedStyle(root).colorScheme).toBe(expected));
    await expect(getComputedStyle(column("auto")).colorScheme).toBe("normal");
  },
};
