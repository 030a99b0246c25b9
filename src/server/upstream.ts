import { proxyError, responseHeaders, upstreamErrorEnvelope } from "./errors.js";
import type { ProxyErrorEvent, UpstreamFetch } from "./options.js";
import { passThroughHeaders } from "./passThroughHeaders.js";
import type { StraddleEndpoint } from "./routes.js";

/**
 * The call to Straddle and what comes back: the timeout and the client's abort, then
 * Straddle's status and JSON body with the passed-through headers (`passThroughHeaders`); an
 * upstream error without a JSON body gets a generated envelope; a redirect or a success that
 * is not JSON → 502, unreachable → 502, too slow → 504 (each reported to `onError`).
 */

export type Forward = (
  endpoint: StraddleEndpoint,
  requestId: string,
  url: string,
  init: RequestInit,
  clientSignal: AbortSignal | undefined,
) => Promise<Response>;

export function createForward(
  upstreamFetch: UpstreamFetch,
  timeoutMs: number,
  report: (event: ProxyErrorEvent) => void,
): Forward {
  return async function forward(
    endpoint: StraddleEndpoint,
    requestId: string,
    url: string,
    init: RequestInit,
    clientSignal: AbortSignal | undefined,
  ): Promise<Response> {
    const controller = new AbortController();
    let timedOut = false;
    let stop: (reason: unknown) => void = () => undefined;
    // Settles on timeout or client abort even if the upstream ignores its signal.
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    stopped.catch(() => undefined);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      stop(new Error("timeout"));
    }, timeoutMs);
    const onClientAbort = () => {
      controller.abort();
      stop(new Error("client aborted"));
    };
    if (clientSignal?.aborted) onClientAbort();
    else clientSignal?.addEventListener("abort", onClientAbort, { once: true });
    let upstream: Response;
    let text: string;
    try {
      upstream = await Promise.race([upstreamFetch(url, { ...init, signal: controller.signal }), stopped]);
      text = await Promise.race([upstream.text(), stopped]);
    } catch (error) {
      if (timedOut) {
        report({ kind: "upstream_timeout", endpoint, requestId, error });
        return proxyError(504);
      }
      report({ kind: "upstream_unreachable", endpoint, requestId, error });
      return proxyError(502);
    } finally {
      clearTimeout(timer);
      clientSignal?.removeEventListener("abort", onClientAbort);
    }

    const status = upstream.status;
    const extra = passThroughHeaders(upstream.headers);
    const invalid = () => {
      report({ kind: "upstream_invalid_response", endpoint, requestId });
      return proxyError(502);
    };
    if (status < 200 || status > 599 || (status >= 300 && status < 400)) return invalid();
    const empty = text.trim() === "";
    if (status >= 400 && (empty || !isJson(text))) return upstreamErrorEnvelope(status, extra);
    if (status === 204 || status === 205 || (empty && status < 300)) {
      return new Response(null, { status, headers: responseHeaders(extra) });
    }
    if (!isJson(text)) return invalid();
    return new Response(text, { status, headers: responseHeaders(extra) });
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
