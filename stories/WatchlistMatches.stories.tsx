import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { WatchlistMatches } from "../src/components/WatchlistMatches/WatchlistMatches";
import { apiExampleReviewResponse, sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Components/WatchlistMatches",
  component: WatchlistMatches,
  parameters: {
    docs: {
      description: {
        component:
          "The watchlist screening of a customer: decision, match count, lists matched and codes, then each match — strongest correlation first — with its list, correlation, matched fields and sources. Source URLs are untrusted: only `http(s)` ones become links (host name shown, new tab, `noopener noreferrer`); anything else is inert text.",
      },
    },
  },
} satisfies Meta<typeof WatchlistMatches>;

export default meta;
type Story = StoryObj<typeof meta>;

async function loaded(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole("heading", { level: 2, name: "Watchlist screening" }, { timeout: 5000 });
  const root = canvasElement.querySelector<HTMLElement>(".sc-WatchlistMatches");
  if (!root) throw new Error("no watchlist");
  await waitFor(() => expect(root.dataset.state).not.toBe("loading"), { timeout: 5000 });
  return { root, panel: within(root) };
}

const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(".sc-WatchlistMatches-match")];

export const BusinessWithHits: Story = {
  args: { customerId: sandboxIds.businessWatchlist },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement);
    await expect(root).toHaveAttribute("data-decision", "review");
    await expect(panel.getByText("5 matches")).toBeVisible();
    // Strongest correlation first.
    await expect(items(root)[0]).toHaveAttribute("data-correlation", "high_confidence");
    await expect(
      within(items(root)[0] as HTMLElement).getByText("EU Financial Sanctions Files"),
    ).toBeVisible();
    const link = panel.getAllByRole("link")[0] as HTMLAnchorElement;
    await expect(link).toHaveTextContent("lists.example.org");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    // Each matched field with a human label, beside the customer's own value.
    await expect(panel.getAllByRole("rowheader", { name: "Legal business name" })).toHaveLength(5);
    await expect(panel.getAllByRole("cell", { name: "Gryzzl Trading LLC" }).length).toBe(5);
  },
};

/** Each hit judged on its card: "Not a match" clears it; the head sums the judgements up. */
export const HitDispositions: Story = {
  args: { customerId: sandboxIds.businessWatchlist, onDispositionChange: fn() },
  play: async ({ canvasElement, args }) => {
    const { root, panel } = await loaded(canvasElement);
    await expect(panel.getByText("0 of 5 hits cleared")).toBeVisible();
    const [first, second] = items(root) as [HTMLElement, HTMLElement];
    await userEvent.click(within(first).getByRole("radio", { name: "Confirmed match" }));
    await userEvent.click(within(second).getByRole("radio", { name: "Not a match" }));
    await expect(panel.getByText("1 of 5 hits cleared · 1 confirmed")).toBeVisible();
    await expect(first).toHaveAttribute("data-disposition", "confirmed_match");
    await expect(args.onDispositionChange).toHaveBeenCalledTimes(2);
    // Arrow keys move within one hit's judgement.
    await userEvent.keyboard("{ArrowRight}");
    await expect(second).toHaveAttribute("data-disposition", "possible_match");
  },
};

export const ManyMatches: Story = {
  args: { customerId: sandboxIds.manyWatchlistMatches },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement);
    await expect(panel.getByText("27 matches")).toBeVisible();
    await expect(items(root)).toHaveLength(5);
    const toggle = panel.getByRole("button", { name: "Show all 27" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(toggle);
    await expect(items(root)).toHaveLength(27);
    await expect(panel.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
  },
};

export const HostileUrls: Story = {
  args: { customerId: sandboxIds.hostileStrings },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement);
    // Names stay text.
    await expect(panel.getByText("<script>alert('list')</script>")).toBeVisible();
    await expect(root.querySelector("img, script")).toBeNull();
    // Only http(s) URLs are links; they show their host.
    const links = panel.getAllByRole("link");
    await expect(links.map((link) => link.textContent?.replace(/\(opens in a new tab\)/, "").trim())).toEqual(
      ["sanctionssearch.ofac.treas.gov", "www.interpol.int", "example.org"],
    );
    for (const link of links) await expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
    // Everything else is inert and visible, control characters included.
    await expect(panel.getAllByText("javascript:alert(1)")[0]).toBeVisible();
    await expect(panel.getByText("data:text/html,<script>alert(1)</script>")).toBeVisible();
    await expect(panel.getByText("\\u{0001}javascript:alert(1)")).toBeVisible();
    await expect(panel.getAllByText("(not a web link)")).toHaveLength(12);
  },
};

export const NoMatches: Story = {
  args: { customerId: sandboxIds.verifiedIndividual },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement);
    await expect(root).toHaveAttribute("data-count", "0");
    await expect(panel.getByText("No watchlist matches")).toBeVisible();
    await expect(panel.getByText("Accept")).toBeVisible();
  },
};

export const Loading: Story = {
  args: { customerId: sandboxIds.businessWatchlist },
  parameters: { sandbox: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".sc-WatchlistMatches");
    await expect(root).toHaveAttribute("aria-busy", "true");
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent(
      "Loading the watchlist screening…",
    );
  },
};

export const ErrorAndRetry: Story = {
  args: { customerId: sandboxIds.businessWatchlist },
  parameters: { sandbox: { failures: [{ endpoint: "customers.review.get", status: 503, times: 3 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", undefined, { timeout: 5000 });
    await expect(alert).toHaveTextContent("The watchlist screening could not be loaded");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await canvas.findByText("5 matches", undefined, { timeout: 5000 });
    await expect(
      getStorySandbox().requests.filter((r) => r.endpoint === "customers.review.get"),
    ).toHaveLength(4);
  },
};

export const PendingNoDetails: Story = {
  args: { customerId: sandboxIds.pendingNoDetails },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement);
    await expect(root).toHaveAttribute("data-state", "pending");
    await expect(panel.getByText("No watchlist screening results yet.")).toBeVisible();
  },
};

/** API.md §8.1 unchanged: a `"<string>"` URL is not a link. */
export const ApiExampleData: Story = {
  args: { watchList: apiExampleReviewResponse.data.identity_details?.watch_list },
  play: async ({ canvasElement }) => {
    const { panel } = await loaded(canvasElement);
    await expect(panel.getByText("1 match")).toBeVisible();
    await expect(panel.queryByRole("link")).toBeNull();
    await expect(panel.getByText("(not a web link)")).toBeVisible();
  },
};

export const UnknownCorrelation: Story = {
  args: { customerId: sandboxIds.unexpectedValues },
  play: async ({ canvasElement }) => {
    const { panel } = await loaded(canvasElement);
    await expect(panel.getByText("Unknown (match)")).toBeVisible();
    await expect(panel.getByText("No fields reported")).toBeVisible();
    await expect(panel.getByText("No sources")).toBeVisible();
  },
};

export const CompactSidePanel: Story = {
  args: { customerId: sandboxIds.individualWatchlist, density: "compact" },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const { root } = await loaded(canvasElement);
    await expect(root).toHaveAttribute("data-density", "compact");
    await expect(items(root)).toHaveLength(3);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

/**
 * Direct-data mode checks `watchList` and `codeMessages` with the fetch path's schema: here the
 * codes are a number and a match's URLs an object. The error state names the paths, never the values.
 */
export const InvalidWatchListProp: Story = {
  args: {
    watchList: {
      decision: "review",
      codes: 5 as unknown as string[],
      matches: [{ list_name: "OFAC SDN", urls: { href: "x" } as unknown as string[] }],
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await loaded(canvasElement);
    await expect(root).toHaveAttribute("data-state", "error");
    const alert = within(root).getByRole("alert");
    await expect(alert).toHaveTextContent("watchList.codes");
    await expect(alert).toHaveTextContent("watchList.matches[0].urls");
  },
};
