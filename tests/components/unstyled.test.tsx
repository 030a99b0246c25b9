import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { describe, expect, test } from "vitest";
import {
  CustomerForm,
  CustomerTable,
  DecisionDialog,
  ReviewBreakdownPanel,
  ReviewQueue,
  WatchlistMatches,
} from "../../src/index";
import { apiExampleReviewResponse, sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";

const review = apiExampleReviewResponse.data;

/** Each component, with how to find its root once it has settled. */
const cases: [string, (unstyled: boolean) => ReactElement, string][] = [
  [
    "ReviewBreakdownPanel (data)",
    (u) => <ReviewBreakdownPanel review={review} className="host" unstyled={u} />,
    ".sc-ReviewBreakdownPanel",
  ],
  [
    "ReviewBreakdownPanel (fetching)",
    (u) => <ReviewBreakdownPanel customerId={sandboxIds.reviewBusiness} className="host" unstyled={u} />,
    ".sc-ReviewBreakdownPanel",
  ],
  [
    "WatchlistMatches",
    (u) => <WatchlistMatches customerId={sandboxIds.businessWatchlist} className="host" unstyled={u} />,
    ".sc-WatchlistMatches",
  ],
  [
    "DecisionDialog",
    (u) => <DecisionDialog customerId={sandboxIds.reviewBusiness} className="host" unstyled={u} />,
    ".sc-DecisionDialog",
  ],
  ["CustomerForm (create)", (u) => <CustomerForm className="host" unstyled={u} />, ".sc-CustomerForm"],
  [
    "CustomerForm (edit)",
    (u) => <CustomerForm customerId={sandboxIds.verifiedIndividual} className="host" unstyled={u} />,
    ".sc-CustomerForm",
  ],
  ["CustomerTable", (u) => <CustomerTable className="host" unstyled={u} />, ".sc-CustomerTable"],
  [
    "ReviewQueue",
    (u) => <ReviewQueue created_to="2026-01-07" className="host" unstyled={u} />,
    ".sc-ReviewQueue",
  ],
];

describe("unstyled", () => {
  test.each(cases)(
    "%s: the root says so; classes, data attributes and markup stay",
    async (_, make, selector) => {
      const h = setup();
      const { container, unmount } = render(<h.wrapper>{make(true)}</h.wrapper>);
      const root = await settledRoot(container, selector);
      expect(root).toHaveAttribute("data-sc-unstyled");
      expect(root).toHaveClass("sc-root", "host");
      expect(root.dataset.state ?? root.dataset.mode).toBeTruthy();
      const unstyledMarkup = markup(root);
      unmount();

      // Styled, the same markup but for the attribute.
      const fresh = setup();
      const styled = render(<fresh.wrapper>{make(false)}</fresh.wrapper>);
      const styledRoot = await settledRoot(styled.container, selector);
      expect(styledRoot).not.toHaveAttribute("data-sc-unstyled");
      expect(markup(styledRoot)).toBe(unstyledMarkup);
    },
  );

  test("the portalled dialog and its overlay are unstyled too", async () => {
    const h = setup();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <DecisionDialog customerId={sandboxIds.reviewBusiness} unstyled />
      </h.wrapper>,
    );
    const trigger = await screen.findByRole("button", { name: "Decide…" });
    await waitFor(() => expect(trigger).not.toHaveAttribute("aria-disabled"));
    await user.click(trigger);
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveAttribute("data-sc-unstyled");
    expect(dialog).toHaveClass("sc-DecisionDialog-content");
    expect(document.querySelector(".sc-DecisionDialog-overlay")).toHaveAttribute("data-sc-unstyled");
    expect(within(dialog).getByRole("radio", { name: /Reject/ })).toBeInTheDocument();
  });
});

/** The component's root once loading is over (an edit form replaces its skeleton). */
function settledRoot(container: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const root = container.querySelector<HTMLElement>(selector);
      if (
        !root ||
        root.dataset.state === "loading" ||
        root.querySelector("[data-skeleton], [aria-busy='true']")
      )
        throw new Error("still loading");
      return root;
    },
    { timeout: 5000 },
  );
}

/** Markup without the attribute under test and React's generated ids. */
function markup(root: HTMLElement): string {
  return root.outerHTML.replace(/ data-sc-unstyled="true"/g, "").replace(/_r_\w+_|:r\w+:/g, "id");
}
