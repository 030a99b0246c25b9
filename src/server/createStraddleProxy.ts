import { randomId } from "../api/ids.js";
import { resolveProxyConfig } from "./config.js";
import { normalizeDeviceIp, withDeviceIp } from "./deviceIp.js";
import { proxyError } from "./errors.js";
import { jsonBody } from "./jsonBody.js";
import type {
  ProxyErrorEvent,
  StraddleProxyHandler,
  StraddleProxyOptions,
  UnmaskAuditInfo,
} from "./options.js";
import { listQuery, ok, refuse, type Step, traceHeaders } from "./requestChecks.js";
import { CUSTOMER_ID_PATTERN, matchRoute, type StraddleEndpoint } from "./routes.js";
import { createForward } from "./upstream.js";

/*
 * The proxy's jobs, one file each: the options (`options.ts`, checked in `config.ts`), the
 * route and allowlist (`routes.ts`, from the endpoint table in `src/api/endpointTable.ts`),
 * the header and query checks (`requestChecks.ts`), the body limits (`jsonBody.ts`), the
 * upstream call and header pass-through (`upstream.ts`, `passThroughHeaders.ts`) and the error
 * envelopes (`errors.ts`). This file runs them in order.
 */

/**
 * Creates the server half of the library: a Web-standard `(request: Request) => Promise<Response>`
 * that forwards the nine Customers endpoints to Straddle with the server's API key, and
 * nothing else.
 *
 * **What is forwarded.** Only `GET|POST /v1/customers`, `GET|PUT|DELETE /v1/customers/{id}`,
 * `GET /v1/customers/{id}/unmasked`, `GET|PATCH /v1/customers/{id}/review` and
 * `PUT /v1/customers/{id}/refresh_review` under `basePath`, with `{id}` a UUID (see
 * `matchRoute` for the exact path rules: no `..`, encoded slashes or dots, backslashes,
 * `//`, trailing `/`, `;`, control characters, fragments). Any other path → 404; a known path
 * with another method (including `HEAD` and `OPTIONS`: the proxy answers no CORS preflight,
 * it is meant to be same-origin) → 405 with `Allow`. Neither ever contacts Straddle. The
 * upstream path is rebuilt from the match, never copied from the request.
 *
 * **Order of checks**: route (404/405) → `allow` (403) → `allowUnmask` (403) → `beforeForward`
 * → headers (400) → list query (400) → body (415/413/400) → `deviceIp` (create, update) →
 * `resolveAccountId` → `onUnmask` → Straddle.
 *
 * **Headers sent upstream**: `Authorization: Bearer <apiKey>`, `Accept: application/json`,
 * `Content-Type: application/json` (with a body), `Straddle-Account-Id` from
 * `resolveAccountId` only, `Request-Id` (the client's, or generated), `Correlation-Id`, and
 * `Idempotency-Key` on create/update/delete/decision/refresh_review. Nothing else: no cookies,
 * no client `Authorization` or `Straddle-Account-Id`, no `Host`/`X-Forwarded-*`.
 *
 * **Query**: on `GET /v1/customers` only the documented parameters (`created_from`,
 * `created_to`, `email`, `external_id`, `name`, `page_number`, `page_size`, `search_text`,
 * `sort_by`, `sort_order`, `status`, `types`); none on other endpoints.
 *
 * **Body**: only create, update and decision carry one (a JSON object, `maxBodyBytes`); any
 * body sent to the other endpoints is ignored. Requiring `application/json` also means a
 * cross-site HTML form cannot make a mutation through the proxy (it would need a CORS
 * preflight, which is refused).
 *
 * **Responses**: Straddle's status and JSON body pass through with
 * `content-type: application/json`, `cache-control: no-store`, `x-content-type-options:
 * nosniff` and, when well-formed, Straddle's `idempotent-replayed`, `retry-after` and
 * rate-limit headers (`passedResponseHeaders`); no other upstream header (no `set-cookie`, no
 * hop-by-hop headers). An upstream error with an empty or non-JSON body (Straddle's 401 has an
 * empty body) keeps its status with a generated envelope. Redirects and non-JSON successes →
 * 502. A network failure → 502, no full answer within `timeoutMs` → 504. Every error the
 * proxy makes is in Straddle's envelope
 * (`{ error: { status, type, title, detail }, meta: { api_request_id, api_request_timestamp }, response_type: "error" }`),
 * so the client library reads it like an API error; 401/403/404/405/5xx details are fixed
 * sentences that never say which rule refused, and nothing ever contains the API key.
 *
 * Throws a `TypeError` at creation for a missing key or an invalid option.
 *
 * @example
 * // app/api/straddle/[...path]/route.ts (Next.js App Router)
 * const proxy = createStraddleProxy({
 *   apiKey: process.env.STRADDLE_API_KEY!,
 *   environment: "sandbox",
 *   resolveAccountId: async (request) => (await getSession(request)).straddleAccountId,
 *   allowUnmask: async (request) => (await getSession(request)).roles.includes("compliance"),
 *   onUnmask: (info) => audit.log("straddle.unmask", info),
 * });
 * export const dynamic = "force-dynamic";
 * export { proxy as GET, proxy as POST, proxy as PUT, proxy as PATCH, proxy as DELETE };
 *
 * @example
 * // Hono / Bun / Deno: the handler is a plain (Request) => Promise<Response>
 * app.all("/api/straddle/*", (c) => proxy(c.req.raw));
 * Bun.serve({ fetch: proxy });
 *
 * @example
 * // Express or node:http: see toNodeHandler
 * app.use("/api/straddle", toNodeHandler(proxy)); // before express.json()
 */
export function createStraddleProxy(options: StraddleProxyOptions): StraddleProxyHandler {
  const config = resolveProxyConfig(options);
  const {
    authorization,
    origin,
    basePath,
    maxBodyBytes,
    allow,
    allowed,
    allowUnmask,
    resolveAccountId,
    onUnmask,
    onError,
    deviceIp,
    beforeForward,
    rewriteCreate,
  } = config;

  const report = (event: ProxyErrorEvent) => {
    try {
      onError?.(event);
    } catch {
      // A logging hook must not change the answer.
    }
  };

  const forward = createForward(config.upstreamFetch, config.timeoutMs, report);

  /** Runs a host hook; a throw becomes a quiet 500 (reported to onError). */
  async function hook<T>(
    name: NonNullable<ProxyErrorEvent["hook"]>,
    endpoint: StraddleEndpoint,
    requestId: string,
    run: () => T | Promise<T>,
  ): Promise<Step<T>> {
    try {
      return ok(await run());
    } catch (error) {
      report({ kind: "hook_failed", hook: name, endpoint, requestId, error });
      return refuse(proxyError(500));
    }
  }

  return async function straddleProxy(request: Request): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return proxyError(404);
    }
    if (request.url.includes("#") || !url.pathname.startsWith(`${basePath}/`)) return proxyError(404);
    const match = matchRoute(request.method, url.pathname.slice(basePath.length));
    if (match.kind === "not_found") return proxyError(404);
    if (match.kind === "method_not_allowed")
      return proxyError(405, undefined, { allow: match.allow.join(", ") });
    const { rule, customerId, path } = match;
    const { name: endpoint } = rule;

    const traced = traceHeaders(request, rule);
    const requestId = traced.ok ? (traced.value["Request-Id"] ?? randomId()) : randomId();

    const permitted = await hook("allow", endpoint, requestId, () =>
      allowed ? allowed.has(endpoint) : typeof allow === "function" ? allow(endpoint, request) : true,
    );
    if (!permitted.ok) return permitted.response;
    if (permitted.value !== true) return proxyError(403);

    if (endpoint === "customers.unmasked") {
      const id = customerId ?? "";
      const unmask = await hook("allowUnmask", endpoint, requestId, () =>
        typeof allowUnmask === "function" ? allowUnmask(request, id) : allowUnmask,
      );
      if (!unmask.ok) return unmask.response;
      if (unmask.value !== true) return proxyError(403);
    }

    if (beforeForward) {
      const answer = await hook("beforeForward", endpoint, requestId, () => beforeForward(request, endpoint));
      if (!answer.ok) return answer.response;
      if (answer.value instanceof Response) return answer.value;
      if (answer.value !== undefined) {
        report({ kind: "hook_failed", hook: "beforeForward", endpoint, requestId });
        return proxyError(500);
      }
    }

    if (!traced.ok) return traced.response;
    const headers: Record<string, string> = {
      Authorization: authorization,
      Accept: "application/json",
      ...traced.value,
    };

    const query = rule.query.length > 0 ? listQuery(url.searchParams) : ok("");
    if (!query.ok) return query.response;

    let body: string | undefined;
    if (rule.body) {
      const read = await jsonBody(request, maxBodyBytes);
      if (!read.ok) return read.response;
      body = read.value;
      headers["Content-Type"] = "application/json";
    }

    if (rewriteCreate && body !== undefined && endpoint === "customers.create") {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      const rewritten = await hook("hostFields", endpoint, requestId, () => rewriteCreate(parsed, request));
      if (!rewritten.ok) return rewritten.response;
      body = JSON.stringify(rewritten.value);
    }

    if (
      deviceIp &&
      body !== undefined &&
      (endpoint === "customers.create" || endpoint === "customers.update")
    ) {
      const resolved = await hook("deviceIp", endpoint, requestId, () => deviceIp(request));
      if (!resolved.ok) return resolved.response;
      const ip = normalizeDeviceIp(resolved.value);
      if (ip === undefined) {
        report({ kind: "invalid_device_ip", endpoint, requestId });
        return proxyError(500);
      }
      body = withDeviceIp(body, ip);
    }

    let accountId: string | undefined;
    if (resolveAccountId) {
      const resolved = await hook("resolveAccountId", endpoint, requestId, () => resolveAccountId(request));
      if (!resolved.ok) return resolved.response;
      if (resolved.value !== undefined && resolved.value !== null) {
        if (typeof resolved.value !== "string" || !CUSTOMER_ID_PATTERN.test(resolved.value)) {
          report({ kind: "invalid_account_id", endpoint, requestId });
          return proxyError(500);
        }
        accountId = resolved.value;
        headers["Straddle-Account-Id"] = accountId;
      }
    }

    if (endpoint === "customers.unmasked" && onUnmask) {
      const info: UnmaskAuditInfo = {
        customerId: customerId ?? "",
        accountId,
        requestId,
        correlationId: traced.value["Correlation-Id"],
        at: new Date().toISOString(),
      };
      const audited = await hook("onUnmask", endpoint, requestId, () => onUnmask(info, request));
      if (!audited.ok) return audited.response;
    }

    const init: RequestInit = { method: rule.method, headers, redirect: "manual" };
    if (body !== undefined) init.body = body;
    return forward(endpoint, requestId, `${origin}${path}${query.value}`, init, request.signal);
  };
}
