import type { HttpMethod, StraddleRequest } from "../api/index.js";
import type { SandboxFetcher } from "./types.js";

/**
 * A `fetch`-shaped front for the sandbox, for code that speaks HTTP (a server proxy, MSW,
 * a test of `createFetchFetcher`). Everything before `/v1/` in the URL is ignored, so any
 * base URL works: `sandbox.fetch("https://sandbox.straddle.com/v1/customers?status=review")`.
 */
export function createSandboxFetch(fetcher: SandboxFetcher) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const source = typeof Request !== "undefined" && input instanceof Request ? input : undefined;
    const href =
      typeof input === "string" ? input : input instanceof URL ? input.href : (source?.url ?? String(input));
    const url = new URL(href, "http://sandbox.invalid");
    const at = url.pathname.indexOf("/v1/");
    const path = at >= 0 ? url.pathname.slice(at) : url.pathname;
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? source?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const rawBody =
      init?.body !== undefined && init.body !== null ? init.body : source ? await source.text() : undefined;
    const text =
      typeof rawBody === "string"
        ? rawBody
        : rawBody === undefined
          ? undefined
          : await new Response(rawBody).text();
    const request: StraddleRequest = {
      method: (init?.method ?? source?.method ?? "GET").toUpperCase() as HttpMethod,
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
    };
    if (text !== undefined && text !== "") request.body = text;
    const signal = init?.signal ?? source?.signal;
    if (signal) request.signal = signal;
    return fetcher(request);
  };
}
