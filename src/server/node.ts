import { rememberSocketAddress } from "./deviceIp.js";
import { proxyError } from "./errors.js";

/**
 * The parts of `http.IncomingMessage` (and Express's `Request`, which extends it) that
 * `toNodeHandler` uses. Typed structurally so the package's types do not need `@types/node`.
 */
export interface NodeIncomingMessage {
  method?: string | undefined;
  /** The request target; Express strips its mount path from it. */
  url?: string | undefined;
  /** Express: the request target before mount paths were stripped. Preferred when present. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`. */
  socket?: unknown;
  /** Set by body parsers such as `express.json()` that already consumed the stream. */
  body?: unknown;
  readableEnded?: boolean | undefined;
  // The same three overloads for both: @types/node 25+ types the events of an `IncomingMessage`,
  // and one loose `(event: string, listener: (...args: never[]) => void)` no longer matches them.
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeListener(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  removeListener(event: "end" | "close", listener: () => void): unknown;
  removeListener(event: "error", listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** The parts of `http.ServerResponse` that `toNodeHandler` uses. */
export interface NodeServerResponse {
  statusCode: number;
  headersSent?: boolean | undefined;
  writableEnded?: boolean | undefined;
  setHeader(name: string, value: string | readonly string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  once(event: "drain" | "close", listener: () => void): unknown;
  on(event: "close", listener: () => void): unknown;
  destroy?(error?: Error): unknown;
}

export interface NodeHandlerOptions {
  /**
   * Origin of the `Request` handed to the handler. Default: `http(s)://` + the `Host` header
   * when it is a plain host name or address (else `localhost`). The Straddle proxy never uses
   * it: only the path and query are read.
   */
  origin?: string | undefined;
}

export type NodeHandler = (
  req: NodeIncomingMessage,
  res: NodeServerResponse,
  next?: unknown,
) => Promise<void>;

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Path tricks the WHATWG URL parser would silently resolve (`/v1/paykeys/../customers`,
 * `%2e%2e`, `\`): a Web `Request` can no longer show them, so they are refused here, on the raw
 * request target, before a `Request` exists. Only origin-form targets (`/path?query`) pass.
 */
function isSuspiciousTarget(target: string): boolean {
  if (!target.startsWith("/") || target.startsWith("//")) return true;
  if (target.includes("\\") || target.includes("#")) return true;
  const q = target.indexOf("?");
  const path = q >= 0 ? target.slice(0, q) : target;
  return path.split("/").some((segment) => DOT_SEGMENT.test(segment));
}

function requestOrigin(req: NodeIncomingMessage, options: NodeHandlerOptions): string {
  if (options.origin) return options.origin.replace(/\/+$/, "");
  const scheme =
    (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true ? "https" : "http";
  const host = req.headers.host;
  return `${scheme}://${typeof host === "string" && HOST.test(host) ? host : "localhost"}`;
}

/** The request body as a Web stream with back-pressure; `cancel()` stops reading without destroying the socket. */
function bodyStream(req: NodeIncomingMessage, state: { ended: boolean }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup: () => void = () => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const onData = (chunk: Uint8Array | string) => {
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      const onEnd = () => {
        state.ended = true;
        cleanup();
        controller.close();
      };
      const onError = (error: Error) => {
        cleanup();
        controller.error(error);
      };
      cleanup = () => {
        req.removeListener("data", onData);
        req.removeListener("end", onEnd);
        req.removeListener("error", onError);
      };
      req.on("data", onData);
      req.on("end", onEnd);
      req.on("error", onError);
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      cleanup();
      req.pause();
    },
  });
}

function toHeaders(raw: NodeIncomingMessage["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || name.startsWith(":")) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

async function send(res: NodeServerResponse, response: Response, closeConnection: boolean): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie?.() ?? [];
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (closeConnection) res.setHeader("connection", "close");
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) await new Promise<void>((resolve) => res.once("drain", resolve));
  }
  res.end();
}

/**
 * Runs a Web-standard handler (such as `createStraddleProxy`'s) on Node's `http` server or
 * Express. Uses no dependency and no Node import: the request becomes a `Request` (method,
 * headers, the body as a stream, an `AbortSignal` that fires when the client goes away) and the
 * `Response` is written back, streamed.
 *
 * - The path comes from `req.originalUrl ?? req.url`, so under Express
 *   `app.use("/api/straddle", toNodeHandler(proxy))` keeps the full `/api/straddle/v1/…` path
 *   the proxy's `basePath` expects (Express strips the mount path from `req.url`).
 * - Raw targets the URL parser would normalise (`..`, `%2e%2e`, `\`, `#`, absolute-form,
 *   `//…`) and requests that cannot become a `Request` (`TRACE`, invalid headers) are answered
 *   404 / 405 / 400 here in the proxy's error envelope, without calling the handler.
 * - Mount it **before** `express.json()`. If a body parser already consumed the stream, its
 *   parsed `req.body` is re-serialised as JSON (the handler still checks type and size).
 * - If the handler answers before reading the whole body (e.g. 413), the response carries
 *   `Connection: close`, so Node does not keep reading the rest of an oversized body.
 * - Never calls `next`: every request under the mount gets an answer.
 *
 * @example
 * // node:http
 * http.createServer(toNodeHandler(createStraddleProxy({ apiKey, environment: "sandbox" }))).listen(3000);
 * // Express (mount path = the proxy's basePath)
 * app.use("/api/straddle", toNodeHandler(proxy));
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): NodeHandler {
  return async (req, res) => {
    const state = { ended: false };
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableEnded) controller.abort();
    });
    let response: Response;
    try {
      const request = toRequest(req, options, controller.signal, state);
      response = request instanceof Request ? await handler(request) : request;
    } catch {
      response = proxyError(500);
    }
    try {
      await send(res, response, !state.ended && !req.readableEnded);
    } catch {
      res.destroy?.();
    }
  };
}

function hasBody(req: NodeIncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (
    req.headers["transfer-encoding"] !== undefined || (typeof length === "string" && length.trim() !== "0")
  );
}

/** The `Request` for the handler, or the error `Response` when there can be none. */
function toRequest(
  req: NodeIncomingMessage,
  options: NodeHandlerOptions,
  signal: AbortSignal,
  state: { ended: boolean },
): Request | Response {
  const target = req.originalUrl ?? req.url ?? "";
  const method = req.method ?? "GET";
  if (isSuspiciousTarget(target)) return proxyError(404);
  const init: RequestInit & { duplex?: "half" } = { method, signal };
  try {
    init.headers = toHeaders(req.headers);
  } catch {
    return proxyError(400, "The request headers are not valid.");
  }
  if (req.readableEnded && req.body !== undefined) {
    // A body parser got there first.
    state.ended = true;
    if (method !== "GET" && method !== "HEAD") {
      init.body = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    }
  } else if (method !== "GET" && method !== "HEAD" && hasBody(req)) {
    init.body = bodyStream(req, state);
    init.duplex = "half";
  } else {
    state.ended = !hasBody(req);
  }
  try {
    const request = new Request(`${requestOrigin(req, options)}${target}`, init);
    // For `deviceIpFrom({ from: "socket" })`: the peer address, which a Request cannot carry.
    rememberSocketAddress(
      request,
      (req.socket as { remoteAddress?: unknown } | null | undefined)?.remoteAddress,
    );
    return request;
  } catch {
    // Methods a Request cannot carry (TRACE, CONNECT, TRACK).
    return proxyError(405);
  }
}
