import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { DecisionDialog } from "../../src/components/DecisionDialog/DecisionDialog";
import { ReviewBreakdownPanel } from "../../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";

// Customers in review whose screenings flag different things: modules, watchlist, reputation, network alerts.
const cases = [
  ["high-risk modules", sandboxIds.reviewIndividualHighRisk],
  ["business modules", sandboxIds.reviewBusiness],
  ["watchlist", sandboxIds.individualWatchlist],
  ["reputation", sandboxIds.reputationHeavy],
  ["network alerts", sandboxIds.networkAlerts],
] as const;

describe("the panel and the dialog agree on what needs attention (both from reviewFacts)", () => {
  test.each(cases)("%s", async (_name, id) => {
    const h = setup();
    const { container } = render(
      <h.wrapper>
        <ReviewBreakdownPanel customerId={id} />
        <DecisionDialog customerId={id} defaultOpen />
      </h.wrapper>,
    );
    const panel = await waitFor(() => {
      const found = container.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel[data-state='ready']");
      if (!found) throw new Error("the panel is not ready yet");
      return found;
    });
    // The dialog's Radix part loads on first use: give it time.
    const dialog = await screen.findByRole("dialog", { name: "Review decision" }, { timeout: 5000 });
    const flaggedList = await waitFor(() => {
      const list = dialog.querySelector<HTMLElement>(".sc-DecisionDialog-flagged");
      if (!list) throw new Error("the dialog's summary is not ready yet");
      return list;
    });

    const attention = panel.querySelector<HTMLElement>(".sc-ReviewBreakdownPanel-attention");
    const panelItems = [
      ...(attention?.querySelectorAll<HTMLElement>(".sc-ReviewBreakdownPanel-attentionList > li") ?? []),
    ];
    const dialogItems = within(flaggedList)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === flaggedList);

    // "N checks need attention" counts the same list the dialog shows, in the same order, with the same words.
    expect(panelItems.length).toBeGreaterThan(0);
    expect(attention).toHaveAttribute("data-count", String(dialogItems.length));
    expect(attention).toHaveTextContent(
      `${dialogItems.length} ${dialogItems.length === 1 ? "check needs" : "checks need"} attention`,
    );
    const panelLabels = panelItems.map(
      (li) => li.querySelector(".sc-ReviewBreakdownPanel-attentionName")?.firstChild?.textContent,
    );
    const dialogLabels = dialogItems.map((li) => li.querySelector("span")?.textContent);
    expect(dialogLabels).toEqual(panelLabels);
    expect(panelItems.map((li) => li.dataset.decision)).toEqual(
      dialogItems.map((li) => li.querySelector("[data-value]")?.getAttribute("data-value")),
    );
  });
});
