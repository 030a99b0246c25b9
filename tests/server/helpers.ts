import { vi } from "vitest";
import { createSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox";
import { createStraddleProxy, type StraddleProxyOptions, type UpstreamFetch } from "../../src/server";

/** A key the tests look for in every response: it must never appear. */
export const API_KEY = "sk_test_proxy_secret_0123456789abcdef";
export const ORIGIN = "http://host.test";
export const BASE = `${ORIGIN}/api/straddle`;
export const SANDBOX_URL = "https://sandbox.straddle.com";
/** A platform's connected account, as the host's session would know it. */
export const ACCOUNT_ID = "0b7f1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";
export const OTHER_ACCOUNT_ID = "ffffffff-0000-4000-8000-000000000000";

/** One call the upstream received. */
export interface UpstreamCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export interface SpyUpstream {
  fetch: UpstreamFetch & ReturnType<typeof vi.fn>;
  calls: UpstreamCall[];
}

/** Records every upstream call, then answers with `answer` (default: the sandbox). */
export function spyUpstream(answer: UpstreamFetch): SpyUpstream {
  const calls: UpstreamCall[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? init.body : init.body == null ? undefined : "(non-string body)",
      signal: init.signal ?? undefined,
    });
    return answer(url, init);
  });
  return { fetch: fetch as SpyUpstream["fetch"], calls };
}

export interface Rig {
  proxy: (request: Request) => Promise<Response>;
  sandbox: Sandbox;
  upstream: SpyUpstream;
}

/** A proxy whose upstream is a spy in front of a fresh sandbox. */
export function rig(options: Partial<StraddleProxyOptions> = {}, sandboxOptions?: SandboxOptions): Rig {
  const sandbox = createSandbox(sandboxOptions);
  const upstream = spyUpstream((url, init) => sandbox.fetch(url, init));
  const proxy = createStraddleProxy({
    apiKey: API_KEY,
    environment: "sandbox",
    fetch: upstream.fetch,
    ...options,
  });
  return { proxy, sandbox, upstream };
}

/** `RequestInit` with `duplex`, which Node needs for stream bodies. */
export type Init = RequestInit & { duplex?: "half" };

export function request(path: string, init: Init = {}): Request {
  return new Request(`${ORIGIN}${path}`, init);
}

export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): Init {
  return {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/** A body stream of `count` chunks of `size` bytes, so no content-length is known. */
export function chunkedBody(count: number, size: number, fill = 0x20): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === count) {
        controller.close();
        return;
      }
      sent++;
      controller.enqueue(new Uint8Array(size).fill(fill));
    },
  });
}

export interface ErrorBody {
  error: { status: number; type: string; title: string; detail?: string; items?: unknown };
  meta: { api_request_id: string; api_request_timestamp: string };
  response_type: string;
}

/** Reads a proxy-made error and checks its envelope and headers; fails on anything else. */
export async function envelopeOf(response: Response): Promise<ErrorBody> {
  const text = await response.text();
  if (text.includes(API_KEY)) throw new Error("The API key leaked into a response body.");
  for (const [, value] of response.headers) {
    if (value.includes(API_KEY)) throw new Error("The API key leaked into a response header.");
  }
  if (!(response.headers.get("content-type") ?? "").startsWith("application/json")) {
    throw new Error(`Not JSON: ${response.headers.get("content-type")}`);
  }
  if (response.headers.get("cache-control") !== "no-store") throw new Error("cache-control is not no-store");
  const body = JSON.parse(text) as ErrorBody;
  if (body.response_type !== "error" || body.error?.status !== response.status) {
    throw new Error(`Not an error envelope for ${response.status}: ${text}`);
  }
  if (!/^[0-9a-f-]{36}$/.test(body.meta?.api_request_id ?? ""))
    throw new Error("meta.api_request_id missing");
  if (Number.isNaN(Date.parse(body.meta.api_request_timestamp))) throw new Error("meta timestamp missing");
  return body;
}

/** A `Request` look-alike whose headers can hold what a real `Headers` refuses (CR/LF). */
export function forgedRequest(url: string, method: string, headers: Record<string, string>): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    url,
    method,
    headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
    body: null,
    signal: new AbortController().signal,
  } as unknown as Request;
}

/** Header names an upstream call may carry; anything else came from the client. */
export const UPSTREAM_HEADERS = [
  "accept",
  "authorization",
  "content-type",
  "correlation-id",
  "idempotency-key",
  "request-id",
  "straddle-account-id",
];

export function headerNames(headers: Headers): string[] {
  return [...headers.keys()].sort();
}
