import { type CustomersEndpoint, customersEndpoints, type EndpointName } from "./endpointNames.js";
import type { EndpointPath } from "./endpointTable.js";

/**
 * What the proxy and the sandbox derive from the endpoint table (`endpointTable.ts` and
 * `endpointNames.ts`): lookups by SDK name, the list of names, and the path matcher both
 * routers share. Pure functions, no I/O, no zod. The client calls endpoints by operation
 * (`endpointTable.ts`) and does not import this file.
 */

type Named<N extends EndpointName> = Extract<CustomersEndpoint, { name: N }>;

/** Each endpoint of the table by its SDK name: `endpoints["customers.get"].method` is `"GET"`. */
export const endpoints = /* @__PURE__ */ Object.fromEntries(
  customersEndpoints.map((endpoint) => [endpoint.name, endpoint]),
) as {
  readonly [N in EndpointName]: Named<N>;
};

type Names<T extends readonly CustomersEndpoint[]> = { readonly [I in keyof T]: T[I]["name"] };

/** The SDK names in table order (the proxy's public `straddleEndpoints`). */
export const endpointNames = /* @__PURE__ */ customersEndpoints.map(
  (endpoint) => endpoint.name,
) as readonly EndpointName[] as Names<typeof customersEndpoints>;

/**
 * The same names in another order, for a public list older than the table that keeps its
 * own order. The compiler refuses a list that leaves an endpoint out (the second argument is
 * then required, and names the missing ones); `endpointTable.test` refuses a repeated name.
 */
export function endpointNamesInOrder<const N extends readonly EndpointName[]>(
  names: N,
  ..._complete: Exclude<EndpointName, N[number]> extends never
    ? []
    : [missing: Exclude<EndpointName, N[number]>]
): N {
  return names;
}

/** Path template → the endpoints on it, in table order. */
const byPath = /* @__PURE__ */ groupByPath();

function groupByPath(): ReadonlyMap<string, readonly CustomersEndpoint[]> {
  const out = new Map<string, CustomersEndpoint[]>();
  for (const endpoint of customersEndpoints) {
    const same = out.get(endpoint.path);
    if (same) same.push(endpoint);
    else out.set(endpoint.path, [endpoint]);
  }
  return out;
}

export interface PathMatch {
  path: EndpointPath;
  /** The endpoints on this path, in table order (so the methods read `GET, POST`). */
  endpoints: readonly CustomersEndpoint[];
  /** The customer id of the path, percent-decoded, when the path has one. */
  id: string | undefined;
}

/**
 * `/v1/customers/3c90…/review` (no query) → its template `/v1/customers/{id}/review`, the
 * endpoints on it and the decoded id; `undefined` for any other path, and for an id segment
 * that does not decode. Every literal
 * segment must be exactly one of the table's; the id segment must not be empty; no empty
 * segment anywhere (`//`, a trailing `/`). Each router adds its own rules on top (the proxy:
 * the id is a UUID; the sandbox: one trailing `/` is allowed).
 */
export function matchEndpointPath(path: string): PathMatch | undefined {
  const segments = path.split("/");
  // "/v1/customers/…" splits into ["", "v1", "customers", …].
  if (segments.length < 3 || segments.length > 5) return undefined;
  const [lead, version, resource, rawId, suffix] = segments;
  if (lead !== "" || rawId === "") return undefined;
  const template = `/${version}/${resource}${rawId === undefined ? "" : "/{id}"}${suffix === undefined ? "" : `/${suffix}`}`;
  const found = byPath.get(template);
  if (!found) return undefined;
  let id: string | undefined;
  if (rawId !== undefined) {
    try {
      id = decodeURIComponent(rawId);
    } catch {
      return undefined;
    }
  }
  return { path: template as EndpointPath, endpoints: found, id };
}
