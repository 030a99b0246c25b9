import { type EndpointOperation, endpointOperations } from "./endpointTable.js";

/**
 * What only the server proxy (`server/routes.ts`: its allowlist, `straddleEndpoints`) and the
 * sandbox (`sandbox/router.ts`, `fail()`) need of the endpoint table (`endpointTable.ts`):
 * each endpoint's SDK name (API.md §2) and whether it carries a JSON body, keyed by the
 * table's operations. Kept apart so that the client bundles, which call endpoints by
 * operation, do not carry it. The compiler refuses a list that leaves an operation out.
 *
 * The order is the proxy's public `straddleEndpoints` order, grouped by path: a path's
 * methods are listed in the order the proxy's `405 Allow` header names them.
 */

interface SdkSpec {
  /** The SDK name: the proxy's allowlist and the sandbox's `fail()` use it. */
  readonly name: string;
  readonly operation: EndpointOperation;
  /** Carries a JSON object body (create, update, decision). */
  readonly body: boolean;
}

/**
 * The SDK rows, each operation once. Returns its argument; the second argument is required,
 * and names the operations left out, when a row is missing (`endpointTable.test` refuses a
 * repeated operation).
 */
export function everyOperation<const T extends readonly SdkSpec[]>(
  rows: T,
  ..._complete: Exclude<EndpointOperation, T[number]["operation"]> extends never
    ? []
    : [missing: Exclude<EndpointOperation, T[number]["operation"]>]
): T {
  return rows;
}

const sdkEndpoints = everyOperation([
  { name: "customers.list", operation: "customer.list", body: false },
  { name: "customers.create", operation: "customer.create", body: true },
  { name: "customers.get", operation: "customer.get", body: false },
  { name: "customers.update", operation: "customer.update", body: true },
  { name: "customers.delete", operation: "customer.delete", body: false },
  { name: "customers.unmasked", operation: "customer.unmask", body: false },
  { name: "customers.review.get", operation: "review.get", body: false },
  { name: "customers.review.decision", operation: "review.decide", body: true },
  { name: "customers.review.refresh_review", operation: "review.refresh", body: false },
]);

type Operations = typeof endpointOperations;
type Row<S extends SdkSpec> = {
  readonly [K in keyof S | keyof Operations[S["operation"]]]: K extends keyof S
    ? S[K]
    : Operations[S["operation"]][K & keyof Operations[S["operation"]]];
};
type Rows<T extends readonly SdkSpec[]> = { readonly [I in keyof T]: Row<T[I]> };

/** The whole table: each endpoint's SDK row with its operation's method, path, key and query. */
export const customersEndpoints = /* @__PURE__ */ sdkEndpoints.map((row) => ({
  ...row,
  ...endpointOperations[row.operation],
})) as readonly unknown[] as Rows<typeof sdkEndpoints>;

export type CustomersEndpoint = (typeof customersEndpoints)[number];
/** `customers.get`, …: the SDK names. */
export type EndpointName = CustomersEndpoint["name"];
