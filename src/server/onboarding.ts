import { randomId } from "../api/ids.js";
import { createStraddleProxy } from "./createStraddleProxy.js";
import type { DeviceIpResolver } from "./deviceIp.js";
import { proxyError, responseHeaders } from "./errors.js";
import { createBodyRewrites } from "./internal.js";
import type { StraddleProxyHandler, StraddleProxyOptions } from "./options.js";
import { CUSTOMER_ID_PATTERN } from "./routes.js";

/** The default body cap of the onboarding route: 16 KiB (a sign-up is far smaller). */
export const ONBOARDING_MAX_BODY_BYTES = 16 * 1024;

/**
 * What the applicant learns about their application: its id and that it was received. Never
 * the screening outcome (`status`), never the stored details.
 */
export interface OnboardingResult {
  id: string;
  state: "received";
}

/**
 * Options of the anonymous onboarding route: those of `createStraddleProxy` without the ones
 * the preset decides (`allow`, `allowUnmask`, `onUnmask`), and `deviceIp` required — on a
 * public form the IP must come from the server.
 */
export interface OnboardingProxyOptions
  extends Omit<StraddleProxyOptions, "allow" | "allowUnmask" | "onUnmask" | "deviceIp"> {
  /** Required here: see `StraddleProxyOptions.deviceIp` and `deviceIpFrom`. */
  deviceIp: DeviceIpResolver;
  /** Largest accepted body. Default `ONBOARDING_MAX_BODY_BYTES` (16 KiB); larger → 413. */
  maxBodyBytes?: number | undefined;
  /**
   * The fields only the host decides. Whatever the applicant sends in `external_id`,
   * `metadata` and `config` (`processing_method: "skip"` would skip the screening) is always
   * dropped; what this returns (may be async; read your own session, referral, campaign) is
   * sent instead. A throw is a 500.
   */
  hostFields?:
    | ((request: Request) => OnboardingHostFields | undefined | Promise<OnboardingHostFields | undefined>)
    | undefined;
}

/** What the host may set on an application (see `OnboardingProxyOptions.hostFields`). */
export interface OnboardingHostFields {
  external_id?: string | undefined;
  metadata?: Record<string, string> | undefined;
  config?:
    | {
        processing_method?: "inline" | "background" | "skip" | undefined;
        sandbox_outcome?: "standard" | "verified" | "rejected" | "review" | undefined;
      }
    | undefined;
}

/** Fields of a create body an applicant may never set. */
const HOST_ONLY = ["external_id", "metadata", "config", "status"];

/** Error details an applicant may read: problems with what they sent. */
const DETAILED = new Set([400, 413, 415, 422]);

const json = (body: unknown, status: number, extra?: Record<string, string>) =>
  new Response(JSON.stringify(body), { status, headers: responseHeaders(extra) });

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const text = (value: unknown, max = 500) =>
  typeof value === "string" && value.length <= max ? value : undefined;

/** Only the fields the client library reads from an error item. */
function items(value: unknown): { reference: string; detail: string }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: { reference: string; detail: string }[] = [];
  for (const item of value.slice(0, 50)) {
    const entry = record(item);
    const reference = text(entry?.reference, 200);
    const detail = text(entry?.detail);
    if (reference !== undefined && detail !== undefined) out.push({ reference, detail });
  }
  return out;
}

/**
 * Rewrites an answer into what the applicant may see. A success keeps its status and becomes
 * `{ data: { id, state: "received" } }`; an error keeps status, type and title, and its detail
 * and field items only when they are about the applicant's own input (400, 413, 415, 422).
 */
async function applicantView(response: Response): Promise<Response> {
  const extra: Record<string, string> = {};
  const retryAfter = response.headers.get("retry-after");
  if (retryAfter) extra["retry-after"] = retryAfter;
  const status = response.status;
  const body = record(parse(await response.text()));
  const meta = record(body?.meta);
  const requestId = text(meta?.api_request_id, 128) ?? randomId();
  if (status >= 200 && status < 300) {
    const id = record(body?.data)?.id;
    if (typeof id !== "string" || !CUSTOMER_ID_PATTERN.test(id)) return proxyError(502);
    const result: OnboardingResult = { id, state: "received" };
    return json(
      { data: result, meta: { api_request_id: requestId }, response_type: "object" },
      status,
      extra,
    );
  }
  const error = record(body?.error);
  if (status < 400 || status > 599 || !error) return proxyError(status >= 500 ? 502 : 400);
  const detailed = DETAILED.has(status);
  const found = detailed ? items(error.items) : undefined;
  return json(
    {
      error: {
        status,
        type: text(error.type, 100) ?? "/error",
        title: text(error.title, 200) ?? "Request Failed",
        ...(detailed && text(error.detail) ? { detail: text(error.detail) } : {}),
        ...(found && found.length > 0 ? { items: found } : {}),
      },
      meta: {
        api_request_id: requestId,
        api_request_timestamp: text(meta?.api_request_timestamp, 64) ?? new Date().toISOString(),
      },
      response_type: "error",
    },
    status,
    extra,
  );
}

/**
 * The anonymous onboarding route: a public endpoint where anyone may **create** a customer
 * and nobody may read one. Built on `createStraddleProxy` (same checks, same error envelope),
 * with:
 *
 * - only `POST /v1/customers` (every other endpoint → 403, unmask never; nothing is forwarded);
 * - `device.ip_address` always from `deviceIp` (required), whatever the client sent;
 * - `external_id`, `metadata` and `config` never from the applicant: only `hostFields` sets them;
 * - a tighter body cap (16 KiB by default);
 * - an `Idempotency-Key` required (missing → 400), so the form's retries never create twice;
 * - the answer stripped to `{ data: { id, state: "received" } }`: no screening outcome, no
 *   stored PII; errors keep only what concerns the applicant's own input;
 * - `beforeForward` first, for the host's rate limit or bot check (return a `Response` to refuse).
 *
 * Mount it on its own path (e.g. `/api/onboarding`), apart from the staff proxy, and point the
 * public form's fetcher at it: `createFetchFetcher({ baseUrl: "/api/onboarding" })`.
 *
 * @example
 * const onboarding = createOnboardingProxy({
 *   apiKey: process.env.STRADDLE_API_KEY!,
 *   environment: "production",
 *   basePath: "/api/onboarding",
 *   deviceIp: deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 1 }),
 *   beforeForward: (request) => rateLimit(request), // a 429 Response, or undefined
 * });
 */
export function createOnboardingProxy(options: OnboardingProxyOptions): StraddleProxyHandler {
  if (typeof options?.deviceIp !== "function") {
    throw new TypeError(
      "createOnboardingProxy: deviceIp is required (the applicant's IP must come from the server; see deviceIpFrom).",
    );
  }
  const { beforeForward, hostFields } = options;
  // The host's own answers (a 429 from its rate limit) go out as the host made them.
  const hostAnswers = new WeakSet<Response>();
  const { hostFields: _hostFields, ...proxyOptions } = options;
  const innerOptions: StraddleProxyOptions = {
    ...proxyOptions,
    maxBodyBytes: options.maxBodyBytes ?? ONBOARDING_MAX_BODY_BYTES,
    allow: ["customers.create"],
    allowUnmask: false,
    beforeForward: async (request, endpoint) => {
      const answer = await beforeForward?.(request, endpoint);
      if (answer instanceof Response) hostAnswers.add(answer);
      if (answer !== undefined) return answer;
      if (request.headers.get("Idempotency-Key") === null) {
        return proxyError(400, "An Idempotency-Key header is required.");
      }
      return undefined;
    },
  };
  createBodyRewrites.set(innerOptions, async (body, request) => {
    const kept = Object.fromEntries(Object.entries(body).filter(([key]) => !HOST_ONLY.includes(key)));
    const fixed = (await hostFields?.(request)) ?? {};
    for (const key of ["external_id", "metadata", "config"] as const) {
      if (fixed[key] !== undefined) kept[key] = fixed[key];
    }
    return kept;
  });
  const inner = createStraddleProxy(innerOptions);
  return async function onboardingProxy(request: Request): Promise<Response> {
    const response = await inner(request);
    return hostAnswers.has(response) ? response : applicantView(response);
  };
}
