import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { StraddleFetcher, StraddleRequest } from "../../src/api/fetcher";
import {
  type StraddleErrorEvent,
  StraddleProvider,
  type StraddleProviderProps,
  type UnmaskEvent,
} from "../../src/hooks";
import { createSandbox, type SandboxOptions } from "../../src/sandbox";

export interface Harness {
  sandbox: ReturnType<typeof createSandbox>;
  /** Every request the hooks handed to the fetcher, in order. */
  calls: StraddleRequest[];
  fetcher: StraddleFetcher;
  queryClient: QueryClient;
  errors: StraddleErrorEvent[];
  unmasks: UnmaskEvent[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
  count: (method: StraddleRequest["method"], pathEnd?: string | RegExp) => number;
}

/** A fresh sandbox, a counting fetcher and a fresh cache per test (no module mocking). */
export function setup(
  options: SandboxOptions = {},
  provider: Partial<Omit<StraddleProviderProps, "fetcher" | "children">> = {},
): Harness {
  const sandbox = createSandbox(options);
  const calls: StraddleRequest[] = [];
  const fetcher: StraddleFetcher = (request) => {
    calls.push(request);
    return sandbox.fetcher(request);
  };
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, gcTime: Infinity } },
  });
  const errors: StraddleErrorEvent[] = [];
  const unmasks: UnmaskEvent[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StraddleProvider
      fetcher={fetcher}
      queryClient={queryClient}
      retry={{ baseDelayMs: 5 }}
      onError={(event) => errors.push(event)}
      onUnmask={(event) => unmasks.push(event)}
      {...provider}
    >
      {children}
    </StraddleProvider>
  );
  const count = (method: StraddleRequest["method"], pathEnd?: string | RegExp) =>
    calls.filter(
      (call) =>
        call.method === method &&
        (pathEnd === undefined ||
          (typeof pathEnd === "string" ? call.path.endsWith(pathEnd) : pathEnd.test(call.path))),
    ).length;
  return { sandbox, calls, fetcher, queryClient, errors, unmasks, wrapper, count };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
