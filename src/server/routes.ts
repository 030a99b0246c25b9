/**
 * The proxy's allowlist: the nine Customers endpoints of the endpoint table
 * (`src/api/endpointTable.ts`, their SDK names from `src/api/endpointNames.ts`) and nothing
 * else. Pure functions, no I/O.
 */
import type { CustomersEndpoint, EndpointName } from "../api/endpointNames.js";
import { fillPath } from "../api/endpointTable.js";
import type { HttpMethod } from "../api/fetcher.js";
import { UUID_PATTERN } from "../api/ids.js";
import { endpointNames, endpoints, matchEndpointPath } from "../api/routing.js";

/** The nine Customers endpoints, by their SDK names (the same names the sandbox uses). */
export const straddleEndpoints = endpointNames;
export type StraddleEndpoint = EndpointName;

export type ProxyMethod = HttpMethod;

/** What an endpoint sends upstream besides the path: its row of the endpoint table. */
export type EndpointRule = CustomersEndpoint;

/**
 * The query parameters of `GET /v1/customers` (API.md §4.4, from the endpoint table), sorted;
 * every other one is dropped.
 */
export const listQueryParameters: readonly string[] = [...endpoints["customers.list"].query].sort();

/** A customer id: a UUID (8-4-4-4-12 hex digits; the client's `IdSchema` checks the same). */
export const CUSTOMER_ID_PATTERN = UUID_PATTERN;

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
  const match = matchEndpointPath(rest);
  if (!match) return NOT_FOUND;
  const customerId = match.id;
  if (customerId !== undefined && !CUSTOMER_ID_PATTERN.test(customerId)) return NOT_FOUND;
  const found = match.endpoints.find((candidate) => candidate.method === method);
  if (!found)
    return { kind: "method_not_allowed", allow: match.endpoints.map((candidate) => candidate.method) };
  return { kind: "match", rule: found, customerId, path: fillPath(match.path, customerId) };
}
