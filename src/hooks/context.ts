import type { QueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import type { StraddleClientConfig } from "../api/request.js";
import type { StraddleErrorEvent, UnmaskEvent } from "./events.js";
import type { RetryPolicy } from "./retry.js";

/** What the provider shares with every hook. */
export interface StraddleContextValue {
  /** Fetcher + scope headers, ready for the `src/api` endpoint functions. */
  config: StraddleClientConfig;
  queryClient: QueryClient;
  /** Query keys are scoped by account so two accounts never share cached data. */
  scope: string;
  locale: string | undefined;
  timeZone: string | undefined;
  /** The host's partial messages override, merged by the components. */
  messages: unknown;
  retry: RetryPolicy;
  unmaskTimeoutMs: number;
  reportError: (event: StraddleErrorEvent) => void;
  reportUnmask: (event: UnmaskEvent) => void;
}

export const StraddleContext = createContext<StraddleContextValue | null>(null);

/** Throws a sentence that names the fix when a hook is used outside the provider. */
export function useStraddle(hookName = "useStraddle"): StraddleContextValue {
  const value = useContext(StraddleContext);
  if (!value) {
    throw new Error(
      `\`${hookName}\` must be used within <StraddleProvider>. Wrap your component tree in <StraddleProvider fetcher={…}> (see the README's quick start).`,
    );
  }
  return value;
}
