import { customersEndpoints } from "../api/endpointNames.js";
import { createRequestSchemas, type QueryValue, type StraddleRequest } from "../api/index.js";
import type { Handler, SandboxContext } from "./context.js";
import {
  createCustomerHandler,
  deleteCustomerHandler,
  getCustomerHandler,
  getUnmaskedHandler,
  updateCustomerHandler,
} from "./customerHandlers.js";
import { createFailureQueue, injectedResult } from "./failures.js";
import { createSandboxFetch } from "./fetchAdapter.js";
import {
  createIdempotencyCache,
  IDEMPOTENCY_KEY_MAX,
  IDEMPOTENCY_KEY_MIN,
  stableJson,
} from "./idempotency.js";
import { abortError, wait } from "./latency.js";
import { listCustomersHandler } from "./listHandler.js";
import { createRandom } from "./random.js";
import { cloneJson } from "./render.js";
import { failure, type SandboxResult, toResponse } from "./responses.js";
import { decideReviewHandler, getReviewHandler, refreshReviewHandler } from "./reviewHandlers.js";
import { matchRoute, type SandboxRoute } from "./router.js";
import { createSeedRecords } from "./seed.js";
import { createStore, type SandboxStore } from "./store.js";
import { sandboxTimestamp } from "./timestamps.js";
import type {
  SandboxCustomerRecord,
  SandboxEndpoint,
  SandboxFailureSpec,
  SandboxFetcher,
  SandboxOptions,
  SandboxRequestLogEntry,
} from "./types.js";
import { createWireSchemas, type WireSchemas } from "./wire.js";

export interface Sandbox {
  /** Hand this to `StraddleProvider` / the api functions: resolves to real `Response`s. */
  fetcher: SandboxFetcher;
  /** The same sandbox behind a `fetch`-shaped function (for proxies and HTTP-level code). */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Read and seed customers directly. */
  store: SandboxStore;
  /** Every request received, oldest first (cleared by `reset()`). */
  readonly requests: readonly SandboxRequestLogEntry[];
  /** The logged requests of one endpoint. */
  requestsTo(endpoint: SandboxEndpoint): SandboxRequestLogEntry[];
  /** Back to the initial records; clears the request log, idempotency keys and every armed failure. */
  reset(): void;
  /** Makes the next `times` (default 1) calls of `endpoint` fail. */
  fail(endpoint: SandboxEndpoint, spec?: SandboxFailureSpec): void;
  /** Simulated response time in ms for the following requests. */
  setLatency(ms: number): void;
}

const RANDOM_SEED = 0x5eed_c0de;

// Both are pure and deterministic, so every sandbox shares one copy (the store clones records).
let seedRecords: readonly SandboxCustomerRecord[] | undefined;
let requestSchemas: WireSchemas | undefined;
function sharedSeed(): readonly SandboxCustomerRecord[] {
  seedRecords ??= createSeedRecords();
  return seedRecords;
}
function sharedSchemas(): WireSchemas {
  requestSchemas ??= createWireSchemas(createRequestSchemas());
  return requestSchemas;
}
/** The endpoints that take an `Idempotency-Key` (the endpoint table's `idempotent`). */
const MUTATIONS = new Set<SandboxEndpoint>(
  customersEndpoints.filter((endpoint) => endpoint.idempotent).map((endpoint) => endpoint.name),
);

const handlers: Record<SandboxEndpoint, Handler> = {
  "customers.get": getCustomerHandler,
  "customers.create": createCustomerHandler,
  "customers.update": updateCustomerHandler,
  "customers.delete": deleteCustomerHandler,
  "customers.list": listCustomersHandler,
  "customers.unmasked": getUnmaskedHandler,
  "customers.review.get": getReviewHandler,
  "customers.review.decision": decideReviewHandler,
  "customers.review.refresh_review": refreshReviewHandler,
};

function queryStrings(query: StraddleRequest["query"], fromPath: string): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(new URLSearchParams(fromPath));
  for (const [key, value] of Object.entries(query ?? {}) as [string, QueryValue][]) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** A request after decoding, before dispatch. */
interface Incoming {
  request: StraddleRequest;
  method: string;
  path: string;
  route: SandboxRoute | null;
  query: Record<string, string>;
  body: unknown;
  invalidJson: boolean;
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** A JSON string body is decoded; `invalid` when it is not JSON. */
function decodeBody(body: unknown): { body: unknown; invalid: boolean } {
  if (typeof body !== "string") return { body, invalid: false };
  try {
    return { body: JSON.parse(body), invalid: false };
  } catch {
    return { body, invalid: true };
  }
}

/**
 * An in-memory Straddle Customers API: the library's real request/response path runs against
 * it, with validation, masking, screening, pagination, idempotency, delays and injected
 * failures behaving like the API. No network, no key; every instance is independent.
 *
 * Order of work per request: log it → wait `latency` (abortable) → 404 if no route → an armed
 * failure → Idempotency-Key (mutations: 10–40 characters; the same key and body replays the
 * stored answer with `Idempotent-Replayed: true`, the same key with another request is a 409
 * `/conflict`) → the endpoint.
 * Behaviour of each endpoint: see its handler (customerHandlers, listHandler, reviewHandlers);
 * the screening rules: `standardScreeningRules`.
 *
 * @example
 * const sandbox = createSandbox({ latency: 300 });
 * sandbox.fail("customers.review.decision", { status: 500 });
 * <StraddleProvider fetcher={sandbox.fetcher}>…</StraddleProvider>
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? (() => new Date());
  let latency = options.latency ?? 0;
  let random = createRandom(RANDOM_SEED);
  const store = createStore();
  const log: SandboxRequestLogEntry[] = [];
  const failures = createFailureQueue();
  const idempotency = createIdempotencyCache();
  const ctx: SandboxContext = {
    store,
    schemas: sharedSchemas(),
    settings: {
      backgroundDelayMs: options.backgroundDelayMs ?? 1500,
      refreshDelayMs: options.refreshDelayMs ?? 300,
      unmaskEnabled: options.unmaskEnabled ?? true,
    },
    nowMs: () => now().getTime(),
    stampAt: (ms) => sandboxTimestamp(ms, random.int(0, 9999)),
    stamp: () => sandboxTimestamp(now().getTime(), random.int(0, 9999)),
    uuid: () => random.uuid(),
  };

  const loadRecords = () => {
    store.clear();
    if (options.seed ?? true) for (const record of sharedSeed()) store.put(record);
    for (const record of options.records ?? []) store.put(record);
  };
  loadRecords();
  for (const armed of options.failures ?? []) failures.arm(armed);

  function dispatch(incoming: Incoming): SandboxResult {
    const { request, method, path, route, query, body } = incoming;
    const style = method === "GET" ? "get" : "post";
    if (incoming.invalidJson) return failure(ctx, style, 400, "The request body is not valid JSON.");
    if (!route) return failure(ctx, style, 404, `No endpoint matches ${method} ${path}.`);
    const injected = failures.take(route.endpoint);
    if (injected?.network) throw new TypeError("Failed to fetch");
    if (injected) return injectedResult(ctx, style, injected);
    const run = (): SandboxResult => handlers[route.endpoint](ctx, { route, style, query, body });
    const key = header(request.headers, "Idempotency-Key");
    if (!MUTATIONS.has(route.endpoint) || key === undefined) return run();
    if (key.length < IDEMPOTENCY_KEY_MIN || key.length > IDEMPOTENCY_KEY_MAX) {
      return failure(ctx, style, 400, "The Idempotency-Key header value is not valid.");
    }
    const described = `${method} ${path}`;
    const fingerprint = `${described} ${stableJson(body)}`;
    const seen = idempotency.lookup(key, fingerprint);
    if (seen.kind === "replay") {
      return { ...seen.result, headers: { ...seen.result.headers, "Idempotent-Replayed": "true" } };
    }
    if (seen.kind === "conflict") {
      return failure(
        ctx,
        style,
        409,
        `This Idempotency-Key was already used for another request (${seen.request} with a different body); use a new key for a new request.`,
      );
    }
    const result = run();
    idempotency.remember(key, fingerprint, described, result);
    return result;
  }

  const fetcher: SandboxFetcher = async (request) => {
    const rawPath = String(request.path);
    const q = rawPath.indexOf("?");
    const path = q >= 0 ? rawPath.slice(0, q) : rawPath;
    const query = queryStrings(request.query, q >= 0 ? rawPath.slice(q + 1) : "");
    const decoded = decodeBody(request.body);
    const method = String(request.method).toUpperCase();
    const route = matchRoute(method, path);
    log.push({
      endpoint: route?.endpoint ?? null,
      method,
      path,
      customerId: route?.id,
      query,
      headers: { ...request.headers },
      body: cloneJson(decoded.body),
    });
    await wait(latency, request.signal);
    if (request.signal?.aborted) throw abortError();
    return toResponse(
      dispatch({ request, method, path, route, query, body: decoded.body, invalidJson: decoded.invalid }),
    );
  };

  return {
    fetcher,
    fetch: createSandboxFetch(fetcher),
    store,
    requests: log,
    requestsTo: (endpoint) => log.filter((entry) => entry.endpoint === endpoint),
    reset() {
      random = createRandom(RANDOM_SEED);
      loadRecords();
      log.length = 0;
      failures.clear();
      idempotency.clear();
    },
    fail(endpoint, spec = {}) {
      failures.arm({ ...spec, endpoint });
    },
    setLatency(ms) {
      latency = Math.max(0, ms);
    },
  };
}
