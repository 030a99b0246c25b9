// @vitest-environment node
import { describe, expect, test } from "vitest";
import { customersEndpoints, everyOperation } from "../../src/api/endpointNames";
import { endpointLabel, endpointOperations, fillPath } from "../../src/api/endpointTable";
import { endpointNames, endpointNamesInOrder, endpoints, matchEndpointPath } from "../../src/api/routing";
import { sandboxEndpoints } from "../../src/sandbox";
import { listQueryParameters, straddleEndpoints } from "../../src/server";

describe("the endpoint table", () => {
  test("names, operations and method + path are each unique", () => {
    const names = customersEndpoints.map((endpoint) => endpoint.name);
    const operations = customersEndpoints.map((endpoint) => endpoint.operation);
    const routes = customersEndpoints.map(endpointLabel);
    expect(new Set(names).size).toBe(9);
    expect(new Set(operations).size).toBe(9);
    expect(new Set(routes).size).toBe(9);
  });

  test("only mutations take an Idempotency-Key; only create, update and decision carry a body", () => {
    for (const endpoint of customersEndpoints) {
      expect(endpoint.idempotent, endpoint.name).toBe(endpoint.method !== "GET");
    }
    expect(customersEndpoints.filter((endpoint) => endpoint.body).map((endpoint) => endpoint.name)).toEqual([
      "customers.create",
      "customers.update",
      "customers.review.decision",
    ]);
    expect(customersEndpoints.filter((endpoint) => endpoint.query.length > 0).map((e) => e.name)).toEqual([
      "customers.list",
    ]);
  });

  test("the proxy's and the sandbox's public name lists are the table's names, each once", () => {
    expect([...straddleEndpoints]).toEqual(customersEndpoints.map((endpoint) => endpoint.name));
    expect([...endpointNames]).toEqual([...straddleEndpoints]);
    expect([...sandboxEndpoints].sort()).toEqual([...straddleEndpoints].sort());
    expect(new Set(sandboxEndpoints).size).toBe(sandboxEndpoints.length);
    expect(listQueryParameters).toEqual([...endpoints["customers.list"].query].sort());
  });

  test("a list in another order must name every endpoint (a compile error otherwise)", () => {
    // @ts-expect-error: one of the nine names
    const partial = endpointNamesInOrder(["customers.get"]);
    expect(partial).toHaveLength(1);
  });

  test("every operation of the client's table has its SDK row, and each row is the operation's", () => {
    expect(customersEndpoints.map((endpoint) => endpoint.operation)).toEqual(Object.keys(endpointOperations));
    for (const endpoint of customersEndpoints) {
      const { method, path, idempotent, query } = endpoint;
      expect({ method, path, idempotent, query }, endpoint.name).toEqual(
        endpointOperations[endpoint.operation],
      );
    }
    // @ts-expect-error: eight operations have no SDK name
    const partial = everyOperation([{ name: "customers.list", operation: "customer.list", body: false }]);
    expect(partial).toHaveLength(1);
    // Complete, it compiles (the same rows as the table's, in any order).
    expect(everyOperation([...customersEndpoints].reverse())).toHaveLength(9);
  });

  test("lookups and labels", () => {
    expect(endpoints["customers.review.decision"]).toMatchObject({
      method: "PATCH",
      operation: "review.decide",
    });
    expect(endpointLabel(endpoints["customers.review.refresh_review"])).toBe(
      "PUT /v1/customers/{id}/refresh_review",
    );
    expect(fillPath("/v1/customers/{id}/review", "a%24%26b")).toBe("/v1/customers/a%24%26b/review");
    // A replacement pattern in the id is taken literally.
    expect(fillPath("/v1/customers/{id}", "$&$'")).toBe("/v1/customers/$&$'");
    expect(fillPath("/v1/customers")).toBe("/v1/customers");
  });
});

describe("matchEndpointPath", () => {
  test("a path of the table → its template, the endpoints on it (table order) and the raw id", () => {
    const match = matchEndpointPath("/v1/customers/a%2Fb/review");
    expect(match?.path).toBe("/v1/customers/{id}/review");
    expect(match?.id).toBe("a/b");
    expect(match?.endpoints.map((endpoint) => endpoint.method)).toEqual(["GET", "PATCH"]);
    expect(matchEndpointPath("/v1/customers")?.endpoints.map((endpoint) => endpoint.name)).toEqual([
      "customers.list",
      "customers.create",
    ]);
    expect(matchEndpointPath("/v1/customers/x")?.endpoints.map((endpoint) => endpoint.method)).toEqual([
      "GET",
      "PUT",
      "DELETE",
    ]);
  });

  test.each([
    "",
    "/",
    "v1/customers",
    "/v1/customers/",
    "/v1/customers//review",
    "/v1/customers/x/",
    "/v1/customers/x/review/",
    "/v1/customers/x/other",
    "/v1/customers/x/review/extra",
    "/v2/customers",
    "/v1/Customers",
    "/v1/customers{id}",
    "/v1/customers/x/{id}",
    "/v1/customers/%E0%A4%A/review",
  ])("refuses %j", (path) => {
    expect(matchEndpointPath(path)).toBeUndefined();
  });
});
