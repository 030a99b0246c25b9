import type { HttpMethod } from "./fetcher.js";

/**
 * The nine Customers endpoints (API.md §2), written down once. Data only — no zod, no React,
 * no I/O — so every layer can read it: the client (`api/endpoints.ts`: method, path, the
 * `Idempotency-Key`, the list query), the hooks' error events (`hooks/events.ts`:
 * `operation`), the server proxy's allowlist (`server/routes.ts`: name, method, path, body,
 * idempotent, query) and the sandbox's router (`sandbox/router.ts`). Adding or changing an
 * endpoint starts here.
 *
 * The order is the proxy's public `straddleEndpoints` order, grouped by path: a path's
 * methods are listed in the order the proxy's `405 Allow` header names them.
 */

/** Every path of the API; `{id}` is the customer's id. */
export type EndpointPath =
  | "/v1/customers"
  | "/v1/customers/{id}"
  | "/v1/customers/{id}/unmasked"
  | "/v1/customers/{id}/review"
  | "/v1/customers/{id}/refresh_review";

export interface EndpointSpec {
  /** The SDK name (API.md §2): the proxy's allowlist and the sandbox's `fail()` use it. */
  readonly name: string;
  /** What the hooks report to `onError` (`StraddleErrorEvent.operation`). */
  readonly operation: string;
  readonly method: HttpMethod;
  readonly path: EndpointPath;
  /** Carries a JSON object body (create, update, decision). */
  readonly body: boolean;
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

export const customersEndpoints = [
  {
    name: "customers.list",
    operation: "customer.list",
    method: "GET",
    path: "/v1/customers",
    body: false,
    idempotent: false,
    query: listQuery,
  },
  {
    name: "customers.create",
    operation: "customer.create",
    method: "POST",
    path: "/v1/customers",
    body: true,
    idempotent: true,
    query: none,
  },
  {
    name: "customers.get",
    operation: "customer.get",
    method: "GET",
    path: "/v1/customers/{id}",
    body: false,
    idempotent: false,
    query: none,
  },
  {
    name: "customers.update",
    operation: "customer.update",
    method: "PUT",
    path: "/v1/customers/{id}",
    body: true,
    idempotent: true,
    query: none,
  },
  {
    name: "customers.delete",
    operation: "customer.delete",
    method: "DELETE",
    path: "/v1/customers/{id}",
    body: false,
    idempotent: true,
    query: none,
  },
  {
    name: "customers.unmasked",
    operation: "customer.unmask",
    method: "GET",
    path: "/v1/customers/{id}/unmasked",
    body: false,
    idempotent: false,
    query: none,
  },
  {
    name: "customers.review.get",
    operation: "review.get",
    method: "GET",
    path: "/v1/customers/{id}/review",
    body: false,
    idempotent: false,
    query: none,
  },
  {
    name: "customers.review.decision",
    operation: "review.decide",
    method: "PATCH",
    path: "/v1/customers/{id}/review",
    body: true,
    idempotent: true,
    query: none,
  },
  {
    name: "customers.review.refresh_review",
    operation: "review.refresh",
    method: "PUT",
    path: "/v1/customers/{id}/refresh_review",
    body: false,
    idempotent: true,
    query: none,
  },
] as const satisfies readonly EndpointSpec[];

export type CustomersEndpoint = (typeof customersEndpoints)[number];
/** `customers.get`, …: the SDK names. */
export type EndpointName = CustomersEndpoint["name"];
/** `customer.get`, …: the hooks' operation names. */
export type EndpointOperation = CustomersEndpoint["operation"];
/** The query parameters of `GET /v1/customers`. */
export type ListQueryParameter = (typeof listQuery)[number];
