// The page of `bench/render.mjs`: builds nothing on load, exposes `window.bench`, whose
// `run(name)` mounts one scenario in a fresh host, times it in-page with performance.now()
// and removes it again. The runner calls the scenarios interleaved and does the statistics.
import "straddle-customers-react/styles.css";
import { QueryClient } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import type { CustomerStatus, CustomerSummary, ListCustomersParams } from "../../src/api/index";
import { listCustomers, parseTimestamp } from "../../src/api/index";
import { type Tone, toneOf } from "../../src/components/shared/tone";
import { StraddleProvider, straddleKeys } from "../../src/hooks/index";
import { CustomerTable, ReviewBreakdownPanel, ReviewQueue } from "../../src/index";
import { en as englishMessages } from "../../src/messages/index";
import { createSandbox, maximalReview, type SandboxCustomerRecord } from "../../src/sandbox/index";

export interface Sample {
  /** From the start of the render to the content in the DOM and laid out. */
  ms: number;
  /** The part of `ms` spent in the forced layout. */
  layoutMs: number;
  /** `<tr>` elements in the host (header, spacer and data rows). */
  rows: number;
  /** Elements in the host. */
  elements: number;
  /** The content was not there when the synchronous render returned (the time includes a wait). */
  waited: boolean;
  /** DOM mutations in the two frames after the measure (ResizeObserver follow-ups, effects). */
  lateMutations: number;
  /** Requests the sandbox received during the timed part (review queue scenarios). */
  requests?: number;
}

export interface SetupInfo {
  customers: number;
  pageRows: number;
  userAgent: string;
}

declare global {
  interface Window {
    bench: {
      setup: () => Promise<SetupInfo>;
      run: (scenario: string) => Promise<Sample>;
    };
  }
}

const TOTAL_CUSTOMERS = 1200;
const PAGE_SIZE = 1000;
const SCOPE = "default";

const stage = document.getElementById("stage") as HTMLElement;

// ---------------------------------------------------------------------------------------
// Data: the 1,200 customers of the ThousandRowPage story; pages fetched once, before timing.

const firstNames = ["Ada", "Bruno", "Chiara", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"];
const lastNames = ["Abbott", "Baptiste", "Castro", "Dimitrov", "Engel", "Farouk", "Grieve", "Holm", "Ivers"];
const statuses: CustomerStatus[] = ["verified", "review", "pending", "rejected", "inactive", "verified"];

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

/** The table's params, and the list query's params as `useCustomerList` builds its key. */
const byCreated: ListCustomersParams = { page_size: PAGE_SIZE };
const byName: ListCustomersParams = { page_size: PAGE_SIZE, sort_by: "name", sort_order: "asc" };
const queryParams = (params: ListCustomersParams): ListCustomersParams => ({ ...params, page_number: 1 });

const sandbox = createSandbox({ seed: false, records: manyCustomers(TOTAL_CUSTOMERS) });
const fetcher = sandbox.fetcher;
// Never stale, never collected: every mount finds its page in the cache and fetches nothing.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } },
});
let pageByCreated: CustomerSummary[] = [];
let pageByName: CustomerSummary[] = [];

async function setup(): Promise<SetupInfo> {
  for (const params of [byCreated, byName]) {
    const key = queryParams(params);
    const response = await listCustomers({ fetcher }, key);
    queryClient.setQueryData(straddleKeys.list(SCOPE, key), response);
    if (params === byCreated) pageByCreated = response.data;
    else pageByName = response.data;
  }
  return { customers: TOTAL_CUSTOMERS, pageRows: pageByCreated.length, userAgent: navigator.userAgent };
}

// ---------------------------------------------------------------------------------------
// Measuring.

function newHost(): HTMLElement {
  const host = document.createElement("div");
  stage.append(host);
  return host;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves (with the time) as soon as `ready()` holds, checked on every DOM change in `host`. */
function until(host: HTMLElement, ready: () => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("bench: the content did not appear within 5 s"));
    }, 5000);
    observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/**
 * Times `render()` (which must put the content in `host`) until `ready()` holds, plus a
 * forced layout; then counts what still changes in the next two frames.
 */
async function measure(host: HTMLElement, render: () => void, ready: () => boolean) {
  const start = performance.now();
  render();
  let waited = false;
  if (!ready()) {
    waited = true;
    await until(host, ready);
  }
  const rendered = performance.now();
  void host.offsetHeight;
  const end = performance.now();

  let lateMutations = 0;
  const observer = new MutationObserver((records) => {
    lateMutations += records.length;
  });
  observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  await frame();
  await frame();
  lateMutations += observer.takeRecords().length;
  observer.disconnect();

  return {
    ms: end - start,
    layoutMs: end - rendered,
    waited,
    lateMutations,
    rows: host.getElementsByTagName("tr").length,
    elements: host.getElementsByTagName("*").length,
  };
}

function mountReact(host: HTMLElement, element: ReactElement): Root {
  const root = createRoot(host);
  flushSync(() => root.render(element));
  return root;
}

function cleanup(host: HTMLElement, root?: Root) {
  root?.unmount();
  host.remove();
}

// ---------------------------------------------------------------------------------------
// Scenarios.

function tableApp(params: ListCustomersParams) {
  return (
    <StraddleProvider fetcher={fetcher} queryClient={queryClient}>
      <CustomerTable params={params} />
    </StraddleProvider>
  );
}

/** Rows of the expected page on screen, the pagination says "Page 1 of 2", nothing loading. */
function tableReady(host: HTMLElement, page: readonly CustomerSummary[]) {
  const firstName = page[0]?.name;
  return () => {
    const root = host.querySelector(".sc-CustomerTable");
    if (root?.getAttribute("data-state") !== "ready") return false;
    const name = root.querySelector("tbody tr.sc-CustomerTable-row .sc-CustomerTable-name");
    const pageOf = root.querySelector(".sc-CustomerTable-pageOf");
    return (
      name?.textContent === firstName &&
      pageOf !== null &&
      !pageOf.hasAttribute("data-unknown") &&
      (pageOf.textContent ?? "") !== ""
    );
  };
}

async function customerTableMount(): Promise<Sample> {
  const host = newHost();
  let root: Root | undefined;
  try {
    return await measure(
      host,
      () => {
        root = mountReact(host, tableApp(byCreated));
      },
      tableReady(host, pageByCreated),
    );
  } finally {
    cleanup(host, root);
  }
}

/** Mounted and settled first (untimed); then the sort changes to name A→Z (cached page). */
async function customerTableResort(): Promise<Sample> {
  const host = newHost();
  const root = mountReact(host, tableApp(byCreated));
  try {
    await frame();
    await frame();
    if (!tableReady(host, pageByCreated)()) throw new Error("bench: the table did not mount");
    return await measure(
      host,
      () => flushSync(() => root.render(tableApp(byName))),
      tableReady(host, pageByName),
    );
  } finally {
    cleanup(host, root);
  }
}

/**
 * The floor of a naive full render: the same 1000 rows and cells as CustomerTable's (with
 * its class names, so the same styles apply), built with DOM calls, every row in the DOM.
 */
const SVG = "http://www.w3.org/2000/svg";
/** The paths of Badge's tone icons (check, warning, cross, minus). */
const tonePath: Record<Tone, string> = {
  positive: "M3.5 8.5l3 3 6-7",
  caution: "M8 2.5l6 11H2l6-11zM8 6.5v3M8 11.5v.5",
  negative: "M4 4l8 8M12 4l-8 8",
  neutral: "M4 8h8",
  muted: "M4 8h8",
};

async function rawTable(): Promise<Sample> {
  const host = newHost();
  try {
    return await measure(
      host,
      () => {
        const t = englishMessages;
        const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
        const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
          const node = document.createElement(tag);
          if (className) node.className = className;
          if (text !== undefined) node.textContent = text;
          return node;
        };
        const c = "sc-CustomerTable";
        const outer = el("div", `sc-root ${c}`);
        const frameEl = el("div", `${c}-frame`);
        const scroll = el("div", `${c}-scroll`);
        const table = el("table", `${c}-table`);
        const head = el("thead", `${c}-head`);
        const headRow = el("tr");
        for (const [label, cell] of [
          [t.customerTable.columns.customer, "cellCustomer"],
          [t.customerTable.columns.type, "cellType"],
          [t.customerTable.columns.status, "cellStatus"],
          [t.customerTable.columns.created, "cellCreated"],
          [t.customerTable.columns.externalId, "cellExternalId"],
        ] as const) {
          headRow.append(el("th", `${c}-th ${c}-${cell}`, label));
        }
        head.append(headRow);
        const body = el("tbody", `${c}-body`);
        for (const customer of pageByCreated) {
          const created = parseTimestamp(customer.created_at);
          const day = dateFormat.format(created);
          const type = t.common.customerType[customer.type];
          const row = el("tr", `${c}-row`);
          row.dataset.status = customer.status;
          row.dataset.type = customer.type;
          const who = el("th", `${c}-cell ${c}-cellCustomer`);
          who.append(
            el("span", `${c}-name`, customer.name),
            el("span", `${c}-email`, customer.email),
            el("span", `${c}-compact`, `${type} · ${day}`),
          );
          const typeCell = el("td", `${c}-cell ${c}-cellType`);
          typeCell.append(el("span", `${c}-type`, type));
          const statusCell = el("td", `${c}-cell ${c}-cellStatus`);
          // Badge: the tone icon (an inline SVG) and the label.
          const badge = el("span", "sc-Badge");
          const tone = toneOf(customer.status);
          badge.dataset.tone = tone;
          badge.dataset.value = customer.status;
          badge.dataset.size = "sm";
          const icon = document.createElementNS(SVG, "svg");
          icon.setAttribute("class", "sc-Icon");
          icon.setAttribute("width", "16");
          icon.setAttribute("height", "16");
          icon.setAttribute("viewBox", "0 0 16 16");
          icon.setAttribute("fill", "none");
          icon.setAttribute("stroke", "currentColor");
          icon.setAttribute("aria-hidden", "true");
          const path = document.createElementNS(SVG, "path");
          path.setAttribute("d", tonePath[tone]);
          icon.append(path);
          badge.append(icon, el("span", "sc-Badge-label", t.common.customerStatus[customer.status]));
          statusCell.append(badge);
          const createdCell = el("td", `${c}-cell ${c}-cellCreated`);
          const time = el("time", undefined, day);
          time.dateTime = created.toISOString();
          createdCell.append(time);
          const idCell = el("td", `${c}-cell ${c}-cellExternalId`);
          idCell.append(
            customer.external_id
              ? el("span", `${c}-externalId`, customer.external_id)
              : el("span", `${c}-none`, t.common.notAvailable),
          );
          row.append(who, typeCell, statusCell, createdCell, idCell);
          body.append(row);
        }
        table.append(head, body);
        scroll.append(table);
        frameEl.append(scroll);
        outer.append(frameEl);
        host.append(outer);
      },
      () => host.getElementsByTagName("tr").length === pageByCreated.length + 1,
    );
  } finally {
    cleanup(host);
  }
}

async function reviewPanel(): Promise<Sample> {
  const host = newHost();
  let root: Root | undefined;
  try {
    return await measure(
      host,
      () => {
        root = mountReact(host, <ReviewBreakdownPanel review={maximalReview} />);
      },
      () => host.querySelector('.sc-ReviewBreakdownPanel[data-state="ready"]') !== null,
    );
  } finally {
    cleanup(host, root);
  }
}

/** The floor for the panel: every field of the same review as nested `<dl>`s, by DOM calls. */
async function rawReview(): Promise<Sample> {
  const host = newHost();
  try {
    return await measure(
      host,
      () => {
        const build = (value: unknown): Node => {
          if (value === null || typeof value !== "object") return document.createTextNode(String(value));
          const list = document.createElement("dl");
          for (const [key, item] of Object.entries(value)) {
            const term = document.createElement("dt");
            term.textContent = key;
            const detail = document.createElement("dd");
            detail.append(build(item));
            list.append(term, detail);
          }
          return list;
        };
        const outer = document.createElement("section");
        outer.className = "sc-root";
        outer.append(build(maximalReview));
        host.append(outer);
      },
      () => host.querySelector("dl") !== null,
    );
  } finally {
    cleanup(host);
  }
}

// ---------------------------------------------------------------------------------------
// Review queue: next() onto a prefetched customer, against the same panel mounted cold.

/** The seeded sandbox (25 customers in review), fetched through like a host's backend. */
const queueSandbox = createSandbox();
const freshClient = () =>
  new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } } });

/** The second customer of the queue's panel is on screen: position 2, its review ready. */
function secondPanelReady(host: HTMLElement, name: () => string | undefined) {
  return () => {
    const queue = host.querySelector('.sc-ReviewQueue[data-position="2"]');
    const panel = queue?.querySelector('.sc-ReviewBreakdownPanel[data-state="ready"]');
    const expected = name();
    return !!panel && !!expected && (panel.textContent ?? "").includes(expected);
  };
}

async function waitFor(check: () => boolean, what: string) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 5000) throw new Error(`bench: ${what} within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Untimed: a fresh cache, the queue mounted, the first customer on screen and the next one
 * prefetched (record and review in the cache, nothing fetching). Timed: the Next button's
 * click until the next customer's panel is in the DOM.
 */
async function reviewQueueNext(prefetch = true): Promise<Sample> {
  const host = newHost();
  const client = freshClient();
  let secondId: string | undefined;
  let secondName: string | undefined;
  const root = mountReact(
    host,
    <StraddleProvider fetcher={queueSandbox.fetcher} queryClient={client}>
      <ReviewQueue prefetch={prefetch} />
    </StraddleProvider>,
  );
  try {
    await waitFor(() => {
      const page = client.getQueryData<{ data: CustomerSummary[] }>(
        straddleKeys.list(SCOPE, {
          page_size: 25,
          sort_by: "created_at",
          sort_order: "asc",
          status: ["review"],
          page_number: 1,
        }),
      );
      secondId = page?.data[1]?.id;
      secondName = page?.data[1]?.name;
      return (
        !!secondId &&
        host.querySelector(
          '.sc-ReviewQueue[data-position="1"] .sc-ReviewBreakdownPanel[data-state="ready"]',
        ) !== null &&
        (!prefetch ||
          (client.getQueryData(straddleKeys.review(SCOPE, secondId)) !== undefined &&
            client.getQueryData(straddleKeys.customer(SCOPE, secondId)) !== undefined)) &&
        client.isFetching() === 0
      );
    }, "the queue did not load and prefetch");
    const next = [...host.querySelectorAll("button")].find(
      (b) => b.textContent === englishMessages.reviewQueue.next,
    );
    if (!next) throw new Error("bench: no Next button");
    const before = queueSandbox.requests.length;
    const sample = await measure(
      host,
      () => next.click(),
      secondPanelReady(host, () => secondName),
    );
    // Requests for the customer shown (the one after it is prefetched in turn: not counted).
    const shown = queueSandbox.requests.slice(before).filter((r) => !!secondId && r.path.includes(secondId));
    return { ...sample, requests: shown.length };
  } finally {
    cleanup(host, root);
    client.clear();
  }
}

/** The same customer's panel mounted cold: an empty cache, its review fetched from the sandbox. */
async function reviewPanelCold(): Promise<Sample> {
  const host = newHost();
  const client = freshClient();
  const id = "fdcf03b9-e0fe-4dc4-a9ee-830022463989"; // the queue's second customer (Entertainment 720 Inc)
  let root: Root | undefined;
  const before = queueSandbox.requests.length;
  try {
    const sample = await measure(
      host,
      () => {
        root = mountReact(
          host,
          <StraddleProvider fetcher={queueSandbox.fetcher} queryClient={client}>
            <ReviewBreakdownPanel customerId={id} density="compact" watchlist="hidden" />
          </StraddleProvider>,
        );
      },
      () => host.querySelector('.sc-ReviewBreakdownPanel[data-state="ready"]') !== null,
    );
    return { ...sample, requests: queueSandbox.requests.length - before };
  } finally {
    cleanup(host, root);
    client.clear();
  }
}

const scenarios: Record<string, () => Promise<Sample>> = {
  customerTableMount,
  customerTableResort,
  rawTable,
  reviewPanel,
  rawReview,
  reviewQueueNext: () => reviewQueueNext(true),
  reviewQueueNextCold: () => reviewQueueNext(false),
  reviewPanelCold,
};

window.bench = {
  setup,
  run: async (name) => {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`bench: no scenario "${name}"`);
    return scenario();
  },
};
