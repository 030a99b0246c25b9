import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import type { ListCustomersParams } from "../../src/api/endpoints";
import { useCustomerList } from "../../src/hooks";
import { setup } from "./harness";

describe("useCustomerList", () => {
  test("sends every filter, sort and page to the list endpoint", async () => {
    const h = setup();
    const params: ListCustomersParams = {
      search_text: "a",
      status: ["review", "pending"],
      types: ["business"],
      created_from: "2026-01-01T00:00:00Z",
      created_to: "2026-12-31T23:59:59Z",
      sort_by: "name",
      sort_order: "asc",
      page_size: 5,
    };
    const { result } = renderHook(() => useCustomerList(params), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(h.calls[0]?.query).toMatchObject({
      search_text: "a",
      status: "review,pending",
      types: "business",
      sort_by: "name",
      sort_order: "asc",
      page_number: 1,
      page_size: 5,
    });
    const rows = result.current.customers ?? [];
    expect(rows.every((c) => c.type === "business" && ["review", "pending"].includes(c.status))).toBe(true);
    const names = rows.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test("pages: keeps the previous page on screen while the next one loads", async () => {
    const h = setup({ latency: 40 });
    const { result } = renderHook(
      () => useCustomerList({ page_size: 10, sort_by: "name", sort_order: "asc" }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.status).toBe("success"));
    const first = result.current.customers?.map((c) => c.id);
    expect(result.current.page).toMatchObject({ number: 1, size: 10, hasPrevious: false, hasNext: true });
    expect(result.current.page?.totalPages).toBe(Math.ceil((result.current.page?.totalItems ?? 0) / 10));

    act(() => result.current.nextPage());
    expect(result.current.pageNumber).toBe(2);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.customers?.map((c) => c.id)).toEqual(first);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.page?.number).toBe(2);
    expect(result.current.customers?.map((c) => c.id)).not.toEqual(first);

    act(() => result.current.goToPage(999));
    expect(result.current.pageNumber).toBe(result.current.page?.totalPages);
    act(() => result.current.goToPage(-3));
    expect(result.current.pageNumber).toBe(1);
  });

  test("a new filter starts again from page 1", async () => {
    const h = setup();
    const { result, rerender } = renderHook((p: ListCustomersParams) => useCustomerList(p), {
      wrapper: h.wrapper,
      initialProps: { page_size: 5 } as ListCustomersParams,
    });
    await waitFor(() => expect(result.current.status).toBe("success"));
    act(() => result.current.nextPage());
    await waitFor(() => expect(result.current.page?.number).toBe(2));
    rerender({ page_size: 5, types: ["individual"] });
    expect(result.current.pageNumber).toBe(1);
    await waitFor(() => expect(h.calls.at(-1)?.query).toMatchObject({ types: "individual", page_number: 1 }));
  });

  test("page_size over 1000 is an error before any request", async () => {
    const h = setup();
    const { result } = renderHook(() => useCustomerList({ page_size: 1001 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.kind).toBe("invalid_request");
    expect(h.calls).toHaveLength(0);
  });
});
