import type { ReactNode } from "react";
import { StraddleProvider } from "../../src/hooks/StraddleProvider";
import { createSandbox, type SandboxOptions } from "../../src/sandbox";

/** A fresh sandbox and a provider on it (English, 1 ms retry backoff), without recording calls. */
export function withSandbox(options: SandboxOptions = {}) {
  const sandbox = createSandbox(options);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StraddleProvider fetcher={sandbox.fetcher} retry={{ baseDelayMs: 1 }} locale="en-US">
      {children}
    </StraddleProvider>
  );
  return { sandbox, wrapper };
}
