import { act, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { StraddleError } from "../../src/api/errors";
import { ErrorState } from "../../src/components/shared/ErrorState";
import { accessErrorOf, errorKindOf, errorText } from "../../src/components/shared/errorText";
import { useControllableState } from "../../src/components/shared/useControllableState";

const http = (status: number, requestId?: string) =>
  new StraddleError({ kind: "http", status, endpoint: "customers.get", message: "failed", requestId });
const network = new StraddleError({ kind: "network", endpoint: "customers.get", message: "offline" });
const unreadable = new StraddleError({ kind: "invalid_response", endpoint: "customers.get", message: "bad" });

describe("errorKindOf / errorText", () => {
  test("tells network, 401, 403, 404, 422, 5xx and unreadable answers apart", () => {
    expect(errorKindOf(network)).toBe("network");
    expect(errorKindOf(http(401))).toBe("unauthorized");
    expect(errorKindOf(http(403))).toBe("forbidden");
    expect(errorKindOf(http(404))).toBe("notFound");
    expect(errorKindOf(http(422))).toBe("rejected");
    expect(errorKindOf(http(500))).toBe("server");
    expect(errorKindOf(http(503))).toBe("server");
    expect(errorKindOf(unreadable)).toBe("invalidResponse");
    expect(errorKindOf(http(409))).toBe("other");
    expect(errorKindOf(null)).toBe("other");
  });

  test("picks the words for the kind, else `other`", () => {
    const texts = {
      network: "offline",
      notFound: "gone",
      rejected: "refused",
      server: "down",
      other: "failed",
    };
    expect(errorText(texts, network)).toBe("offline");
    expect(errorText(texts, http(404))).toBe("gone");
    expect(errorText(texts, http(422))).toBe("refused");
    expect(errorText(texts, http(502))).toBe("down");
    expect(errorText(texts, http(403))).toBe("failed");
    expect(errorText(texts, undefined)).toBe("failed");
  });

  test("only a 404 and a 403 are access errors (a 401 is not: new credentials may help)", () => {
    expect(accessErrorOf(http(404))).toBe("notFound");
    expect(accessErrorOf(http(403))).toBe("forbidden");
    expect(accessErrorOf(http(401))).toBeUndefined();
    expect(accessErrorOf(network)).toBeUndefined();
  });
});

describe("ErrorState", () => {
  const access = {
    notFoundTitle: "No such customer",
    forbiddenTitle: "Not yours",
    notFoundDetail: "Check the id.",
  };

  test("title, detail, request id and a retry that calls back", async () => {
    const onRetry = vi.fn();
    render(
      <ErrorState title="Could not load" detail="Try again." error={http(500, "req_1")} onRetry={onRetry} />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not load");
    expect(alert).toHaveTextContent("Try again.");
    expect(alert).toHaveTextContent("Request id: req_1");
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test("children take the detail's place; the request id has the class asked for", () => {
    const { container } = render(
      <ErrorState title="Bad" detail="never shown" error={http(500, "req_2")} requestIdClassName="my-id">
        <p>Given data was wrong</p>
      </ErrorState>,
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("never shown");
    expect(screen.getByText("Given data was wrong")).toBeInTheDocument();
    expect(container.querySelector(".my-id")).toHaveTextContent("req_2");
  });

  test("nothing to say: no detail box", () => {
    const { container } = render(<ErrorState title="Bad" />);
    expect(container.querySelector(".sc-State-detail")).toBeNull();
  });

  test("with access words, a 404 says what it is: no retry, no request id", () => {
    render(<ErrorState title="Bad" error={http(404, "req_3")} onRetry={() => {}} access={access} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("No such customer");
    expect(alert).toHaveTextContent("Check the id.");
    expect(alert).not.toHaveTextContent("req_3");
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("with access words, a 403 without a detail shows the title alone", () => {
    const { container } = render(
      <ErrorState title="Bad" error={http(403)} onRetry={() => {}} access={access} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Not yours");
    expect(container.querySelector(".sc-State-detail")).toBeNull();
  });

  test("without access words, a 404 is like any other error", () => {
    render(<ErrorState title="Bad" error={http(404)} onRetry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Bad");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

describe("useControllableState", () => {
  test("uncontrolled: keeps its own value and tells onChange, with the details", () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState<number, [string]>(undefined, 1, onChange));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2, "why"));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2, "why");
  });

  test("controlled: shows the prop, only tells onChange; null is a controlled value", () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }: { value: string | null | undefined }) =>
        useControllableState<string | null>(value, "own", onChange),
      { initialProps: { value: null as string | null | undefined } },
    );
    expect(result.current[0]).toBeNull();
    act(() => result.current[1]("next"));
    expect(result.current[0]).toBeNull();
    expect(onChange).toHaveBeenCalledWith("next");
    rerender({ value: "host" });
    expect(result.current[0]).toBe("host");
  });

  test("the setter keeps its identity and calls the latest onChange", () => {
    const first = vi.fn();
    const second = vi.fn();
    const { result, rerender } = renderHook(({ cb }) => useControllableState<number>(undefined, 0, cb), {
      initialProps: { cb: first },
    });
    const setter = result.current[1];
    rerender({ cb: second });
    expect(result.current[1]).toBe(setter);
    act(() => setter(5));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(5);
  });

  test("a function value is stored as a value, not called as an updater", () => {
    const { result } = renderHook(() => useControllableState<() => string>(undefined, () => () => "a"));
    act(() => result.current[1](() => "b"));
    expect(result.current[0]()).toBe("b");
  });
});
