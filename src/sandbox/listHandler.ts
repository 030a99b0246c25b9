import {
  type CustomerStatus,
  type CustomerType,
  customerStatuses,
  customerTypes,
  type ErrorItem,
} from "../api/index.js";
import { type Handler, settle } from "./context.js";
import { renderSummary } from "./render.js";
import { failure, meta } from "./responses.js";
import { timestampMs } from "./timestamps.js";
import type { SandboxCustomerRecord } from "./types.js";

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const TO_MINUTE = /T\d{2}:\d{2}(Z|[+-]\d{2}:?\d{2})?$/i;
const TO_SECOND = /T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A `created_from`/`created_to` bound in ms. An end bound covers the whole unit it names: a
 * plain date its whole (UTC) day, a time without fraction its whole second (GET responses
 * show seconds only, so a time read from one and sent back includes that customer).
 */
function bound(value: string, end: boolean): number {
  if (DATE_ONLY.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return end ? start + DAY_MS - 1 : start;
  }
  const start = timestampMs(value);
  if (!end) return start;
  if (TO_SECOND.test(value)) return start + 999;
  if (TO_MINUTE.test(value)) return start + 59_999;
  return start;
}

interface ListQuery {
  name?: string | undefined;
  email?: string | undefined;
  external_id?: string | undefined;
  search_text?: string | undefined;
  status?: CustomerStatus[] | undefined;
  types?: CustomerType[] | undefined;
  from?: number | undefined;
  to?: number | undefined;
  sort_by: "name" | "created_at";
  sort_order: "asc" | "desc";
  page_number: number;
  page_size: number;
}

function readQuery(query: Record<string, string>): ListQuery | ErrorItem[] {
  const problems: ErrorItem[] = [];
  const text = (key: string) => (query[key] ? query[key] : undefined);
  const whole = (key: string, fallback: number, max: number) => {
    const value = text(key);
    if (value === undefined) return fallback;
    const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!(n >= 1 && n <= max))
      problems.push({ reference: key, detail: `${key} must be a whole number from 1 to ${max}.` });
    return n;
  };
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    const parts = value
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);
    const bad = parts.filter((part) => !(allowed as readonly string[]).includes(part));
    if (bad.length > 0)
      problems.push({ reference: key, detail: `${key} must be among ${allowed.join(", ")}.` });
    return parts as T[];
  };
  const date = (key: string, end: boolean) => {
    const value = text(key);
    if (value === undefined) return undefined;
    const ms = bound(value, end);
    if (Number.isNaN(ms)) problems.push({ reference: key, detail: `${key} must be an ISO-8601 date-time.` });
    return ms;
  };
  const sortBy = text("sort_by") ?? "created_at";
  if (sortBy !== "name" && sortBy !== "created_at") {
    problems.push({ reference: "sort_by", detail: "sort_by must be name or created_at." });
  }
  const sortOrder = text("sort_order") ?? "desc";
  if (sortOrder !== "asc" && sortOrder !== "desc") {
    problems.push({ reference: "sort_order", detail: "sort_order must be asc or desc." });
  }
  const parsed: ListQuery = {
    name: text("name"),
    email: text("email"),
    external_id: text("external_id"),
    search_text: text("search_text"),
    status: list("status", customerStatuses),
    types: list("types", customerTypes),
    from: date("created_from", false),
    to: date("created_to", true),
    sort_by: sortBy === "name" ? "name" : "created_at",
    sort_order: sortOrder === "asc" ? "asc" : "desc",
    page_number: whole("page_number", 1, Number.MAX_SAFE_INTEGER),
    page_size: whole("page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
  return problems.length > 0 ? problems : parsed;
}

function matches(record: SandboxCustomerRecord, q: ListQuery): boolean {
  const has = (value: string | null | undefined, needle: string) =>
    (value ?? "").toLowerCase().includes(needle.toLowerCase());
  if (q.name && !has(record.name, q.name)) return false;
  if (q.email && record.email.toLowerCase() !== q.email.toLowerCase()) return false;
  if (q.external_id && record.external_id !== q.external_id) return false;
  if (q.search_text) {
    const fields = [record.name, record.email, record.external_id, record.phone, record.id];
    if (!fields.some((field) => has(field, q.search_text ?? ""))) return false;
  }
  if (q.status && !q.status.includes(record.status)) return false;
  if (q.types && !q.types.includes(record.type)) return false;
  const created = timestampMs(record.created_at);
  if (q.from !== undefined && created < q.from) return false;
  if (q.to !== undefined && created > q.to) return false;
  return true;
}

function compare(a: SandboxCustomerRecord, b: SandboxCustomerRecord, q: ListQuery): number {
  const byCreated =
    timestampMs(a.created_at) - timestampMs(b.created_at) || a.created_at.localeCompare(b.created_at);
  const primary =
    q.sort_by === "name" ? a.name.localeCompare(b.name, "en", { sensitivity: "base" }) : byCreated;
  const order = primary || byCreated || a.id.localeCompare(b.id);
  return q.sort_order === "asc" ? order : -order;
}

/**
 * GET /v1/customers. Filters: `name` (partial, any case), `email` (whole, any case),
 * `external_id` (exact), `search_text` (partial over name, email, external_id, phone, id),
 * `status` and `types` (comma lists), `created_from`/`created_to` (inclusive; an end given
 * as a date or to the second covers that whole day or second). Sorted by `created_at` (default) or `name`, `desc` by default.
 * `page_number` from 1, `page_size` 1–1000 (default 100); anything else is a 400.
 */
export const listCustomersHandler: Handler = (ctx, request) => {
  const q = readQuery(request.query);
  if (Array.isArray(q)) return failure(ctx, request.style, 400, "The query is invalid.", q);
  const found = ctx.store
    .list()
    .map((record) => settle(ctx, record))
    .filter((record) => matches(record, q))
    .sort((a, b) => compare(a, b, q));
  const start = (q.page_number - 1) * q.page_size;
  const data = found.slice(start, start + q.page_size).map((record) => renderSummary(record, request.style));
  return {
    status: 200,
    body: {
      meta: {
        ...meta(ctx, request.style),
        max_page_size: MAX_PAGE_SIZE,
        page_number: q.page_number,
        page_size: q.page_size,
        sort_by: q.sort_by,
        sort_order: q.sort_order,
        total_items: found.length,
        total_pages: Math.ceil(found.length / q.page_size),
      },
      response_type: "array",
      data,
    },
  };
};
