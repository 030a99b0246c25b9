import { matchEndpointPath } from "../api/routing.js";
import type { SandboxEndpoint } from "./types.js";

export interface SandboxRoute {
  endpoint: SandboxEndpoint;
  /** The customer id, URL-decoded. */
  id?: string | undefined;
}

/**
 * Method + path (without query) → endpoint and decoded id; `null` when nothing matches. The
 * paths and methods are the endpoint table's (`src/api/endpointTable.ts`); more lenient than
 * the proxy: one trailing `/` is allowed, the method is compared in capitals, the id may be
 * any non-empty segment (an unknown one is the handler's 404).
 */
export function matchRoute(method: string, path: string): SandboxRoute | null {
  const match = matchEndpointPath(path.endsWith("/") ? path.slice(0, -1) : path);
  if (!match) return null;
  const wanted = method.toUpperCase();
  const found = match.endpoints.find((endpoint) => endpoint.method === wanted);
  return found ? { endpoint: found.name, id: match.id } : null;
}
