import { render, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { customerStatuses, decisions } from "../../src/api/schemas/common";
import { Badge } from "../../src/components/shared/Badge";
import { en, es } from "../../src/messages";

/** The drawn shape of a badge's icon: what is left once colour is taken away. */
const shapeOf = (badge: Element) => badge.querySelector("svg path")?.getAttribute("d");

describe("Badge", () => {
  test("every customer status has its own icon shape (not colour alone)", () => {
    const { container } = render(
      <div>
        {customerStatuses.map((status) => (
          <Badge key={status} value={status}>
            {en.common.customerStatus[status]}
          </Badge>
        ))}
      </div>,
    );
    const badges = Array.from(container.querySelectorAll(".sc-Badge"));
    expect(badges).toHaveLength(customerStatuses.length);
    const shapes = badges.map(shapeOf);
    expect(shapes.every(Boolean)).toBe(true);
    expect(new Set(shapes).size).toBe(customerStatuses.length);
    // The pair that used to share a grey dash.
    const icon = (value: string) => container.querySelector(`[data-value="${value}"] svg`);
    expect(icon("pending")).toHaveAttribute("data-icon", "clock");
    expect(icon("inactive")).toHaveAttribute("data-icon", "pause");
    expect(shapeOf(icon("pending")?.closest(".sc-Badge") as Element)).not.toBe(
      shapeOf(icon("inactive")?.closest(".sc-Badge") as Element),
    );
  });

  test("decisions differ in shape too; an unknown value keeps the neutral dash", () => {
    const { container } = render(
      <>
        {decisions.map((decision) => (
          <Badge key={decision} value={decision}>
            {en.common.decision[decision]}
          </Badge>
        ))}
        <Badge value="escalate">Escalate</Badge>
      </>,
    );
    const shapes = Array.from(container.querySelectorAll(".sc-Badge"), shapeOf);
    expect(new Set(shapes.slice(0, decisions.length)).size).toBe(decisions.length);
    expect(container.querySelector('[data-value="escalate"] svg')).toHaveAttribute("data-icon", "minus");
  });

  test("the accessible name is the text alone, in English and Spanish", () => {
    for (const messages of [en, es]) {
      const { unmount } = render(
        <ul>
          {customerStatuses.map((status) => (
            <li key={status}>
              <Badge value={status}>{messages.common.customerStatus[status]}</Badge>
            </li>
          ))}
        </ul>,
      );
      for (const item of screen.getAllByRole("listitem")) {
        const badge = item.querySelector(".sc-Badge");
        const value = badge?.getAttribute("data-value") as (typeof customerStatuses)[number];
        expect(badge?.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
        expect(item.textContent).toBe(messages.common.customerStatus[value]);
      }
      unmount();
    }
  });
});
