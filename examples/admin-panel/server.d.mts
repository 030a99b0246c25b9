import type { Sandbox } from "../../src/sandbox/index.js";

export declare const BASE_PATH: "/api/straddle";
export declare const ONBOARDING_PATH: "/api/onboarding";
export declare const DEMO_ACCOUNT_ID: string;
export declare const DEMO_API_KEY: string;

export interface DemoServerOptions {
  /** Default 5174; `0` picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * The Straddle API key. Default: `STRADDLE_API_KEY`. With a key the proxy forwards to the
   * real Straddle sandbox; without one (or `null`) to the embedded sandbox.
   */
  apiKey?: string | null;
  /** Simulated response time of the embedded sandbox, in ms. Default 150. */
  latency?: number;
  /** Vite's log level. `"silent"` also silences the demo's own lines. */
  logLevel?: "info" | "warn" | "error" | "silent";
  /** Watch files and hot-reload the page (default `true`); tests turn it off. */
  watch?: boolean;
  /** Vite's dependency cache (default: node_modules/.vite/admin-panel). */
  cacheDir?: string;
}

export interface DemoServer {
  /** Where it listens, e.g. `http://127.0.0.1:5174/`. */
  url: string;
  port: number;
  upstream: "embedded" | "straddle";
  /** The embedded sandbox behind the proxy (its `requests` log, its store); `null` with a real key. */
  sandbox: Sandbox | null;
  /** How many requests reached the proxy at /api/straddle. */
  proxiedRequests(): number;
  close(): Promise<void>;
}

export declare function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
