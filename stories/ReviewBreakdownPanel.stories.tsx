import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ReviewBreakdownPanel } from "../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { apiExampleReviewResponse, maximalReview, sandboxIds } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Components/ReviewBreakdownPanel",
  component: ReviewBreakdownPanel,
  parameters: {
    docs: {
      description: {
        component:
          "Why the screening flagged a customer. The verdict comes first — the customer's status beside the screening's decision (they can disagree) and what needs attention — then every breakdown module, flagged ones first, the KYC validations, network alerts, watchlist, reputation and any other message. `customerId` fetches through `useCustomerReview`; `review` shows data the host already has, without a provider.",
      },
    },
  },
} satisfies Meta<typeof ReviewBreakdownPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The panel's root, once it shows a loaded review. */
async function loaded(canvasElement: HTMLElement, name: string | RegExp) {
  const canvas = within(canvasElement);
  await canvas.findByRole(
    "heading",
    { level: 2, name: typeof name === "string" ? new RegExp(escapeRegExp(name)) : name },
    // Under load (retries, both themes in parallel) the first render can take a while.
    { timeout: 5000 },
  );
  const root = canvasElement.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel");
  if (!root) throw new Error("no panel");
  return { canvas, root, panel: within(root) };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Opens every collapsed "N checks passed" / "N validations passed" line. */
async function expandPassed(root: HTMLElement) {
  for (const toggle of within(root).queryAllByRole("button", { name: "Show", expanded: false })) {
    await userEvent.click(toggle);
  }
}

function moduleOrder(root: HTMLElement) {
  return [...root.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-module")].map(
    (row) => row.dataset.module,
  );
}

export const VerifiedIndividual: Story = {
  args: { customerId: sandboxIds.verifiedIndividual },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Leslie Knope");
    await expect(root).toHaveAttribute("data-state", "ready");
    await expect(panel.getByText("Verified")).toBeVisible();
    await expect(panel.getByText("No check needs attention.")).toBeVisible();
    // Everything passed: one line, until opened.
    await expect(moduleOrder(root)).toEqual([]);
    await expect(panel.getByText("5 checks passed")).toBeVisible();
    await expandPassed(root);
    await expect(moduleOrder(root)).toEqual(["fraud", "synthetic", "email", "phone", "address"]);
    await expect(panel.getByRole("heading", { name: "KYC validations" })).toBeVisible();
  },
};

export const InReviewHighRisk: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Tom Haverford");
    await expect(panel.getByText("2 checks need attention")).toBeVisible();
    // The flagged modules come first, in reading order.
    await expect(moduleOrder(root).slice(0, 2)).toEqual(["fraud", "synthetic"]);
    await expect(panel.getByRole("meter", { name: "Fraud risk score" })).toHaveAttribute(
      "aria-valuetext",
      "0.912",
    );
    await expect(panel.getByRole("meter", { name: "Synthetic identity risk score" })).toHaveAttribute(
      "aria-valuetext",
      "0.934",
    );
    // The reason is spelled out, not hidden behind a tooltip: among the top reasons, and in the module's row.
    const reasons = panel.getByRole("list", { name: "Why it needs attention" });
    await expect(
      within(reasons).getByText("Identity elements are associated with reported fraud"),
    ).toBeVisible();
    await expect(
      within(reasons).getByText("Identity has the characteristics of a synthetic identity"),
    ).toBeVisible();
    await expect(panel.getAllByText("Identity elements are associated with reported fraud")).toHaveLength(2);
  },
};

export const RejectedBusiness: Story = {
  args: { customerId: sandboxIds.rejectedBusiness },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Sweetums Candy Co");
    await expect(root).toHaveAttribute("data-status", "rejected");
    await expect(root).toHaveAttribute("data-decision", "reject");
    await expandPassed(root);
    // The rejecting module first, then the business modules in reading order.
    await expect(moduleOrder(root)).toEqual([
      "business_evaluation",
      "business_identification",
      "business_validation",
      "email",
      "phone",
    ]);
    const first = root.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel-module");
    await expect(within(first as HTMLElement).getByText("Reject")).toBeVisible();
    await expect(panel.getAllByText("Business has the characteristics of a shell company")[0]).toBeVisible();
  },
};

export const BusinessWithWatchlistHits: Story = {
  args: { customerId: sandboxIds.businessWatchlist, watchlist: "details" },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Gryzzl Trading LLC");
    // The watchlist needs review: it comes before the accepted modules.
    const blocks = [...root.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-block")].map(
      (block) => block.dataset.block,
    );
    await expect(blocks[0]).toBe("watchlist");
    await expect(panel.getByRole("heading", { name: "Watchlist screening" })).toBeVisible();
    await expect(panel.getAllByText("5 matches")[0]).toBeVisible();
    const link = panel.getAllByRole("link")[0] as HTMLAnchorElement;
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  },
};

export const OnlyTwoModules: Story = {
  args: { customerId: sandboxIds.onlyTwoModules },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Ann Perkins");
    await expandPassed(root);
    await expect(moduleOrder(root).sort()).toEqual(["email", "phone"]);
    await expect(panel.getByText("2 checks")).toBeVisible();
    await expect(panel.queryByRole("heading", { name: "KYC validations" })).toBeNull();
    await expect(panel.queryByRole("heading", { name: "Reputation" })).toBeNull();
  },
};

export const PendingNoDetails: Story = {
  args: { customerId: sandboxIds.pendingNoDetails },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Chris Traeger");
    await expect(root).toHaveAttribute("data-state", "pending");
    await expect(panel.getByText("Checks are running")).toBeVisible();
    await expect(panel.getByText("Not available yet")).toBeVisible();
    await expect(panel.getByRole("button", { name: "Check again" })).toBeVisible();
  },
};

export const ErrorAndRetry: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  parameters: {
    // The first load and both automatic retries fail; the person's retry succeeds.
    sandbox: { failures: [{ endpoint: "customers.review.get", status: 500, times: 3 }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", undefined, { timeout: 5000 });
    await expect(alert).toHaveTextContent("The identity review could not be loaded");
    await expect(canvasElement.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute(
      "data-state",
      "error",
    );
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await loaded(canvasElement, "Tom Haverford");
    await expect(
      getStorySandbox().requests.filter((r) => r.endpoint === "customers.review.get"),
    ).toHaveLength(4);
  },
};

/** A 404 says the customer does not exist; trying again cannot help, so there is no "Try again". */
export const NotFoundError: Story = {
  args: { customerId: "00000000-0000-4000-8000-00000000dead" },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", undefined, { timeout: 5000 });
    await expect(alert).toHaveTextContent("This customer does not exist");
    await expect(within(alert).queryByRole("button")).toBeNull();
  },
};

/** A 403: the account cannot see this customer; no "Try again" either. */
export const ForbiddenError: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  parameters: { sandbox: { failures: [{ endpoint: "customers.review.get", status: 403, times: 10 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", undefined, { timeout: 5000 });
    await expect(alert).toHaveTextContent("Your account cannot see this customer");
    await expect(within(alert).queryByRole("button")).toBeNull();
  },
};

/** What passed is one line ("N checks passed"); Show opens it, with the KYC validations likewise. */
export const PassedChecksExpanded: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await loaded(canvasElement, "Tom Haverford");
    const rows = () => canvasElement.querySelectorAll(".sc-ReviewBreakdownPanel-module").length;
    const before = rows();
    const toggles = canvas.getAllByRole("button", { name: "Show" });
    await expect(toggles.length).toBeGreaterThan(0);
    for (const toggle of toggles) await userEvent.click(toggle);
    await expect(rows()).toBeGreaterThan(before);
    for (const toggle of canvas.getAllByRole("button", { name: "Hide" })) {
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
    }
  },
};

export const Loading: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk },
  parameters: { sandbox: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".sc-ReviewBreakdownPanel");
    await expect(root).toHaveAttribute("aria-busy", "true");
    await expect(root).toHaveAttribute("data-state", "loading");
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Loading the identity review…");
    // The skeleton has the final layout's rows.
    await expect(
      canvasElement.querySelectorAll(".sc-ReviewBreakdownPanel-module[data-skeleton]"),
    ).toHaveLength(5);
  },
};

export const ReputationHeavy: Story = {
  args: { customerId: sandboxIds.reputationHeavy },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Mark Brendanawicz");
    const blocks = [...root.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-block")].map(
      (block) => block.dataset.block,
    );
    await expect(blocks[0]).toBe("reputation");
    await expect(panel.getByRole("meter", { name: "Reputation risk score" })).toHaveAttribute(
      "aria-valuetext",
      "0.884",
    );
    const fraud = root.querySelector<HTMLElement>('[data-insight="accounts_fraud_count"]');
    await expect(fraud).toHaveTextContent("Labelled as fraud");
    await expect(fraud).toHaveTextContent("most recent Jan 19, 2026");
    await expect(panel.getAllByText("Prior ACH fraud reported for this identity")[0]).toBeVisible();
  },
};

/** API.md §8.1 unchanged: placeholder codes, scores of 123, empty messages. */
export const ApiExampleReview: Story = {
  args: { review: apiExampleReviewResponse.data },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Ron Swanson");
    await expandPassed(root);
    await expect(moduleOrder(root)).toHaveLength(8);
    await expect(panel.getByRole("meter", { name: "Fraud risk score" })).toHaveAttribute(
      "aria-valuetext",
      "123.000 (out of range)",
    );
    await expect(panel.getAllByText("<string>").length).toBeGreaterThan(0);
    await expect(panel.queryByRole("heading", { name: "Other messages" })).toBeNull();
  },
};

export const HostileStrings: Story = {
  args: { customerId: sandboxIds.hostileStrings, watchlist: "details" },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "<img src=x onerror=alert(1)>");
    // Markup in the data stays text.
    await expect(root.querySelector("img, script, svg:not(.sc-Icon) ")).toBeNull();
    await expect(panel.getByText("<script>alert('alert')</script>")).toBeVisible();
    // Only http(s) sources are links; a javascript: URL is inert text.
    for (const link of root.querySelectorAll("a")) {
      await expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
    }
    await expect(panel.getAllByText("javascript:alert(1)")[0]).toBeVisible();
    await expect(panel.getAllByText("(not a web link)").length).toBeGreaterThan(5);
  },
};

export const CompactSidePanel: Story = {
  args: { customerId: sandboxIds.reviewIndividualHighRisk, density: "compact" },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const { root } = await loaded(canvasElement, "Tom Haverford");
    await expect(root).toHaveAttribute("data-density", "compact");
    await expect(moduleOrder(root).slice(0, 2)).toEqual(["fraud", "synthetic"]);
    // Cards, not columns: every field keeps its visible label.
    const firstRow = root.querySelector(".sc-ReviewBreakdownPanel-module") as HTMLElement;
    await expect(within(firstRow).getByText("Risk score")).toBeVisible();
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const LongUnicodeName: Story = {
  args: { customerId: sandboxIds.longUnicodeName },
  play: async ({ canvasElement }) => {
    const { root } = await loaded(canvasElement, "Maximiliana Świętosława");
    await expect(root.querySelector(".sc-ReviewBreakdownPanel-name")).toHaveTextContent(
      "Λεωνίδας Κωνσταντινίδης née Ørsted-Hald",
    );
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const StatusDisagreesWithDecision: Story = {
  args: { customerId: sandboxIds.rejectedWithAcceptDecision },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Bobby Newport");
    await expect(root).toHaveAttribute("data-disagree");
    await expect(panel.getByText("Rejected")).toBeVisible();
    await expect(
      panel.getByText(/The screening recommends “Accept”, but the customer's status is “Rejected”/),
    ).toBeVisible();
  },
};

export const UnexpectedValues: Story = {
  args: { customerId: sandboxIds.unexpectedValues },
  play: async ({ canvasElement }) => {
    const { panel } = await loaded(canvasElement, "Andy Dwyer");
    await expect(panel.getAllByText("Unknown (escalate)").length).toBeGreaterThan(0);
    await expect(panel.getByText("Unknown (match)")).toBeVisible();
    await expect(panel.getByRole("meter", { name: "Fraud risk score" })).toHaveAttribute(
      "aria-valuetext",
      "123.000 (out of range)",
    );
  },
};

export const NullFields: Story = {
  args: { customerId: sandboxIds.nullFields },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "April Ludgate");
    await expect(root).toHaveAttribute("data-state", "ready");
    await expect(panel.getAllByText("Not checked").length).toBeGreaterThan(0);
    await expect(panel.getByText("No alerts raised.")).toBeVisible();
  },
};

export const RefreshReview: Story = {
  args: { customerId: sandboxIds.verifiedIndividual, allowRefresh: true },
  parameters: { sandbox: { refreshDelayMs: 100 } },
  play: async ({ canvasElement }) => {
    const { panel } = await loaded(canvasElement, "Leslie Knope");
    const before = panel.getByText(/Review id/).parentElement?.textContent;
    await userEvent.click(panel.getByRole("button", { name: "Refresh review" }));
    await expect(panel.getByText("Refreshing the review…")).toBeVisible();
    await waitFor(() => expect(panel.getByText("The review was refreshed.")).toBeVisible(), {
      timeout: 5000,
    });
    await expect(panel.getByText(/Review id/).parentElement?.textContent).not.toBe(before);
    await expect(
      getStorySandbox().requests.some((r) => r.endpoint === "customers.review.refresh_review"),
    ).toBe(true);
  },
};

/** Every optional part present: eight modules, 45 messages, all insights, 12 watchlist matches. */
export const Maximal: Story = {
  args: { review: maximalReview },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Donna Meagle");
    await expect(moduleOrder(root)[0]).toBe("business_evaluation");
    await expect(panel.getByRole("heading", { name: "Other messages" })).toBeVisible();
  },
};

/**
 * Direct-data mode checks the `review` prop with the fetch path's schema: a wrong shape (here
 * `kyc.codes` is a number and a match's `urls` an object) is the error state, naming the paths
 * (never the values) for the developer, and the host page around it stays.
 */
export const InvalidReviewProp: Story = {
  args: {
    review: {
      ...maximalReview,
      identity_details: maximalReview.identity_details
        ? {
            ...maximalReview.identity_details,
            kyc: { decision: "review", codes: 5 as unknown as string[] },
          }
        : null,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("The identity review could not be loaded");
    await expect(alert).toHaveTextContent("identity_details.kyc.codes");
    const root = canvasElement.querySelector(".sc-ReviewBreakdownPanel");
    await expect(root).toHaveAttribute("data-state", "error");
  },
};

/** Server lists are capped: 200 result codes show the first 50 and a "Show all 200" button. */
export const ManyCodes: Story = {
  args: {
    review: {
      ...maximalReview,
      identity_details: maximalReview.identity_details
        ? {
            ...maximalReview.identity_details,
            kyc: {
              ...maximalReview.identity_details.kyc,
              codes: Array.from({ length: 200 }, (_, i) => `I${String(i).padStart(3, "0")}`),
            },
          }
        : null,
    },
  },
  play: async ({ canvasElement }) => {
    const { root, panel } = await loaded(canvasElement, "Donna Meagle");
    const kyc = root.querySelector<HTMLElement>('[data-section="kyc"]');
    if (!kyc) throw new Error("no KYC section");
    await expect(kyc.querySelectorAll(".sc-CodeList-item")).toHaveLength(50);
    await userEvent.click(within(kyc).getByRole("button", { name: "Show all 200" }));
    await expect(kyc.querySelectorAll(".sc-CodeList-item")).toHaveLength(200);
    await expect(panel.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
  },
};
