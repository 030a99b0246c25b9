import type { HttpMethod } from "./fetcher.js";

/**
 * The nine Customers endpoints (API.md §2), written down once. Data and two pure helpers (the
 * label and the filled path) — no zod, no React, no I/O — so every layer can read it. This
 * file holds what the client needs, keyed by the hooks' operation names (`hooks/events.ts`:
 * `StraddleErrorEvent.operation`): method, path, the `Idempotency-Key`, the list query
 * (`api/endpoints.ts`). What only the server proxy and the sandbox need — each endpoint's SDK
 * name, whether it carries a body, the order of the proxy's public list — is in
 * `endpointNames.ts`, keyed by the same operations, so the bundles of a host's pages do not
 * carry it; the compiler refuses an operation without its SDK name there. Adding or changing
 * an endpoint starts here.
 */

/** Every path of the API; `{id}` is the customer's id. */
export type EndpointPath =
  | "/v1/customers"
  | "/v1/customers/{id}"
  | "/v1/customers/{id}/unmasked"
  | "/v1/customers/{id}/review"
  | "/v1/customers/{id}/refresh_review";

/** One endpoint as the client calls it. */
export interface OperationSpec {
  readonly method: HttpMethod;
  readonly path: EndpointPath;
  /** A mutation: takes an `Idempotency-Key` (the client always sends one). */
  readonly idempotent: boolean;
  /** The query parameters it takes (list only), in the order the client sends them. */
  readonly query: readonly string[];
}

/** `GET /v1/customers`'s query (API.md §4.4), in the order the client writes it into the URL. */
const listQuery = [
  "name",
  "email",
  "external_id",
  "search_text",
  "status",
  "types",
  "created_from",
  "created_to",
  "sort_by",
  "sort_order",
  "page_number",
  "page_size",
] as const;

const none = [] as const;

/** Each endpoint by the operation the hooks report: `endpointOperations["customer.get"].method` is `"GET"`. */
export const endpointOperations = {
  "customer.list": { method: "GET", path: "/v1/customers", idempotent: false, query: listQuery },
  "customer.create": { method: "POST", path: "/v1/customers", idempotent: true, query: none },
  "customer.get": { method: "GET", path: "/v1/customers/{id}", idempotent: false, query: none },
  "customer.update": { method: "PUT", path: "/v1/customers/{id}", idempotent: true, query: none },
  "customer.delete": { method: "DELETE", path: "/v1/customers/{id}", idempotent: true, query: none },
  "customer.unmask": { method: "GET", path: "/v1/customers/{id}/unmasked", idempotent: false, query: none },
  "review.get": { method: "GET", path: "/v1/customers/{id}/review", idempotent: false, query: none },
  "review.decide": { method: "PATCH", path: "/v1/customers/{id}/review", idempotent: true, query: none },
  "review.refresh": {
    method: "PUT",
    path: "/v1/customers/{id}/refresh_review",
    idempotent: true,
    query: none,
  },
} as const satisfies Record<string, OperationSpec>;

/** `customer.get`, …: the hooks' operation names. */
export type EndpointOperation = keyof typeof endpointOperations;
/** The query parameters of `GET /v1/customers`. */
export type ListQueryParameter = (typeof listQuery)[number];

/** `GET /v1/customers/{id}`: how messages and `StraddleError.endpoint` name an endpoint. */
export function endpointLabel(
  endpoint: Pick<OperationSpec, "method" | "path">,
): `${HttpMethod} ${EndpointPath}` {
  return `${endpoint.method} ${endpoint.path}`;
}

/** The path of one call: the template with the (already encoded) id segment in place of `{id}`. */
export function fillPath(template: EndpointPath, idSegment = ""): string {
  return template.replace("{id}", () => idSegment);
}
