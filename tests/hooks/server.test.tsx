// @vitest-environment node
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";

describe("on a server", () => {
  test("the headless entry imports without window, and rendering does not fetch", async () => {
    expect(typeof window).toBe("undefined");
    const { StraddleProvider, useCustomer, useCustomerReview, useCustomerList } = await import(
      "../../src/headless"
    );
    let calls = 0;
    const fetcher = async () => {
      calls++;
      return {};
    };
    function Screen() {
      const customer = useCustomer("3c90c3cc-0d44-4b50-8888-8dd25736052a");
      const review = useCustomerReview("3c90c3cc-0d44-4b50-8888-8dd25736052a");
      const list = useCustomerList({});
      return createElement("p", null, `${customer.status}/${review.status}/${list.status}`);
    }
    const html = renderToString(createElement(StraddleProvider, { fetcher }, createElement(Screen)));
    expect(html).toContain("pending/pending/pending");
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(0);
  });

  test("the sandbox entry imports without window", async () => {
    const { createSandbox } = await import("../../src/sandbox");
    expect(typeof createSandbox).toBe("function");
  });
});
