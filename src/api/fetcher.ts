export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type QueryValue = string | number | readonly string[] | undefined;

/** What the library hands to the host's fetcher: everything needed to make one API call. */
export interface StraddleRequest {
  method: HttpMethod;
  /** `/v1/customers/3c90…/review`, ids already URL-encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  /** JSON-serialisable. */
  body?: unknown;
  /** `Idempotency-Key`, `Request-Id`, `Correlation-Id`, `Straddle-Account-Id`. */
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The host's transport. Resolve to a `fetch` `Response` (the library reads its status and
 * JSON) or to the decoded JSON body (then throw on errors yourself; a thrown object with a
 * numeric `status` and an optional `body` is read like a response).
 */
export type StraddleFetcher = (request: StraddleRequest) => Promise<Response | unknown>;

export interface FetchFetcherOptions {
  /** Where the host's proxy is mounted, e.g. `/api/straddle` or `https://host.example/api/straddle`. */
  baseUrl: string;
  /** Extra headers for every request (e.g. a CSRF token). A function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Defaults to `"same-origin"`. */
  credentials?: RequestCredentials;
}

/** Query string with arrays comma-joined (`status=review,pending`), as the official SDK sends them. */
export function buildQueryString(query: StraddleRequest["query"]): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** `baseUrl` + path + query; a trailing slash on `baseUrl` is ignored. */
export function buildUrl(baseUrl: string, request: Pick<StraddleRequest, "path" | "query">): string {
  return `${baseUrl.replace(/\/+$/, "")}${request.path}${buildQueryString(request.query)}`;
}

/** The common case: the host's backend proxies `baseUrl` to Straddle and adds the API key. */
export function createFetchFetcher(options: FetchFetcherOptions): StraddleFetcher {
  return (request) => {
    const doFetch = options.fetch ?? globalThis.fetch;
    const extra = typeof options.headers === "function" ? options.headers() : (options.headers ?? {});
    const headers: Record<string, string> = { Accept: "application/json", ...extra, ...request.headers };
    const init: RequestInit = {
      method: request.method,
      headers,
      credentials: options.credentials ?? "same-origin",
    };
    if (request.body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(request.body);
    }
    if (request.signal) init.signal = request.signal;
    return doFetch(buildUrl(options.baseUrl, request), init);
  };
}
