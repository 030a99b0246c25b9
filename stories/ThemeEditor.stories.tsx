import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, screen, userEvent, waitFor, within } from "storybook/test";
import { sandboxIds } from "../src/sandbox";
import { ThemeEditor } from "./ThemeEditor";

const meta = {
  title: "Guides/Theming/Token editor",
  component: ThemeEditor,
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "Edit a subset of the design tokens live. Each control writes a CSS custom property on the preview's wrapper (React `style`), exactly as a host's class would; the snippet is the CSS to copy — only the changed tokens. Defaults are the computed values of the current theme (switch the toolbar's theme).",
      },
    },
  },
} satisfies Meta<typeof ThemeEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Test colours with good contrast against each theme's `--sc-color-accent-text` (white / near-black). */
const testAccent = { light: "#0b6e4f", dark: "#5fd4a8" } as const;

/** The editor, its preview loaded (panel and an enabled decision trigger). */
async function ready(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole("heading", { level: 3, name: /Tom Haverford/ }, { timeout: 5000 });
  const trigger = canvas.getByRole("button", { name: "Decide…" });
  await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
  const editor = canvasElement.querySelector<HTMLElement>(".te");
  const panel = canvasElement.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel");
  const themed = canvasElement.querySelector<HTMLElement>("[data-theme]");
  if (!editor || !panel || !themed) throw new Error("editor, panel or themed wrapper missing");
  return {
    canvas,
    editor,
    panel,
    trigger,
    themed,
    accent: canvas.getByLabelText<HTMLInputElement>("Accent"),
    radius: canvas.getByLabelText<HTMLInputElement>("Radius"),
    css: canvas.getByLabelText<HTMLTextAreaElement>(/CSS to copy/),
    reset: canvas.getByRole("button", { name: "Reset" }),
  };
}

/** The theme's own value of a token, read where no override applies. */
function themeValue(editor: HTMLElement, token: string) {
  return getComputedStyle(editor).getPropertyValue(token).trim();
}

/** `#rrggbb` → `rgb(r, g, b)`, as getComputedStyle reports colours. */
function rgb(hex: string) {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The editor as a host would use it: nothing changed, the theme's defaults. Embedded in Guides/Theming. */
export const Editor: Story = {
  play: async ({ canvasElement }) => {
    const { editor, accent, radius, css, reset } = await ready(canvasElement);
    // The controls show the computed values of the current theme (light or dark), not literals.
    await expect(accent.value).toBe(themeValue(editor, "--sc-color-accent"));
    await expect(radius.valueAsNumber).toBe(Number.parseFloat(themeValue(editor, "--sc-radius")));
    await expect(css.value).toContain("No token changed");
    await expect(reset).toBeDisabled();
  },
};

/**
 * Accent and radius land on real components: the primary trigger's background, the panel's and the
 * trigger's corners, the open dialog's selected choice; the snippet lists only those tokens; Reset
 * brings the theme's values back.
 */
export const OverrideAccentAndRadius: Story = {
  play: async ({ canvasElement, globals }) => {
    const { editor, panel, trigger, accent, radius, css, reset } = await ready(canvasElement);
    const chosen = globals.theme === "dark" ? testAccent.dark : testAccent.light;
    const defaultBackground = getComputedStyle(trigger).backgroundColor;
    const defaultRadius = themeValue(editor, "--sc-radius");
    await expect(defaultBackground).toBe(rgb(themeValue(editor, "--sc-color-accent")));

    // The accent: the primary button (`.sc-Button[data-variant="primary"]`) paints with it.
    fireEvent.input(accent, { target: { value: chosen } });
    await waitFor(() => expect(getComputedStyle(trigger).backgroundColor).toBe(rgb(chosen)));
    await expect(getComputedStyle(trigger).borderColor).toBe(rgb(chosen));
    await expect(accent.value).toBe(chosen);
    await expect(css.value).toContain(`--sc-color-accent: ${chosen};`);
    await expect(css.value).toMatch(/^\.my-admin,$/m);
    await expect(css.value).not.toContain("--sc-radius");
    await expect(accent.closest(".te-field")).toHaveAttribute("data-changed");
    // The editor's own chrome keeps the theme's value: only the preview is overridden.
    await expect(themeValue(editor, "--sc-color-accent")).not.toBe(chosen);

    // The radius: the panel's and the button's corners.
    fireEvent.change(radius, { target: { value: "12" } });
    await waitFor(() => expect(getComputedStyle(panel).borderTopLeftRadius).toBe("12px"));
    await expect(getComputedStyle(trigger).borderBottomRightRadius).toBe("12px");
    await expect(css.value).toContain("--sc-radius: 12px;");
    const lines = css.value.split("\n").filter((line) => line.trim().startsWith("--sc-"));
    await expect(lines).toEqual([`  --sc-color-accent: ${chosen};`, "  --sc-radius: 12px;"]);

    // The open dialog (portalled to <body>) follows through the snippet's second selector.
    await userEvent.click(trigger);
    const dialog = within(await screen.findByRole("dialog", { name: "Review decision" }));
    await userEvent.click(dialog.getByRole("radio", { name: /Verify/ }));
    const choice = dialog.getByRole("radio", { name: /Verify/ }).closest("label") as HTMLElement;
    await waitFor(() => expect(getComputedStyle(choice).borderTopColor).toBe(rgb(chosen)));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    // Reset: every control and every component back to the theme's values.
    await userEvent.click(reset);
    await waitFor(() => expect(getComputedStyle(trigger).backgroundColor).toBe(defaultBackground));
    await expect(getComputedStyle(panel).borderTopLeftRadius).toBe(defaultRadius);
    await expect(accent.value).toBe(themeValue(editor, "--sc-color-accent"));
    await expect(radius.valueAsNumber).toBe(Number.parseFloat(defaultRadius));
    await expect(css.value).toContain("No token changed");
    await expect(canvasElement.querySelector(".te-preview")?.getAttribute("style") ?? "").not.toContain(
      "--sc-",
    );
    await expect(canvasElement.querySelectorAll(".te-field[data-changed]")).toHaveLength(0);
  },
};

/**
 * The defaults follow the theme: flip `data-theme` on the ancestor (as the toolbar does) and the
 * controls show the other theme's computed values, while an override stays applied. Ends with a
 * changed focus colour, which the focus rings pick up where they are drawn.
 */
export const FollowsTheme: Story = {
  play: async ({ canvasElement }) => {
    const { editor, panel, accent, radius, css, themed } = await ready(canvasElement);
    const original = themed.dataset.theme ?? "light";
    const other = original === "dark" ? "light" : "dark";
    const originalAccent = accent.value;

    fireEvent.change(radius, { target: { value: "10" } });
    await waitFor(() => expect(getComputedStyle(panel).borderTopLeftRadius).toBe("10px"));
    try {
      themed.dataset.theme = other;
      await waitFor(() => expect(accent.value).not.toBe(originalAccent));
      await expect(accent.value).toBe(themeValue(editor, "--sc-color-accent"));
      // The override is independent of the theme.
      await expect(getComputedStyle(panel).borderTopLeftRadius).toBe("10px");
    } finally {
      themed.dataset.theme = original;
    }
    await waitFor(() => expect(accent.value).toBe(originalAccent));

    const focus = within(editor).getByLabelText<HTMLInputElement>("Focus ring");
    const chosen = original === "dark" ? "#ffd166" : "#b4005a";
    fireEvent.input(focus, { target: { value: chosen } });
    await waitFor(() => expect(css.value).toContain(`--sc-color-focus: ${chosen};`));
    await expect(css.value).not.toContain("--sc-focus-ring");
    // The ring is resolved where it is drawn: a focused control of the preview uses the new colour.
    const trigger = within(canvasElement.querySelector<HTMLElement>(".te-preview") as HTMLElement).getByRole(
      "button",
      { name: "Decide…" },
    );
    await userEvent.keyboard("{Shift}");
    trigger.focus();
    const rgb = original === "dark" ? "rgb(255, 209, 102)" : "rgb(180, 0, 90)";
    await waitFor(() => expect(getComputedStyle(trigger).boxShadow).toContain(rgb));
    await expect(css.value).toContain("--sc-radius: 10px;");
  },
};
