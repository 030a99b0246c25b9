import { type CreateBodyRewrite, createBodyRewrites } from "./internal.js";
import { type StraddleProxyOptions, straddleBaseUrls, type UpstreamFetch } from "./options.js";
import { isPrintableAscii } from "./requestChecks.js";
import { straddleEndpoints } from "./routes.js";

/**
 * `createStraddleProxy`'s options, checked once at creation (a `TypeError` for a missing key
 * or an invalid option) and turned into what the handler needs.
 */

const DEFAULT_BASE_PATH = "/api/straddle";
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;

const BASE_PATH = /^(?:\/[A-Za-z0-9._~-]+)*$/;

function fail(message: string): never {
  throw new TypeError(`createStraddleProxy: ${message}`);
}

function normaliseBasePath(value: string | undefined): string {
  if (value === undefined) return DEFAULT_BASE_PATH;
  if (typeof value !== "string") fail("basePath must be a string such as /api/straddle.");
  const trimmed = value === "/" ? "" : value.replace(/\/$/, "");
  const segments = trimmed.split("/").slice(1);
  if (!BASE_PATH.test(trimmed) || segments.some((segment) => segment === "." || segment === "..")) {
    fail('basePath must look like "/api/straddle": segments of A-Z a-z 0-9 . _ ~ - only.');
  }
  return trimmed;
}

function upstreamOrigin(options: StraddleProxyOptions): string {
  if (options.baseUrl === undefined) {
    const url = straddleBaseUrls[options.environment];
    if (!Object.hasOwn(straddleBaseUrls, options.environment) || !url) {
      fail('environment must be "sandbox" or "production" (or give a baseUrl).');
    }
    return url;
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    return fail("baseUrl must be an absolute http(s) URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") fail("baseUrl must be an http(s) URL.");
  if (url.search || url.hash || url.username || url.password) {
    fail("baseUrl must not contain a query, a fragment or credentials.");
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0)
    fail(`${name} must be a positive number.`);
  return value;
}

/** The options after the checks, with their defaults in place. */
export interface ProxyConfig
  extends Pick<
    StraddleProxyOptions,
    "allow" | "resolveAccountId" | "onUnmask" | "onError" | "deviceIp" | "beforeForward"
  > {
  /** The upstream `Authorization` header. */
  authorization: string;
  /** The upstream origin and path prefix, without a trailing `/`. */
  origin: string;
  basePath: string;
  maxBodyBytes: number;
  timeoutMs: number;
  upstreamFetch: UpstreamFetch;
  allowUnmask: NonNullable<StraddleProxyOptions["allowUnmask"]>;
  /** `allow` given as a list. */
  allowed: ReadonlySet<string> | undefined;
  /** A preset's rewrite of the create body (`createOnboardingProxy`). */
  rewriteCreate: CreateBodyRewrite | undefined;
}

/** Checks every option (in this order) and fills in the defaults. */
export function resolveProxyConfig(options: StraddleProxyOptions): ProxyConfig {
  if (
    typeof options?.apiKey !== "string" ||
    options.apiKey === "" ||
    !isPrintableAscii(options.apiKey, false)
  ) {
    fail("apiKey must be a non-empty string without spaces or control characters.");
  }
  const config: ProxyConfig = {
    allow: options.allow,
    resolveAccountId: options.resolveAccountId,
    onUnmask: options.onUnmask,
    onError: options.onError,
    deviceIp: options.deviceIp,
    beforeForward: options.beforeForward,
    authorization: `Bearer ${options.apiKey}`,
    origin: upstreamOrigin(options),
    basePath: normaliseBasePath(options.basePath),
    maxBodyBytes: positive(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, "maxBodyBytes"),
    timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS, "timeoutMs"),
    upstreamFetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    allowUnmask: options.allowUnmask ?? false,
    allowed: Array.isArray(options.allow) ? new Set<string>(options.allow) : undefined,
    rewriteCreate: createBodyRewrites.get(options),
  };
  const { deviceIp, beforeForward, allow, allowed } = config;
  if (deviceIp !== undefined && typeof deviceIp !== "function") fail("deviceIp must be a function.");
  if (beforeForward !== undefined && typeof beforeForward !== "function")
    fail("beforeForward must be a function.");
  for (const name of allowed ?? []) {
    if (!(straddleEndpoints as readonly string[]).includes(name))
      fail(`allow lists an unknown endpoint: ${name}.`);
  }
  if (allow !== undefined && !allowed && typeof allow !== "function")
    fail("allow must be a list or a function.");
  return config;
}
