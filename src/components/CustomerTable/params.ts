import { type ListCustomersParams, MAX_PAGE_SIZE } from "../../api/endpoints.js";
import { parseTimestamp } from "../../api/schemas/common.js";

export const DEFAULT_PAGE_SIZES: readonly number[] = [25, 50, 100, 250, 1000];

/**
 * The params as a host would put them in a URL: no empty strings or lists, no
 * `page_number: 1` (the first page is the default).
 */
export function cleanParams(params: ListCustomersParams): ListCustomersParams {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (key === "page_number" && value === 1) continue;
    out[key] = value;
  }
  return out as ListCustomersParams;
}

const filterKeys = [
  "search_text",
  "name",
  "email",
  "external_id",
  "status",
  "types",
  "created_from",
  "created_to",
] as const satisfies readonly (keyof ListCustomersParams)[];

/** A filter narrows the list (sorting and paging do not). */
export function hasFilters(params: ListCustomersParams): boolean {
  return filterKeys.some((key) => {
    const value = params[key];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

/** Drops every filter; sorting and page size stay. */
export function withoutFilters(params: ListCustomersParams): ListCustomersParams {
  const out: ListCustomersParams = { ...params };
  for (const key of filterKeys) delete out[key];
  delete out.page_number;
  return out;
}

/** The page sizes offered: whole numbers from 1 to 1000, ascending, no repeats. */
export function allowedPageSizes(sizes: readonly number[] | undefined): number[] {
  const valid = (sizes ?? DEFAULT_PAGE_SIZES).filter(
    (size) => Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE,
  );
  const unique = [...new Set(valid)].sort((a, b) => a - b);
  return unique.length > 0 ? unique : [...DEFAULT_PAGE_SIZES];
}

/** A page size the endpoint accepts, from whatever the host passed. */
export function clampPageSize(size: number | undefined, fallback: number): number {
  if (size === undefined || !Number.isFinite(size)) return fallback;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(size)));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-01-05` → `2026-01-05T00:00:00.000Z`: the first millisecond of that UTC day. */
export function startOfDayIso(day: string): string | undefined {
  return DAY.test(day) ? `${day}T00:00:00.000Z` : undefined;
}

/** `2026-01-05` → `2026-01-05T23:59:59.999Z`: the last millisecond of that UTC day. */
export function endOfDayIso(day: string): string | undefined {
  return DAY.test(day) ? `${day}T23:59:59.999Z` : undefined;
}

/** The UTC day (`YYYY-MM-DD`) of an ISO date-time, for an `<input type="date">`; `""` when none. */
export function isoToDay(iso: string | undefined): string {
  if (!iso) return "";
  if (DAY.test(iso)) return iso;
  const date = parseTimestamp(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}
