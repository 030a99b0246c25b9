import type { SandboxEndpoint } from "./types.js";

export interface SandboxRoute {
  endpoint: SandboxEndpoint;
  /** The customer id, URL-decoded. */
  id?: string | undefined;
}

const PATH = /^\/v1\/customers(?:\/([^/]+)(?:\/(unmasked|review|refresh_review))?)?\/?$/;

const table: Record<string, SandboxEndpoint> = {
  "GET ": "customers.list",
  "POST ": "customers.create",
  "GET id": "customers.get",
  "PUT id": "customers.update",
  "DELETE id": "customers.delete",
  "GET id/unmasked": "customers.unmasked",
  "GET id/review": "customers.review.get",
  "PATCH id/review": "customers.review.decision",
  "PUT id/refresh_review": "customers.review.refresh_review",
};

/** Method + path (without query) → endpoint and decoded id; `null` when nothing matches. */
export function matchRoute(method: string, path: string): SandboxRoute | null {
  const match = PATH.exec(path);
  if (!match) return null;
  const [, rawId, suffix] = match;
  let id: string | undefined;
  if (rawId !== undefined) {
    try {
      id = decodeURIComponent(rawId);
    } catch {
      return null;
    }
  }
  const key = `${method.toUpperCase()} ${rawId === undefined ? "" : "id"}${suffix ? `/${suffix}` : ""}`;
  const endpoint = table[key];
  return endpoint ? { endpoint, id } : null;
}
