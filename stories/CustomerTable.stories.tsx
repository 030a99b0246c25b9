import type { Meta, StoryObj } from "@storybook/react-vite";
import { type ReactNode, useState } from "react";
import { expect, fireEvent, fn, userEvent, waitFor as waitForOnce, within } from "storybook/test";
import type { ListCustomersParams } from "../src/api/endpoints";
import type { CustomerStatus } from "../src/api/schemas/common";
import { CustomerTable } from "../src/components/CustomerTable/CustomerTable";
import type { SandboxCustomerRecord } from "../src/sandbox";
import { getStorySandbox } from "./storySandbox";

const meta = {
  title: "Components/CustomerTable",
  component: CustomerTable,
  args: { onSelect: fn(), onParamsChange: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CustomerTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const firstNames = ["Ada", "Bruno", "Chiara", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"];
const lastNames = [
  "Abbott",
  "Baptiste",
  "Castro",
  "Dimitrov",
  "Engel",
  "Farouk",
  "Grieve",
  "Holm",
  "Ivers",
  "Jansen",
];
const statuses: CustomerStatus[] = [
  "verified",
  "review",
  "pending",
  "rejected",
  "inactive",
  "verified",
  "review",
];

/** `count` plain customers, one every two hours from 1 March 2026, for pages of up to 1000 rows. */
function manyCustomers(count: number): SandboxCustomerRecord[] {
  const start = Date.UTC(2026, 2, 1, 9, 0, 0);
  return Array.from({ length: count }, (_, i) => {
    const business = i % 5 === 4;
    const first = firstNames[i % firstNames.length] ?? "Ada";
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length] ?? "Abbott";
    const name = business ? `${last} & ${first} Trading ${i + 1}` : `${first} ${last} ${i + 1}`;
    const at = new Date(start + i * 7_200_000).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
      created_at: at,
      updated_at: at,
      name,
      email: `${first}.${last}.${i + 1}@example.com`.toLowerCase(),
      phone: `+1212555${String(i % 10_000).padStart(4, "0")}`,
      status: statuses[i % statuses.length] ?? "pending",
      type: business ? "business" : "individual",
      external_id: i % 3 === 0 ? `crm_${30000 + i}` : undefined,
    };
  });
}

/** The machines running these share their CPUs: give each awaited render a few seconds. */
const waitFor = <T,>(check: () => T | Promise<T>) => waitForOnce(check, { timeout: 5000 });

const listRequests = () => getStorySandbox().requestsTo("customers.list");
const lastQuery = () => listRequests().at(-1)?.query ?? {};

async function table(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const grid = await canvas.findByRole("table", { name: "Customers" });
  await waitFor(() => expect(grid).not.toHaveAttribute("aria-busy"));
  return { canvas, grid, rows: () => within(grid).queryAllByRole("row").slice(1) };
}

/** The first page, newest customers first; the count is announced above the table. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, grid, rows } = await table(canvasElement);
    await expect(rows().length).toBeGreaterThan(5);
    await expect(canvas.getByRole("status")).toHaveTextContent(/^\d+ customers$/);
    await expect(Number(grid.getAttribute("aria-rowcount"))).toBeGreaterThan(70);
    await expect(rows()[0]).toHaveAttribute("aria-rowindex", "2");
    await expect(lastQuery()).toMatchObject({ page_size: "25", page_number: "1" });
    await expect(canvas.getByRole("columnheader", { name: "Created" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(canvas.getByText("Page 1 of 3")).toBeVisible();
  },
};

/** Typing sends one request after the pause, not one per keystroke; Escape clears. */
export const Search: Story = {
  args: { searchDebounceMs: 250 },
  play: async ({ canvasElement }) => {
    const { canvas, rows } = await table(canvasElement);
    const before = listRequests().length;
    const search = canvas.getByRole("searchbox", { name: "Search customers" });
    await userEvent.type(search, "knope");
    await waitFor(() => expect(lastQuery().search_text).toBe("knope"));
    await waitFor(() => expect(rows()).toHaveLength(1));
    await expect(listRequests().filter((r) => r.query.search_text !== undefined)).toHaveLength(1);
    await expect(listRequests().length).toBe(before + 1);
    await expect(rows()[0]).toHaveTextContent("Leslie Knope");
    await expect(canvas.getByRole("status")).toHaveTextContent("1 customer");
  },
};

/** Status chips, the type radio group and a created range become one request's query. */
export const Filters: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, rows } = await table(canvasElement);
    const status = canvas.getByRole("group", { name: "Status" });
    await userEvent.click(within(status).getByRole("checkbox", { name: "In review" }));
    await userEvent.click(within(status).getByRole("checkbox", { name: "Pending" }));
    await userEvent.click(canvas.getByRole("radio", { name: "Businesses" }));
    fireEvent.change(canvas.getByLabelText("Created from"), { target: { value: "2026-01-01" } });
    fireEvent.change(canvas.getByLabelText("Created to"), { target: { value: "2026-01-31" } });
    await waitFor(() =>
      expect(lastQuery()).toMatchObject({
        status: "review,pending",
        types: "business",
        created_from: "2026-01-01T00:00:00.000Z",
        created_to: "2026-01-31T23:59:59.999Z",
        page_number: "1",
      }),
    );
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent("5 customers"));
    for (const row of rows()) {
      await expect(row).toHaveAttribute("data-type", "business");
      await expect(["review", "pending"]).toContain(row.getAttribute("data-status"));
    }
    await expect(canvas.getByRole("button", { name: "Clear filters" })).toBeVisible();
  },
};

const names = () =>
  Array.from(
    document.querySelectorAll(".sc-CustomerTable-row .sc-CustomerTable-name"),
    (n) => n.textContent ?? "",
  );
const isSorted = (list: string[], order: "asc" | "desc") =>
  list.length > 1 &&
  list.every((name, i) => {
    const next = list[i + 1];
    if (next === undefined) return true;
    const cmp = name.localeCompare(next, "en", { sensitivity: "base" });
    return order === "asc" ? cmp <= 0 : cmp >= 0;
  });

/** The Name header sorts A→Z, then Z→A; `aria-sort` follows. */
export const SortByName: Story = {
  play: async ({ canvasElement }) => {
    const { canvas } = await table(canvasElement);
    const header = canvas.getByRole("columnheader", { name: /Customer/ });
    await expect(header).not.toHaveAttribute("aria-sort");
    await userEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "ascending"));
    await expect(lastQuery()).toMatchObject({ sort_by: "name", sort_order: "asc" });
    await expect(canvas.getByRole("columnheader", { name: "Created" })).not.toHaveAttribute("aria-sort");
    await waitFor(() => expect(isSorted(names(), "asc")).toBe(true));
    await userEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "descending"));
    await expect(lastQuery()).toMatchObject({ sort_by: "name", sort_order: "desc" });
    await waitFor(() => expect(isSorted(names(), "desc")).toBe(true));
  },
};

/** Next page, then a bigger page size (back to page 1). */
export const Pagination: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, rows } = await table(canvasElement);
    const first = rows()[0]?.textContent;
    await userEvent.click(canvas.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(canvas.getByText("Page 2 of 3")).toBeVisible());
    await waitFor(() => expect(rows()[0]?.textContent).not.toBe(first));
    await expect(lastQuery()).toMatchObject({ page_number: "2", page_size: "25" });
    await expect(rows()[0]).toHaveAttribute("aria-rowindex", "27");
    await userEvent.selectOptions(canvas.getByLabelText("Rows per page"), "50");
    await waitFor(() => expect(canvas.getByText("Page 1 of 2")).toBeVisible());
    await expect(lastQuery()).toMatchObject({ page_number: "1", page_size: "50" });
    await expect(canvas.getByRole("button", { name: "Previous" })).toHaveAttribute("aria-disabled", "true");
  },
};

/**
 * 1,200 customers, 1,000 on a page: only the rows in view are in the DOM, yet the table
 * says it has 1,001 rows; End jumps to the last one, which is rendered and focused.
 */
export const ThousandRowPage: Story = {
  args: { defaultParams: { page_size: 1000 } },
  parameters: { sandbox: { seed: false, records: manyCustomers(1200) } },
  play: async ({ canvasElement }) => {
    const { canvas, grid, rows } = await table(canvasElement);
    await expect(grid).toHaveAttribute("aria-rowcount", "1201");
    await expect(lastQuery()).toMatchObject({ page_size: "1000" });
    await expect(grid.querySelectorAll("tr").length).toBeLessThan(60);
    await expect(canvas.getByText("Page 1 of 2")).toBeVisible();
    const firstRow = rows()[0];
    if (!firstRow) throw new Error("no rows");
    firstRow.focus();
    await userEvent.keyboard("{End}");
    await waitFor(() => {
      const last = grid.querySelector('tr[aria-rowindex="1001"]');
      expect(last).not.toBeNull();
      expect(last).toHaveFocus();
    });
    await expect(grid.querySelectorAll("tr").length).toBeLessThan(60);
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(grid.querySelector('tr[aria-rowindex="2"]')).toHaveFocus());
  },
};

/** Tab reaches the rows (one tab stop), arrows move, Enter selects the focused customer. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, args }) => {
    const { rows } = await table(canvasElement);
    const [first, second] = rows();
    if (!first || !second) throw new Error("no rows");
    first.focus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(second).toHaveFocus();
    await expect(second).toHaveAttribute("tabindex", "0");
    await expect(first).toHaveAttribute("tabindex", "-1");
    await userEvent.keyboard("{Enter}");
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    const name = second.querySelector("th")?.querySelector("span")?.textContent;
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ name }));
    await expect(second).toHaveAttribute("aria-current", "true");
    await userEvent.keyboard("{ArrowUp}");
    await expect(first).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(args.onSelect).toHaveBeenCalledTimes(2);
  },
};

/** The first page is on its way: skeleton rows in the final layout, `aria-busy`. */
export const Loading: Story = {
  parameters: { sandbox: { latency: 600_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole("table", { name: "Customers" });
    await expect(grid).toHaveAttribute("aria-busy", "true");
    await expect(grid.querySelectorAll("tbody tr[data-skeleton]").length).toBeGreaterThan(3);
    await expect(canvasElement.querySelector(".sc-CustomerTable")).toHaveAttribute("data-state", "loading");
    await expect(canvas.getByRole("status")).toHaveTextContent("Loading customers…");
  },
};

/** The next page is loading: the current rows stay, with a progress line and `aria-busy`. */
export const Refreshing: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, grid, rows } = await table(canvasElement);
    const first = rows()[0]?.textContent;
    getStorySandbox().setLatency(600_000);
    await userEvent.click(canvas.getByRole("button", { name: "Next" }));
    await waitFor(() =>
      expect(canvasElement.querySelector(".sc-CustomerTable")).toHaveAttribute("data-state", "refreshing"),
    );
    await expect(grid).toHaveAttribute("aria-busy", "true");
    await expect(rows()[0]?.textContent).toBe(first);
    await expect(canvas.getByText("Page 2 of 3")).toBeVisible();
  },
};

/** Nothing matches: the message offers to clear the filters. */
export const Empty: Story = {
  args: { defaultParams: { search_text: "no such customer", status: ["inactive"] } },
  play: async ({ canvasElement }) => {
    const { canvas } = await table(canvasElement);
    await expect(await canvas.findByText("No customers match these filters")).toBeVisible();
    await expect(canvasElement.querySelector(".sc-CustomerTable")).toHaveAttribute("data-state", "empty");
    await expect(canvas.getByRole("searchbox", { name: "Search customers" })).toHaveValue("no such customer");
    await expect(canvas.getAllByRole("button", { name: "Clear filters" })).toHaveLength(2);
  },
};

/** The list fails (past the automatic retries); Try again loads it. */
export const ErrorThenRetry: Story = {
  parameters: { sandbox: { failures: [{ endpoint: "customers.list", status: 503, times: 3 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("The customers could not be loaded");
    await expect(canvasElement.querySelector(".sc-CustomerTable")).toHaveAttribute("data-state", "error");
    await expect(listRequests()).toHaveLength(3);
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    const { rows } = await table(canvasElement);
    await waitFor(() => expect(rows().length).toBeGreaterThan(5));
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** A request the API refuses (a 4xx is not retried): the error in the table's own frame. */
export const ErrorState: Story = {
  parameters: {
    sandbox: {
      failures: [{ endpoint: "customers.list", status: 403, times: Number.POSITIVE_INFINITY }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("The customers could not be loaded");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(listRequests()).toHaveLength(1);
  },
};

/** The host owns the params (e.g. its router): every change lands in its state first. */
export const ControlledParams: Story = {
  render: (args) => {
    const [params, setParams] = useState<ListCustomersParams>({ sort_by: "name", sort_order: "asc" });
    return (
      <div style={{ display: "grid", gap: 12 }}>
        <output
          aria-label="Host params"
          style={{
            fontFamily: "var(--sc-font-mono)",
            fontSize: 12,
            padding: "8px 12px",
            border: "1px dashed var(--sc-color-border-strong)",
            borderRadius: 6,
            color: "var(--sc-color-text)",
            overflowWrap: "anywhere",
          }}
        >
          {`?${new URLSearchParams(
            Object.entries(params).map(([key, value]) => [
              key,
              Array.isArray(value) ? value.join(",") : String(value),
            ]),
          )}`}
        </output>
        <CustomerTable
          {...args}
          params={params}
          onParamsChange={(next) => {
            args.onParamsChange?.(next);
            setParams(next);
          }}
        />
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const { canvas } = await table(canvasElement);
    const host = canvas.getByLabelText("Host params");
    await expect(host).toHaveTextContent("?sort_by=name&sort_order=asc");
    await userEvent.click(canvas.getByRole("checkbox", { name: "Verified" }));
    await waitFor(() => expect(host).toHaveTextContent("status=verified"));
    await expect(args.onParamsChange).toHaveBeenLastCalledWith({
      sort_by: "name",
      sort_order: "asc",
      status: ["verified"],
    });
    await userEvent.click(canvas.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(host).toHaveTextContent("page_number=2"));
    await userEvent.click(canvas.getByRole("radio", { name: "Individuals" }));
    await waitFor(() => expect(host).toHaveTextContent("types=individual"));
    await expect(host).not.toHaveTextContent("page_number");
    await expect(lastQuery()).toMatchObject({ status: "verified", types: "individual", page_number: "1" });
  },
};

/** A 360 px wide host column: filters stack, the customer column stays while the rest scrolls. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360, maxInlineSize: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const { canvas, rows } = await table(canvasElement);
    await expect(rows().length).toBeGreaterThan(5);
    await expect(canvas.getByRole("searchbox", { name: "Search customers" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Next" })).toBeVisible();
  },
};

/** The host marks the customer open in its detail pane. */
export const WithSelection: Story = {
  render: (args) => {
    const [selected, setSelected] = useState<string | null>(null);
    return (
      <CustomerTable
        {...args}
        selectedId={selected}
        onSelect={(customer) => {
          args.onSelect?.(customer);
          setSelected(customer.id);
        }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const { rows } = await table(canvasElement);
    const third = rows()[2];
    if (!third) throw new Error("no rows");
    await userEvent.click(third);
    await waitFor(() => expect(third).toHaveAttribute("aria-current", "true"));
    await expect(rows().filter((row) => row.hasAttribute("data-selected"))).toHaveLength(1);
  },
};

const rootOf = (canvasElement: HTMLElement) => {
  const root = canvasElement.querySelector<HTMLElement>(".sc-CustomerTable");
  if (!root) throw new Error("no table");
  return root;
};
const scrollAreaOf = (canvasElement: HTMLElement) => {
  const area = canvasElement.querySelector<HTMLElement>(".sc-CustomerTable-scroll");
  if (!area) throw new Error("no scroll area");
  return area;
};

/**
 * A phone-wide host column (390 px): name and status only, type and created date as a second
 * line under the email; the date wraps rather than being cut short.
 */
export const Phone390: Story = {
  decorators: [
    (Story) => (
      <div data-testid="host" style={{ inlineSize: 390, maxInlineSize: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const { canvas, rows } = await table(canvasElement);
    await expect(rows().length).toBeGreaterThan(5);
    // The Type, Created and External ID columns are gone; Customer and Status remain.
    for (const column of ["cellType", "cellCreated", "cellExternalId"]) {
      const header = canvasElement.querySelector(`th.sc-CustomerTable-${column}`);
      await expect(header).not.toBeNull();
      await expect(header).not.toBeVisible();
    }
    await expect(canvas.getByRole("columnheader", { name: /Customer/ })).toBeVisible();
    await expect(canvas.getByRole("columnheader", { name: "Status" })).toBeVisible();
    // No sideways scrolling at this width.
    const area = scrollAreaOf(canvasElement);
    await expect(area.scrollWidth).toBeLessThanOrEqual(area.clientWidth);
    for (const row of rows().slice(0, 8)) {
      const cell = row.querySelector<HTMLElement>(".sc-CustomerTable-cellCustomer");
      const date = row.querySelector<HTMLElement>(".sc-CustomerTable-compactDate");
      const status = row.querySelector<HTMLElement>(".sc-CustomerTable-cellStatus .sc-Badge");
      if (!cell || !date || !status) throw new Error("row without its compact date or status");
      await expect(date).toBeVisible();
      await expect(status).toBeVisible();
      await expect(date.textContent).toMatch(/\d{4}/);
      // Not truncated: the whole date fits in its box, and the box inside the cell.
      await expect(date.scrollWidth).toBeLessThanOrEqual(date.clientWidth);
      const dateBox = date.getBoundingClientRect();
      const cellBox = cell.getBoundingClientRect();
      await expect(dateBox.right).toBeLessThanOrEqual(cellBox.right + 0.5);
      await expect(dateBox.left).toBeGreaterThanOrEqual(cellBox.left - 0.5);
      // The status badge is whole inside its cell (not clipped by it).
      const statusCell = status.closest("td");
      if (!statusCell) throw new Error("no status cell");
      await expect(status.getBoundingClientRect().right).toBeLessThanOrEqual(
        statusCell.getBoundingClientRect().right + 0.5,
      );
    }
  },
};

/** The same phone width in Spanish: longer labels ("Empresa", "17 mar 2026") still fit. */
export const Phone390Spanish: Story = {
  ...Phone390,
  globals: { locale: "es-ES" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole("table", { name: "Clientes" });
    await waitFor(() => expect(grid).not.toHaveAttribute("aria-busy"));
    const rows = within(grid).queryAllByRole("row").slice(1);
    await expect(rows.length).toBeGreaterThan(5);
    for (const row of rows.slice(0, 8)) {
      const cell = row.querySelector<HTMLElement>(".sc-CustomerTable-cellCustomer");
      const date = row.querySelector<HTMLElement>(".sc-CustomerTable-compactDate");
      if (!cell || !date) throw new Error("row without its compact date");
      await expect(date).toBeVisible();
      await expect(date.scrollWidth).toBeLessThanOrEqual(date.clientWidth);
      await expect(date.getBoundingClientRect().right).toBeLessThanOrEqual(
        cell.getBoundingClientRect().right + 0.5,
      );
      const status = row.querySelector<HTMLElement>(".sc-CustomerTable-cellStatus .sc-Badge");
      const statusCell = status?.closest("td");
      if (!status || !statusCell) throw new Error("no status");
      await expect(status.getBoundingClientRect().right).toBeLessThanOrEqual(
        statusCell.getBoundingClientRect().right + 0.5,
      );
    }
  },
};

/** A host pane of a fixed height. */
function FixedHeight({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div
      data-testid="pane"
      style={{ blockSize: height, display: "flex", flexDirection: "column", overflow: "hidden" }}
    >
      {children}
    </div>
  );
}

/** The story rendered in a host pane {@link FixedHeight} of `height` px. */
function inPane(height: number): Story["decorators"] {
  return [
    (Story) => (
      <FixedHeight height={height}>
        <Story />
      </FixedHeight>
    ),
  ];
}

/**
 * What every pane height must give: the table exactly as tall as its pane, the pagination at or
 * above the pane's bottom edge, and the rows scrolling inside the table.
 */
async function expectFitsPane(canvasElement: HTMLElement) {
  const { canvas } = await table(canvasElement);
  const pane = canvas.getByTestId("pane");
  const area = scrollAreaOf(canvasElement);
  await expect(rootOf(canvasElement).getBoundingClientRect().height).toBeCloseTo(
    pane.getBoundingClientRect().height,
    0,
  );
  await expect(
    canvas.getByRole("navigation", { name: "Pagination" }).getBoundingClientRect().bottom,
  ).toBeLessThanOrEqual(pane.getBoundingClientRect().bottom + 0.5);
  await expect(area.scrollHeight).toBeGreaterThan(area.clientHeight);
  return { canvas, pane, area };
}

/**
 * The host gives the table a 640 px pane: the table is exactly as tall as the pane,
 * filters and pagination stay in view, and only the rows scroll (one scrollbar).
 */
export const TallContainer: Story = {
  decorators: inPane(640),
  play: async ({ canvasElement }) => {
    const { canvas, pane, area } = await expectFitsPane(canvasElement);
    await expect(rootOf(canvasElement).getBoundingClientRect().height).toBeCloseTo(640, 0);
    // The pane itself has nothing to scroll.
    await expect(pane.scrollHeight).toBeLessThanOrEqual(pane.clientHeight);
    // Scrolled, the header stays at the top of the rows area.
    area.scrollTop = 400;
    const header = canvas.getByRole("columnheader", { name: /Customer/ });
    await waitFor(() =>
      expect(Math.abs(header.getBoundingClientRect().top - area.getBoundingClientRect().top)).toBeLessThan(2),
    );
  },
};

/** A short 320 px pane: the table shrinks to it, keeping filters and pagination visible. */
export const ShortContainer: Story = {
  decorators: inPane(320),
  play: async ({ canvasElement }) => {
    const { canvas, area } = await expectFitsPane(canvasElement);
    await expect(canvas.getByRole("button", { name: "Next" })).toBeVisible();
    await expect(area.clientHeight).toBeGreaterThanOrEqual(100);
    // Virtualized: a short area renders few rows.
    await expect(area.querySelectorAll("tbody tr[data-index]").length).toBeLessThan(25);
  },
};

/**
 * Each row ends in an "open" arrow: faint at rest, in the accent colour on the row under the
 * pointer, the focused row and the selected one.
 */
export const OpenAffordance: Story = {
  play: async ({ canvasElement }) => {
    const { rows } = await table(canvasElement);
    const [first, second] = rows();
    if (!first || !second) throw new Error("no rows");
    const icon = (row: HTMLElement) => {
      const found = row.querySelector<SVGElement>(".sc-CustomerTable-openIcon");
      if (!found) throw new Error("no open arrow");
      return found;
    };
    await expect(icon(first)).toHaveAttribute("aria-hidden", "true");
    await expect(Number(getComputedStyle(icon(second)).opacity)).toBeLessThan(1);
    await userEvent.click(second);
    await waitFor(() => expect(second).toHaveAttribute("data-selected"));
    await waitFor(() => expect(getComputedStyle(icon(second)).opacity).toBe("1"));
    const accent = getComputedStyle(rootOf(canvasElement)).getPropertyValue("--sc-color-accent").trim();
    const probe = document.createElement("span");
    probe.style.color = accent;
    canvasElement.append(probe);
    const accentRgb = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(icon(second)).color).toBe(accentRgb);
    await expect(Number(getComputedStyle(icon(first)).opacity)).toBeLessThan(1);
  },
};
