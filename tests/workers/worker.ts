// A Cloudflare Worker as a host would write it: the library's server entry, nothing Node-specific.
// Bundled by tests/workers/proxy.test.ts with esbuild and run in workerd (through miniflare).
import { createSandbox, type Sandbox } from "../../src/sandbox/index.js";
import { createStraddleProxy, type StraddleProxyHandler } from "../../src/server/index.js";

interface Env {
  STRADDLE_API_KEY: string;
  /** A service binding to Straddle's stand-in (the test's sandbox in Node); absent = the embedded sandbox, in the Worker. */
  STRADDLE?: { fetch(url: string, init?: RequestInit): Promise<Response> };
}

let embedded: Sandbox | undefined;
let proxy: StraddleProxyHandler | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname === "/__runtime") {
      return new Response(JSON.stringify({ userAgent: navigator.userAgent, embedded: !env.STRADDLE }));
    }
    const binding = env.STRADDLE;
    proxy ??= createStraddleProxy({
      apiKey: env.STRADDLE_API_KEY,
      environment: "sandbox",
      allowUnmask: true,
      fetch: binding
        ? (url, init) => binding.fetch(url, init)
        : (url, init) => {
            embedded ??= createSandbox();
            return embedded.fetch(url, init);
          },
    });
    return proxy(request);
  },
};
