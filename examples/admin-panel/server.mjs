// The demo admin panel's server: one plain `node:http` server that
//  - mounts the library's proxy (`createStraddleProxy` + `toNodeHandler`) at /api/straddle, with
//    the embedded sandbox as its upstream, or the real Straddle sandbox when STRADDLE_API_KEY is set;
//  - mounts the public sign-up route (`createOnboardingProxy`) at /api/onboarding: create only,
//    the device IP from the connection's socket, a per-IP token bucket, a neutral answer;
//  - serves the Vite app (Vite in middleware mode, which also loads the TypeScript proxy and
//    sandbox for Node through `ssrLoadModule`: no build step, no extra dependency).
//
//   npm run demo                      # http://localhost:5174/
//   PORT=8080 npm run demo
//   STRADDLE_API_KEY=sk_… npm run demo  # the real Straddle sandbox environment
//
// Also imported by tests/e2e/admin-panel.e2e.ts (`startDemoServer({ port: 0 })`).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer as createViteServer } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");

export const BASE_PATH = "/api/straddle";
/** The anonymous onboarding route of the public sign-up page. */
export const ONBOARDING_PATH = "/api/onboarding";
/** The platform's connected account the demo acts for (embedded sandbox only). */
export const DEMO_ACCOUNT_ID = "5d1c7e0a-3f4b-4c8e-9a2d-6b7e8f901234";
/** Stands in for the server's key in front of the embedded sandbox (never sent to the browser). */
export const DEMO_API_KEY = "sk_demo_embedded_sandbox_key";

/**
 * Starts the demo. Resolves once it listens; rejects (with `code: "EADDRINUSE"`) when the port
 * is taken.
 *
 * @param {import("./server.d.mts").DemoServerOptions} [options]
 * @returns {Promise<import("./server.d.mts").DemoServer>}
 */
export async function startDemoServer(options = {}) {
  const apiKey = (options.apiKey === undefined ? process.env.STRADDLE_API_KEY : options.apiKey) || undefined;
  const upstream = apiKey ? "straddle" : "embedded";
  const host = options.host ?? "127.0.0.1";
  const requestedPort = options.port ?? 5174;

  // Listen first, so a busy port fails fast, before Vite starts. Requests wait until ready.
  let handle;
  const ready = new Promise((resolve) => {
    handle = resolve;
  });
  const httpServer = http.createServer((req, res) => {
    ready
      .then((handler) => handler(req, res))
      .catch(() => {
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  await new Promise((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(requestedPort, host, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : requestedPort;

  let vite;
  try {
    vite = await createViteServer({
      configFile: path.join(here, "vite.config.ts"),
      root: here,
      appType: "spa",
      clearScreen: false,
      logLevel: options.logLevel ?? "info",
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      server: {
        middlewareMode: true,
        // HMR over this server's own port (not a second one).
        ws: { server: httpServer },
        // Tests turn watching off, so an edit elsewhere in the repository never reloads the page under test.
        ...(options.watch === false ? { watch: null } : {}),
      },
      // Tells the page which upstream the proxy uses (a plugin, not `define`: that would
      // change Vite's dependency hash and re-optimize whenever the key is toggled).
      plugins: [
        {
          name: "demo-upstream",
          transformIndexHtml: () => [
            { tag: "meta", attrs: { name: "demo-upstream", content: upstream }, injectTo: "head" },
          ],
        },
      ],
    });
  } catch (error) {
    httpServer.close();
    throw error;
  }

  // The library's server half and sandbox are TypeScript: Vite loads them for Node.
  const { createStraddleProxy, createOnboardingProxy, deviceIpFrom, toNodeHandler } =
    await vite.ssrLoadModule(path.join(repo, "src/server/index.ts"));
  const { createTokenBucket, rateLimit } = await vite.ssrLoadModule(path.join(here, "tokenBucket.ts"));
  const { createSandbox } = await vite.ssrLoadModule(path.join(repo, "src/sandbox/index.ts"));

  const sandbox = upstream === "embedded" ? createSandbox({ latency: options.latency ?? 150 }) : null;
  const accountId =
    upstream === "embedded" ? DEMO_ACCOUNT_ID : process.env.STRADDLE_ACCOUNT_ID?.trim() || undefined;
  const log = options.logLevel === "silent" ? () => {} : (line) => console.log(line);

  const proxy = createStraddleProxy({
    apiKey: apiKey ?? DEMO_API_KEY,
    environment: "sandbox",
    basePath: BASE_PATH,
    // A real host reads these from its session: which platform account, may this user unmask.
    resolveAccountId: () => accountId,
    allowUnmask: true,
    // Audit of unmasking: who asked for which customer, never the data itself.
    onUnmask: (info) => log(`[audit] unmasked customer ${info.customerId} (request ${info.requestId})`),
    onError: (event) =>
      console.error(`[proxy] ${event.kind} on ${event.endpoint} (request ${event.requestId})`),
    ...(sandbox ? { fetch: (url, init) => sandbox.fetch(url, init) } : {}),
  });
  const proxyHandler = toNodeHandler(proxy);

  // The public sign-up page's route: anyone may create, nobody may read. This server faces the
  // browser directly, so the applicant's IP is the socket's; behind a load balancer it would be
  // deviceIpFrom({ from: "x-forwarded-for", trustedProxies: 1 }).
  const deviceIp = deviceIpFrom({ from: "socket" });
  const onboarding = createOnboardingProxy({
    apiKey: apiKey ?? DEMO_API_KEY,
    environment: "sandbox",
    basePath: ONBOARDING_PATH,
    deviceIp,
    // One process: an in-memory bucket per IP (5 at once, then one every 10 s).
    beforeForward: rateLimit(createTokenBucket({ capacity: 5, refillPerSecond: 0.1 }), deviceIp),
    resolveAccountId: () => accountId,
    onError: (event) =>
      console.error(`[onboarding] ${event.kind} on ${event.endpoint} (request ${event.requestId})`),
    ...(sandbox ? { fetch: (url, init) => sandbox.fetch(url, init) } : {}),
  });
  const onboardingHandler = toNodeHandler(onboarding);

  let proxied = 0;
  handle(async (req, res) => {
    const url = req.url ?? "/";
    if (url === BASE_PATH || url.startsWith(`${BASE_PATH}/`) || url.startsWith(`${BASE_PATH}?`)) {
      proxied++;
      await proxyHandler(req, res);
      return;
    }
    if (
      url === ONBOARDING_PATH ||
      url.startsWith(`${ONBOARDING_PATH}/`) ||
      url.startsWith(`${ONBOARDING_PATH}?`)
    ) {
      await onboardingHandler(req, res);
      return;
    }
    vite.middlewares(req, res, () => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end("Not found");
    });
  });

  let closing;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
    port,
    upstream,
    sandbox,
    proxiedRequests: () => proxied,
    close() {
      closing ??= (async () => {
        await vite.close();
        await new Promise((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}

async function main() {
  const portText = process.env.PORT ?? "5174";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`PORT must be a port number (0–65535), not "${portText}".`);
    process.exit(1);
  }
  const host = process.env.HOST || "127.0.0.1";
  let server;
  try {
    server = await startDemoServer({ port, host });
  } catch (error) {
    if (error?.code === "EADDRINUSE") {
      console.error(
        `\nPort ${port} on ${host} is already in use (another demo or dev server?).\n` +
          `Stop it, or choose another port: PORT=${port + 1} npm run demo\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  const shown =
    host === "127.0.0.1" || host === "localhost" ? `http://localhost:${server.port}/` : server.url;
  const upstream =
    server.upstream === "straddle"
      ? "Straddle sandbox (https://sandbox.straddle.com, STRADDLE_API_KEY)"
      : "embedded sandbox (in memory, seeded; set STRADDLE_API_KEY for the real one)";
  console.log(
    `\n  Straddle customers · admin panel demo\n\n` +
      `  App:    ${shown}\n` +
      `  Proxy:  ${shown.replace(/\/$/, "")}${BASE_PATH}  →  ${upstream}\n\n` +
      `  Ctrl+C to stop.\n`,
  );
  const stop = () => {
    // A second Ctrl+C, or 5 s without a clean close, ends it anyway.
    setTimeout(() => process.exit(1), 5000).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
