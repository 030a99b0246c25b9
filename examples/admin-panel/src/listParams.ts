import {
  type CustomerStatus,
  type CustomerType,
  customerStatuses,
  customerTypes,
  type ListCustomersParams,
} from "straddle-customers-react";

/**
 * The table's params in the URL (`/customers?search_text=acme&status=review,pending&page_number=2`),
 * so a filtered list can be bookmarked, shared and reached again with Back.
 */
const textKeys = ["search_text", "name", "email", "external_id", "created_from", "created_to"] as const;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  const items = (value ?? "")
    .split(",")
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length > 0 ? items : undefined;
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

export function paramsFromSearch(search: string): ListCustomersParams {
  const query = new URLSearchParams(search);
  const params: ListCustomersParams = {};
  for (const key of textKeys) {
    const value = query.get(key);
    if (value) params[key] = value;
  }
  params.status = list<CustomerStatus>(query.get("status"), customerStatuses);
  params.types = list<CustomerType>(query.get("types"), customerTypes);
  const sortBy = query.get("sort_by");
  if (sortBy === "name" || sortBy === "created_at") params.sort_by = sortBy;
  const sortOrder = query.get("sort_order");
  if (sortOrder === "asc" || sortOrder === "desc") params.sort_order = sortOrder;
  params.page_number = positiveInteger(query.get("page_number"));
  params.page_size = positiveInteger(query.get("page_size"));
  return params;
}

export function searchFromParams(params: ListCustomersParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, unknown][]) {
    if (value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query.set(key, value.join(","));
    } else {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

let lastListSearch = "";

/** The list page remembers its filters, so "Back to customers" returns to the same view. */
export function rememberListSearch(search: string) {
  lastListSearch = search;
}

export function customersHref(): string {
  return `/customers${lastListSearch}`;
}
