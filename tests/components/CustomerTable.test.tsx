import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";
import type { ListCustomersParams } from "../../src/api/endpoints";
import { CustomerTable } from "../../src/components/CustomerTable/CustomerTable";
import { expectConsole } from "../consoleGuard";
import { setup } from "../hooks/harness";

const listCalls = (h: ReturnType<typeof setup>) => h.calls.filter((c) => c.path === "/v1/customers");
const lastQuery = (h: ReturnType<typeof setup>) => listCalls(h).at(-1)?.query ?? {};

// Role queries are slow in jsdom on a table this size: rows and controls are found by
// selector or label here; the stories query by role in a real browser.
async function loaded() {
  const table = await waitFor(() => {
    const found = document.querySelector("table");
    expect(found).not.toBeNull();
    return found as HTMLTableElement;
  });
  await waitFor(() => expect(table.querySelector("tbody tr[data-index]")).not.toBeNull());
  await waitFor(() => expect(table).not.toHaveAttribute("aria-busy"));
  return { table, rows: () => Array.from(table.querySelectorAll<HTMLElement>("tbody tr[data-index]")) };
}
const status = () => document.querySelector(".sc-CustomerTable-count");
const button = (name: string) =>
  Array.from(document.querySelectorAll("button")).find((b) => b.textContent === name) as HTMLButtonElement;
const sortButton = (column: string) =>
  Array.from(document.querySelectorAll("th button")).find((b) =>
    b.textContent?.startsWith(column),
  ) as HTMLElement;

describe("CustomerTable", { timeout: 20_000 }, () => {
  test("search is debounced: one request for a typed word, none per keystroke", async () => {
    const h = setup();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        {/* Long enough that no gap between two keystrokes reaches it on a loaded machine. */}
        <CustomerTable searchDebounceMs={600} />
      </h.wrapper>,
    );
    await loaded();
    const before = listCalls(h).length;
    await user.type(screen.getByLabelText("Search customers"), "knope");
    expect(listCalls(h)).toHaveLength(before);
    await waitFor(() => expect(lastQuery(h).search_text).toBe("knope"), { timeout: 5_000 });
    expect(listCalls(h)).toHaveLength(before + 1);
    await waitFor(() => expect(status()).toHaveTextContent("1 customer"));

    // Escape clears at once, without waiting for the pause (the unfiltered page is cached).
    await user.keyboard("{Escape}");
    expect(screen.getByLabelText("Search customers")).toHaveValue("");
    await waitFor(() => expect(status()).toHaveTextContent(/^\d\d+ customers$/));
    expect(listCalls(h)).toHaveLength(before + 1);
  });

  test("uncontrolled: starts from defaultParams and keeps its own state", async () => {
    const h = setup();
    const onParamsChange = vi.fn();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <CustomerTable defaultParams={{ status: ["review"] }} onParamsChange={onParamsChange} />
      </h.wrapper>,
    );
    const { rows } = await loaded();
    expect(lastQuery(h)).toMatchObject({ status: "review", page_number: 1, page_size: 25 });
    expect(rows().every((row) => row.getAttribute("data-status") === "review")).toBe(true);
    await user.click(screen.getByLabelText("Pending"));
    expect(onParamsChange).toHaveBeenLastCalledWith({ status: ["review", "pending"] });
    await waitFor(() => expect(lastQuery(h)).toMatchObject({ status: "review,pending" }));
    expect(screen.getByLabelText("Pending")).toBeChecked();
  });

  test("controlled: reports changes and shows only what the host passes back", async () => {
    const h = setup();
    const onParamsChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <h.wrapper>
        <CustomerTable params={{ types: ["business"] }} onParamsChange={onParamsChange} />
      </h.wrapper>,
    );
    await loaded();
    const calls = listCalls(h).length;
    await user.click(screen.getByLabelText("Verified"));
    expect(onParamsChange).toHaveBeenLastCalledWith({ types: ["business"], status: ["verified"] });
    // The host has not applied it: nothing changes.
    expect(screen.getByLabelText("Verified")).not.toBeChecked();
    expect(listCalls(h)).toHaveLength(calls);

    rerender(
      <h.wrapper>
        <CustomerTable
          params={{ types: ["business"], status: ["verified"] }}
          onParamsChange={onParamsChange}
        />
      </h.wrapper>,
    );
    expect(screen.getByLabelText("Verified")).toBeChecked();
    expect(screen.getByLabelText("Businesses")).toBeChecked();
    await waitFor(() => expect(lastQuery(h)).toMatchObject({ types: "business", status: "verified" }));

    // A search_text from the host (router back/forward) replaces the typed text.
    rerender(
      <h.wrapper>
        <CustomerTable params={{ search_text: "gryzzl" }} onParamsChange={onParamsChange} />
      </h.wrapper>,
    );
    expect(screen.getByLabelText("Search customers")).toHaveValue("gryzzl");
  });

  test("onParamsChange payloads: sort, page, page size; a new filter drops the page", async () => {
    const h = setup();
    const onParamsChange = vi.fn();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <CustomerTable onParamsChange={onParamsChange} />
      </h.wrapper>,
    );
    await loaded();
    await user.click(sortButton("Customer"));
    expect(onParamsChange).toHaveBeenLastCalledWith({ sort_by: "name", sort_order: "asc" });
    await waitFor(() =>
      expect(sortButton("Customer").closest("th")).toHaveAttribute("aria-sort", "ascending"),
    );
    await user.click(sortButton("Customer"));
    expect(onParamsChange).toHaveBeenLastCalledWith({ sort_by: "name", sort_order: "desc" });
    await user.click(sortButton("Created"));
    expect(onParamsChange).toHaveBeenLastCalledWith({ sort_by: "created_at", sort_order: "desc" });

    await waitFor(() => expect(button("Next")).not.toHaveAttribute("aria-disabled"));
    await user.click(button("Next"));
    expect(onParamsChange).toHaveBeenLastCalledWith({
      sort_by: "created_at",
      sort_order: "desc",
      page_number: 2,
    });
    await waitFor(() => expect(lastQuery(h)).toMatchObject({ page_number: 2 }));

    await user.click(screen.getByLabelText("Individuals"));
    expect(onParamsChange).toHaveBeenLastCalledWith({
      sort_by: "created_at",
      sort_order: "desc",
      types: ["individual"],
    });
    await user.selectOptions(screen.getByLabelText("Rows per page"), "100");
    expect(onParamsChange).toHaveBeenLastCalledWith({
      sort_by: "created_at",
      sort_order: "desc",
      types: ["individual"],
      page_size: 100,
    });
    await user.click(button("Clear filters"));
    expect(onParamsChange).toHaveBeenLastCalledWith({
      sort_by: "created_at",
      sort_order: "desc",
      page_size: 100,
    });
  });

  test("keyboard: ArrowDown then Enter selects the second customer", async () => {
    const h = setup();
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(
      <h.wrapper>
        <CustomerTable onSelect={onSelect} />
      </h.wrapper>,
    );
    const { rows } = await loaded();
    const [first, second] = rows();
    if (!first || !second) throw new Error("no rows");
    // One tab stop in the body: the first row.
    expect(first).toHaveAttribute("tabindex", "0");
    expect(rows().filter((row) => row.getAttribute("tabindex") === "0")).toHaveLength(1);
    // Tab from the last header button lands on that row.
    sortButton("Created").focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute("tabindex", "0");
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({
      name: second.querySelector(".sc-CustomerTable-name")?.textContent,
      status: second.getAttribute("data-status"),
    });
    expect(second).toHaveAttribute("aria-current", "true");
    await user.keyboard("{ArrowUp}{ }");
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[1]?.[0]).toMatchObject({
      name: first.querySelector(".sc-CustomerTable-name")?.textContent,
    });
    expect(h.count("GET")).toBe(1);
  });

  test("a created range becomes the first and last millisecond of those UTC days", async () => {
    const h = setup();
    const onParamsChange = vi.fn();
    render(
      <h.wrapper>
        <CustomerTable onParamsChange={onParamsChange} />
      </h.wrapper>,
    );
    await loaded();
    fireEvent.change(screen.getByLabelText("Created from"), { target: { value: "2026-01-05" } });
    expect(onParamsChange).toHaveBeenLastCalledWith({ created_from: "2026-01-05T00:00:00.000Z" });
    fireEvent.change(screen.getByLabelText("Created to"), { target: { value: "2026-01-31" } });
    expect(onParamsChange).toHaveBeenLastCalledWith({
      created_from: "2026-01-05T00:00:00.000Z",
      created_to: "2026-01-31T23:59:59.999Z",
    });
    await waitFor(() =>
      expect(lastQuery(h)).toMatchObject({
        created_from: "2026-01-05T00:00:00.000Z",
        created_to: "2026-01-31T23:59:59.999Z",
      }),
    );
    expect(screen.getByLabelText("Created from")).toHaveValue("2026-01-05");
    expect(screen.getByLabelText("Created to")).toHaveValue("2026-01-31");
    fireEvent.change(screen.getByLabelText("Created from"), { target: { value: "" } });
    expect(onParamsChange).toHaveBeenLastCalledWith({ created_to: "2026-01-31T23:59:59.999Z" });
  });

  test("page sizes stay within 1–1000, whatever the host passes", async () => {
    const h = setup();
    render(
      <h.wrapper>
        <CustomerTable pageSizes={[10, 2000, 0, 1000, 2.5]} params={{ page_size: 5000 }} />
      </h.wrapper>,
    );
    await loaded();
    expect(lastQuery(h)).toMatchObject({ page_size: 1000 });
    const options = within(screen.getByLabelText("Rows per page")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["10", "1,000"]);
    expect(listCalls(h).every((c) => Number(c.query?.page_size) <= 1000)).toBe(true);
  });

  test("the first page size offered is the default", async () => {
    const h = setup();
    render(
      <h.wrapper>
        <CustomerTable pageSizes={[50, 10]} />
      </h.wrapper>,
    );
    await loaded();
    expect(lastQuery(h)).toMatchObject({ page_size: 10 });
  });

  test("empty and error states", async () => {
    const h = setup({}, { retry: { count: 0 } });
    h.sandbox.fail("customers.list", { status: 500 });
    const user = userEvent.setup();
    const params: ListCustomersParams = { search_text: "nobody-by-this-name" };
    render(
      <h.wrapper>
        <CustomerTable defaultParams={params} />
      </h.wrapper>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The customers could not be loaded");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("No customers match these filters")).toBeInTheDocument();
    expect(document.querySelector(".sc-CustomerTable")).toHaveAttribute("data-state", "empty");
    const message = document.querySelector(".sc-CustomerTable-message") as HTMLElement;
    await user.click(within(message).getByText("Clear filters"));
    await waitFor(() => expect(status()).toHaveTextContent(/^\d+ customers$/));
    expect(screen.getByLabelText("Search customers")).toHaveValue("");
  });

  test("each row ends in an 'open' arrow; the narrow layout's date is a whole <time>", async () => {
    const h = setup();
    render(
      <h.wrapper>
        <CustomerTable height={480} />
      </h.wrapper>,
    );
    const { table, rows } = await loaded();
    // The height is the whole table's, as a custom property the stylesheet reads.
    expect(
      document
        .querySelector<HTMLElement>(".sc-CustomerTable")
        ?.style.getPropertyValue("--sc-CustomerTable-height"),
    ).toBe("480px");
    const headers = Array.from(table.querySelectorAll("thead th"), (th) => th.textContent);
    expect(headers.at(-1)).toBe("Open");
    for (const row of rows()) {
      const arrow = row.querySelector("td.sc-CustomerTable-cellOpen svg");
      expect(arrow).toHaveAttribute("aria-hidden", "true");
      expect(arrow).toHaveAttribute("data-icon", "chevronNext");
      const date = row.querySelector("th .sc-CustomerTable-compactDate");
      const created = row.querySelector("td.sc-CustomerTable-cellCreated time");
      expect(date?.tagName).toBe("TIME");
      expect(date?.getAttribute("datetime")).toBe(created?.getAttribute("datetime"));
      expect(date?.textContent).toBe(created?.textContent);
    }
  });

  test("renders on the server (skeleton, no window access)", () => {
    // React 18 only: the virtualizer's useLayoutEffect warns on the server (React 19 dropped the warning).
    expectConsole("error", /useLayoutEffect does nothing on the server/);
    const h = setup();
    const html = renderToString(
      <h.wrapper>
        <CustomerTable />
      </h.wrapper>,
    );
    expect(html).toContain("sc-CustomerTable");
    expect(html).toContain('data-state="loading"');
  });
});
