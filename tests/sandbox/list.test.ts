import { describe, expect, it } from "vitest";
import { type CustomerSummary, listCustomers, parseTimestamp } from "../../src/api";
import { sandboxIds } from "../../src/sandbox";
import { failureOf, GET_STAMP, raw, setup } from "./helpers";

const ms = (summary: CustomerSummary) => parseTimestamp(summary.created_at).getTime();

describe("customers.list", () => {
  it("defaults to page 1 of 100, created_at desc, with the API's meta", async () => {
    const { sandbox, config } = setup();
    const page = await listCustomers(config);
    const total = sandbox.store.size;
    expect(page.meta).toMatchObject({
      max_page_size: 1000,
      page_number: 1,
      page_size: 100,
      sort_by: "created_at",
      sort_order: "desc",
      total_items: total,
      total_pages: Math.ceil(total / 100),
    });
    expect(page.meta.api_request_timestamp).toMatch(GET_STAMP);
    expect(page.data).toHaveLength(Math.min(100, total));
    const times = page.data.map(ms);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.data[0]?.created_at).toMatch(GET_STAMP);
  });

  it("returns summaries only (no address, PII, config, device or metadata)", async () => {
    const { sandbox } = setup();
    const answer = await raw(sandbox, { method: "GET", path: "/v1/customers", query: { page_size: 1000 } });
    const rows = answer.body?.data as unknown as Record<string, unknown>[];
    expect(answer.body?.response_type).toBe("array");
    const keys = new Set(rows.flatMap((row) => Object.keys(row)));
    expect([...keys].sort()).toEqual(
      ["created_at", "email", "external_id", "id", "name", "phone", "status", "type", "updated_at"].sort(),
    );
  });

  it("filters by name (partial, any case)", async () => {
    const { config } = setup();
    const page = await listCustomers(config, { name: "NOPE" });
    expect(page.data.map((c) => c.id)).toEqual([sandboxIds.verifiedIndividual]);
    const swanson = await listCustomers(config, { name: "swanson" });
    expect(swanson.data.map((c) => c.name).sort()).toEqual(["Ron Swanson", "Tammy Swanson"]);
  });

  it("filters by email (whole address, any case) and by external_id (exact)", async () => {
    const { config } = setup();
    const email = await listCustomers(config, { email: "ACCOUNTS@paunchburger.example.com" });
    expect(email.data.map((c) => c.id)).toEqual([sandboxIds.verifiedBusiness]);
    expect((await listCustomers(config, { email: "accounts@paunchburger" })).data).toHaveLength(0);
    const external = await listCustomers(config, { external_id: "crm_10001" });
    expect(external.data.map((c) => c.id)).toEqual([sandboxIds.verifiedIndividual]);
    expect((await listCustomers(config, { external_id: "CRM_10001" })).data).toHaveLength(0);
  });

  it("search_text looks in name, email, external_id, phone and id", async () => {
    const { config } = setup();
    const ids = async (search_text: string) =>
      (await listCustomers(config, { search_text })).data.map((c) => c.id);
    expect(await ids("leslie knope")).toEqual([sandboxIds.verifiedIndividual]);
    expect(await ids("paunchburger.example")).toContain(sandboxIds.verifiedBusiness);
    expect(await ids("acct_20001")).toEqual([sandboxIds.verifiedBusiness]);
    expect(await ids("2041187")).toEqual([sandboxIds.verifiedIndividual]);
    expect(await ids(sandboxIds.cjkName.slice(0, 13).toUpperCase())).toEqual([sandboxIds.cjkName]);
    expect(await ids("王秀")).toEqual([sandboxIds.cjkName]);
  });

  it("filters by status and types lists", async () => {
    const { sandbox, config } = setup();
    const all = sandbox.store.list();
    const page = await listCustomers(config, { status: ["review", "pending"], page_size: 1000 });
    expect(page.data.every((c) => c.status === "review" || c.status === "pending")).toBe(true);
    expect(page.meta.total_items).toBe(
      all.filter((c) => c.status === "review" || c.status === "pending").length,
    );
    const businesses = await listCustomers(config, {
      types: ["business"],
      status: ["verified"],
      page_size: 1000,
    });
    expect(businesses.data.length).toBeGreaterThan(0);
    expect(businesses.data.every((c) => c.type === "business" && c.status === "verified")).toBe(true);
    expect(businesses.meta.total_items).toBe(
      all.filter((c) => c.type === "business" && c.status === "verified").length,
    );
  });

  it("filters by created_from / created_to, both inclusive; a plain date covers its whole day", async () => {
    const { config } = setup();
    const one = (await listCustomers(config, { external_id: "crm_10001" })).data[0];
    expect(one).toBeDefined();
    const at = one?.created_at ?? "";
    const exact = await listCustomers(config, { created_from: at, created_to: at });
    expect(exact.data.map((c) => c.id)).toContain(sandboxIds.verifiedIndividual);
    const day = at.slice(0, 10);
    const sameDay = await listCustomers(config, { created_from: day, created_to: day, page_size: 1000 });
    expect(sameDay.data.map((c) => c.id)).toContain(sandboxIds.verifiedIndividual);
    expect(sameDay.data.every((c) => c.created_at.startsWith(day))).toBe(true);
    const after = await listCustomers(config, { created_from: `${day}T23:59:59Z`, page_size: 1000 });
    expect(after.data.map((c) => c.id)).not.toContain(sandboxIds.verifiedIndividual);
    const range = await listCustomers(config, {
      created_from: "2026-01-01",
      created_to: "2026-01-31",
      page_size: 1000,
    });
    expect(range.data.length).toBeGreaterThan(5);
    expect(range.data.every((c) => c.created_at >= "2026-01-01" && c.created_at < "2026-02")).toBe(true);
  });

  it("sorts by name asc and desc, and by created_at asc", async () => {
    const { config } = setup();
    const asc = await listCustomers(config, { sort_by: "name", sort_order: "asc", types: ["business"] });
    const names = asc.data.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(asc.meta).toMatchObject({ sort_by: "name", sort_order: "asc" });
    const desc = await listCustomers(config, { sort_by: "name", sort_order: "desc", types: ["business"] });
    expect(desc.data.map((c) => c.name)).toEqual([...names].reverse());
    const oldest = await listCustomers(config, { sort_order: "asc", page_size: 1 });
    expect(oldest.data[0]?.id).toBe(sandboxIds.apiExample);
  });

  it("pages with page_number and page_size, with total_pages", async () => {
    const { sandbox, config } = setup();
    const total = sandbox.store.size;
    const everything = (await listCustomers(config, { page_size: 1000 })).data.map((c) => c.id);
    const second = await listCustomers(config, { page_size: 10, page_number: 2 });
    expect(second.data.map((c) => c.id)).toEqual(everything.slice(10, 20));
    expect(second.meta).toMatchObject({
      page_number: 2,
      page_size: 10,
      total_items: total,
      total_pages: Math.ceil(total / 10),
    });
    const lastNumber = Math.ceil(total / 7);
    const last = await listCustomers(config, { page_size: 7, page_number: lastNumber });
    expect(last.data).toHaveLength(total - (lastNumber - 1) * 7);
    const beyond = await listCustomers(config, { page_size: 7, page_number: lastNumber + 1 });
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.total_items).toBe(total);
    const none = await listCustomers(config, { name: "no such customer anywhere" });
    expect(none.meta).toMatchObject({ total_items: 0, total_pages: 0 });
  });

  it("answers page_size > 1000 and other bad query values with 400", async () => {
    const { sandbox } = setup();
    const cases: [Record<string, string>, string][] = [
      [{ page_size: "1001" }, "page_size"],
      [{ page_size: "0" }, "page_size"],
      [{ page_number: "0" }, "page_number"],
      [{ page_number: "two" }, "page_number"],
      [{ sort_by: "email" }, "sort_by"],
      [{ sort_order: "up" }, "sort_order"],
      [{ status: "review,approved" }, "status"],
      [{ types: "person" }, "types"],
      [{ created_from: "yesterday" }, "created_from"],
    ];
    for (const [query, reference] of cases) {
      const answer = await raw(sandbox, { method: "GET", path: "/v1/customers", query });
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expect(answer.body?.error?.type).toBe("/bad_request");
      expect(answer.body?.error?.items?.map((item) => item.reference)).toEqual([reference]);
    }
    const max = await raw(sandbox, { method: "GET", path: "/v1/customers", query: { page_size: "1000" } });
    expect(max.status).toBe(200);
  });

  it("is refused by the library before sending when page_size > 1000", async () => {
    const { sandbox, config } = setup();
    // (async wrapper: the library currently throws this synchronously instead of rejecting)
    const error = await failureOf((async () => listCustomers(config, { page_size: 1001 }))());
    expect(error.kind).toBe("invalid_request");
    expect(sandbox.requests).toHaveLength(0);
  });
});
