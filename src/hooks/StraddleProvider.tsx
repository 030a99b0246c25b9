import { QueryClient } from "@tanstack/react-query";
import { setNonce } from "get-nonce";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { StraddleFetcher } from "../api/fetcher.js";
import type { StraddleMessagesOverride } from "../messages/types.js";
import { StraddleContext, type StraddleContextValue } from "./context.js";
import type { StraddleErrorEvent, UnmaskEvent } from "./events.js";
import { defaultRetryPolicy, type RetryPolicy } from "./retry.js";

export interface StraddleProviderProps {
  /** The host's transport to its own backend, which holds the API key. Required. */
  fetcher: StraddleFetcher;
  /** Sent as `Straddle-Account-Id`; also scopes the cache, so accounts never share data. */
  accountId?: string | undefined;
  /** Sent as `Correlation-Id` on every request. */
  correlationId?: string | undefined;
  /**
   * A TanStack Query client to use instead of the provider's own. The hooks always use
   * this client explicitly, so a host's `QueryClientProvider` is neither needed nor touched.
   */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale for dates and numbers. Defaults to the runtime's: pass it when rendering on the server. */
  locale?: string | undefined;
  /**
   * IANA time zone for dates and times (`"America/New_York"`). Defaults to the runtime's: when
   * rendering on the server, pass the user's, or the server's HTML and the browser disagree.
   */
  timeZone?: string | undefined;
  /** Partial override of the components' strings (deep-merged over English). */
  messages?: StraddleMessagesOverride | undefined;
  /** Every failed request or mutation, for telemetry. Carries no personal data. */
  onError?: ((event: StraddleErrorEvent) => void) | undefined;
  /** Every unmasking, for the host's audit log. */
  onUnmask?: ((event: UnmaskEvent) => void) | undefined;
  /** How long unmasked values stay on screen. Defaults to `60000` (60 s). */
  unmaskTimeoutMs?: number | undefined;
  /** Retry policy for network errors, 408/429 and 5xx. */
  retry?: Partial<RetryPolicy> | undefined;
  /**
   * The host's CSP nonce (`style-src 'self' 'nonce-…'`). `DecisionDialog`'s scroll lock (Radix,
   * through `react-remove-scroll`) injects one `<style>` element while the dialog is open; with
   * the nonce it carries `nonce="…"` and a strict policy lets it in. Nothing else is injected.
   */
  nonce?: string | undefined;
  children?: ReactNode;
}

/** Cached customer data goes stale after 30 s; reviews are refetched on focus. */
export function createStraddleQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: true } } });
}

/**
 * Gives the hooks and components their fetcher, cache, locale and messages.
 *
 * @example
 * <StraddleProvider fetcher={createFetchFetcher({ baseUrl: "/api/straddle" })}>
 *   <ReviewBreakdownPanel customerId={id} />
 * </StraddleProvider>
 */
export function StraddleProvider(props: StraddleProviderProps) {
  const [ownClient] = useState(() => props.queryClient ?? createStraddleQueryClient());
  const queryClient = props.queryClient ?? ownClient;

  // QueryClientProvider would mount the client; we do it ourselves to stay out of the host's context.
  useEffect(() => {
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient]);

  // Callbacks through refs: a host passing inline functions does not re-render every consumer.
  const onError = useRef(props.onError);
  onError.current = props.onError;
  const onUnmask = useRef(props.onUnmask);
  onUnmask.current = props.onUnmask;

  // Set during render, so it is in place before any child's effect (the dialog's) injects a style.
  if (props.nonce !== undefined) setNonce(props.nonce);

  const { fetcher, accountId, correlationId, locale, timeZone, messages, unmaskTimeoutMs } = props;
  const retryCount = props.retry?.count;
  const retryBase = props.retry?.baseDelayMs;
  const retryMax = props.retry?.maxDelayMs;

  const value = useMemo<StraddleContextValue>(
    () => ({
      config: { fetcher, accountId, correlationId },
      queryClient,
      scope: accountId ?? "default",
      locale,
      timeZone,
      messages,
      retry: {
        count: retryCount ?? defaultRetryPolicy.count,
        baseDelayMs: retryBase ?? defaultRetryPolicy.baseDelayMs,
        maxDelayMs: retryMax ?? defaultRetryPolicy.maxDelayMs,
      },
      unmaskTimeoutMs: unmaskTimeoutMs ?? 60_000,
      reportError: (event) => onError.current?.(event),
      reportUnmask: (event) => onUnmask.current?.(event),
    }),
    [
      fetcher,
      accountId,
      correlationId,
      queryClient,
      locale,
      timeZone,
      messages,
      retryCount,
      retryBase,
      retryMax,
      unmaskTimeoutMs,
    ],
  );

  return <StraddleContext.Provider value={value}>{props.children}</StraddleContext.Provider>;
}
