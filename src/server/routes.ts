/**
 * The proxy's allowlist: the nine Customers endpoints and nothing else. Pure functions, no I/O.
 */

/** The nine Customers endpoints, by their SDK names (the same names the sandbox uses). */
export const straddleEndpoints = [
  "customers.list",
  "customers.create",
  "customers.get",
  "customers.update",
  "customers.delete",
  "customers.unmasked",
  "customers.review.get",
  "customers.review.decision",
  "customers.review.refresh_review",
] as const;
export type StraddleEndpoint = (typeof straddleEndpoints)[number];

export type ProxyMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What an endpoint sends upstream besides the path. */
export interface EndpointRule {
  endpoint: StraddleEndpoint;
  method: ProxyMethod;
  /** Carries a JSON object body (create, update, decision). */
  body: boolean;
  /** Accepts `Idempotency-Key` (the five mutating endpoints). */
  idempotent: boolean;
  /** Forwards the documented list parameters (list only). */
  query: boolean;
}

type Shape = "" | "id" | "id/unmasked" | "id/review" | "id/refresh_review";

const rule = (
  endpoint: StraddleEndpoint,
  method: ProxyMethod,
  flags: { body?: boolean; idempotent?: boolean; query?: boolean } = {},
): EndpointRule => ({
  endpoint,
  method,
  body: flags.body ?? false,
  idempotent: flags.idempotent ?? false,
  query: flags.query ?? false,
});

/** Path shape → the methods it accepts. Exactly API.md §2; nothing else is ever forwarded. */
const table: Record<Shape, readonly EndpointRule[]> = {
  "": [
    rule("customers.list", "GET", { query: true }),
    rule("customers.create", "POST", { body: true, idempotent: true }),
  ],
  id: [
    rule("customers.get", "GET"),
    rule("customers.update", "PUT", { body: true, idempotent: true }),
    rule("customers.delete", "DELETE", { idempotent: true }),
  ],
  "id/unmasked": [rule("customers.unmasked", "GET")],
  "id/review": [
    rule("customers.review.get", "GET"),
    rule("customers.review.decision", "PATCH", { body: true, idempotent: true }),
  ],
  "id/refresh_review": [rule("customers.review.refresh_review", "PUT", { idempotent: true })],
};

/** The query parameters of `GET /v1/customers` (API.md §4.4); every other one is dropped. */
export const listQueryParameters: readonly string[] = [
  "created_from",
  "created_to",
  "email",
  "external_id",
  "name",
  "page_number",
  "page_size",
  "search_text",
  "sort_by",
  "sort_order",
  "status",
  "types",
];

/** A customer id: a UUID (8-4-4-4-12 hex digits). */
export const CUSTOMER_ID_PATTERN =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export type RouteMatch =
  | {
      kind: "match";
      rule: EndpointRule;
      /** The decoded customer id (a UUID), when the path has one. */
      customerId: string | undefined;
      /** The canonical upstream path, built from the match (never from the client's text). */
      path: string;
    }
  /** The path is a Customers endpoint but not with this method; `allow` lists the ones it takes. */
  | { kind: "method_not_allowed"; allow: readonly ProxyMethod[] }
  | { kind: "not_found" };

const NOT_FOUND: RouteMatch = { kind: "not_found" };

/**
 * Matches the part of the (still percent-encoded) URL path after the mount prefix, e.g.
 * `/v1/customers/3c90c3cc-0d44-4b50-8888-8dd25736052a/review`.
 *
 * Strict on purpose: the literal segments (`v1`, `customers`, `review`, …) must appear exactly
 * as written (no percent-encoding, no case change); the id is decoded once and must then be a
 * UUID, so `%2e`, `%2f`, `%5c`, `%00`, double encodings (`%252e`), `;` matrix parameters and
 * anything else that is not hex or `-` are refused. Empty segments (`//`, a trailing `/`)
 * are refused. The method must be exactly one of the endpoint's methods, in capitals.
 */
export function matchRoute(method: string, rest: string): RouteMatch {
  const segments = rest.split("/");
  // "/v1/customers/…" splits into ["", "v1", "customers", …].
  if (segments.length < 3 || segments.length > 5) return NOT_FOUND;
  const [lead, version, resource, rawId, suffix] = segments;
  if (lead !== "" || version !== "v1" || resource !== "customers") return NOT_FOUND;
  let customerId: string | undefined;
  if (rawId !== undefined) {
    try {
      customerId = decodeURIComponent(rawId);
    } catch {
      return NOT_FOUND;
    }
    if (!CUSTOMER_ID_PATTERN.test(customerId)) return NOT_FOUND;
  }
  let shape: Shape;
  if (rawId === undefined) shape = "";
  else if (suffix === undefined) shape = "id";
  else if (suffix === "unmasked" || suffix === "review" || suffix === "refresh_review")
    shape = `id/${suffix}`;
  else return NOT_FOUND;
  const rules = table[shape];
  const found = rules.find((candidate) => candidate.method === method);
  if (!found) return { kind: "method_not_allowed", allow: rules.map((candidate) => candidate.method) };
  const path = `/v1/customers${customerId === undefined ? "" : `/${customerId}`}${suffix === undefined ? "" : `/${suffix}`}`;
  return { kind: "match", rule: found, customerId, path };
}
