import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { CustomerTable } from "../../src/components/CustomerTable/CustomerTable";
import { ReviewBreakdownPanel } from "../../src/components/ReviewBreakdownPanel/ReviewBreakdownPanel";
import { createFormatters } from "../../src/components/shared/useFormat";
import { es } from "../../src/messages";
import { sandboxIds } from "../../src/sandbox";
import { setup } from "../hooks/harness";

vi.setConfig({ testTimeout: 30_000 });

const spanishMonth = /\b(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b/;
const englishMonth = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
/** Day, then month, then year: "2 feb 2026", never "Feb 2, 2026". */
const spanishDate = /^\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}/;
const spanishRelative = /\b(hace|dentro de|ayer|hoy|mañana|anteayer)\b/;

function renderWith(locale: string, ui: React.ReactNode) {
  const h = setup({}, { locale, ...(locale.startsWith("es") ? { messages: es } : {}) });
  return render(<h.wrapper>{ui}</h.wrapper>);
}

async function reviewTimes() {
  await waitFor(() =>
    expect(document.querySelector(".sc-ReviewBreakdownPanel")).toHaveAttribute("data-state", "ready"),
  );
  return [...document.querySelectorAll<HTMLTimeElement>(".sc-ReviewBreakdownPanel time")];
}

describe("dates and numbers follow the provider's locale", () => {
  test("review header: the created date in Spanish, day before month, and 'hace …'", async () => {
    renderWith("es-ES", <ReviewBreakdownPanel customerId={sandboxIds.maximal} />);
    const times = await reviewTimes();
    expect(times.length).toBeGreaterThan(0);
    const created = times[0];
    expect(created?.dateTime).toMatch(/^2026-02-02T15:04:05/);
    expect(created?.textContent).toMatch(spanishDate);
    expect(created?.textContent).not.toMatch(englishMonth);
    const relative = created?.parentElement?.textContent ?? "";
    expect(relative).toMatch(spanishRelative);
    expect(relative).not.toMatch(/\bago\b|\bin \d/);
  });

  test("the same header in en-US is English: the locale, not the messages, formats dates", async () => {
    renderWith("en-US", <ReviewBreakdownPanel customerId={sandboxIds.maximal} />);
    const [created] = await reviewTimes();
    expect(created?.textContent).toMatch(/^Feb 2, 2026/);
  });

  test("risk scores use the Spanish decimal comma", async () => {
    renderWith("es-ES", <ReviewBreakdownPanel customerId={sandboxIds.reviewIndividualHighRisk} />);
    await reviewTimes();
    const meter = screen.getByRole("meter", { name: "Puntuación de riesgo de Fraude" });
    expect(meter).toHaveAttribute("aria-valuetext", "0,912");
  });

  test("customer table: created dates in Spanish, the title with date-time and 'hace …'", async () => {
    renderWith("es-ES", <CustomerTable />);
    const time = await waitFor(
      () => {
        const found = document.querySelector<HTMLTimeElement>(".sc-CustomerTable-cellCreated time");
        expect(found).not.toBeNull();
        return found as HTMLTimeElement;
      },
      { timeout: 10_000 },
    );
    expect(time.textContent).toMatch(spanishDate);
    expect(time.getAttribute("title")).toMatch(spanishMonth);
    expect(time.getAttribute("title")).toMatch(spanishRelative);
    // The narrow layout's "type · date" line too.
    const compact = document.querySelector(".sc-CustomerTable-compact")?.textContent ?? "";
    expect(compact).toMatch(/^(Persona física|Empresa) · \d{1,2} [a-z]+\.? \d{4}$/);
  });

  test("the formatters themselves: es-ES dates, numbers and relative times", () => {
    const f = createFormatters("es-ES");
    expect(f.date("2026-09-02")).toMatch(/^2 sept?\.? 2026$/);
    expect(f.number(12345.5)).toBe("12.345,5");
    expect(f.score(0.5)).toBe("0,500");
    expect(f.relative("2026-01-01T00:00:00Z", Date.parse("2026-01-04T00:00:00Z"))).toBe("hace 3 días");
  });
});
