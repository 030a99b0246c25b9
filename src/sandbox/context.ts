import * as z from "zod/mini";
import type { ErrorItem, IdentityDetails } from "../api/index.js";
import { failure, type MetaSource, type SandboxResult } from "./responses.js";
import type { SandboxRoute } from "./router.js";
import type { ScreeningIdentity } from "./screening.js";
import type { SandboxStore } from "./store.js";
import type { TimestampStyle } from "./timestamps.js";
import type { SandboxCustomerRecord } from "./types.js";
import type { WireSchemas } from "./wire.js";

export interface SandboxSettings {
  backgroundDelayMs: number;
  refreshDelayMs: number;
  unmaskEnabled: boolean;
}

/** What every handler may use. */
export interface SandboxContext extends MetaSource {
  store: SandboxStore;
  /** The API's request rules (null means absent), see `createWireSchemas`. */
  schemas: WireSchemas;
  settings: SandboxSettings;
  nowMs(): number;
  /** A sandbox timestamp of the given instant. */
  stampAt(ms: number): string;
}

/** A routed request: query values as strings, body already decoded. */
export interface HandlerRequest {
  route: SandboxRoute;
  style: TimestampStyle;
  query: Record<string, string>;
  body: unknown;
}

export type Handler = (ctx: SandboxContext, request: HandlerRequest) => SandboxResult;

/** Applies a delayed review whose time has come (and stores the result). */
export function settle(ctx: SandboxContext, record: SandboxCustomerRecord): SandboxCustomerRecord {
  const pending = record.pending_review;
  if (!pending || ctx.nowMs() < pending.settles_at_ms) return record;
  const settled: SandboxCustomerRecord = {
    ...record,
    identity_details: pending.identity_details,
    pending_review: undefined,
  };
  if (pending.status && record.status !== "inactive") {
    settled.status = pending.status;
    settled.updated_at = ctx.stampAt(pending.settles_at_ms);
  }
  return ctx.store.put(settled);
}

/** The customer of the route, settled; a 404 result when there is none. */
function loadCustomer(ctx: SandboxContext, request: HandlerRequest): SandboxCustomerRecord | SandboxResult {
  const id = request.route.id ?? "";
  const record = ctx.store.get(id);
  if (!record) return failure(ctx, request.style, 404, `Customer '${id}' was not found.`);
  return settle(ctx, record);
}

/** A handler of one customer's route: runs with the stored (settled) record, or answers 404. */
export function withCustomer(
  run: (ctx: SandboxContext, request: HandlerRequest, record: SandboxCustomerRecord) => SandboxResult,
): Handler {
  return (ctx, request) => {
    const record = loadCustomer(ctx, request);
    return "id" in record ? run(ctx, request, record) : record;
  };
}

/** A screening result with its id and timestamps. */
export function stampIdentity(
  ctx: SandboxContext,
  identity: ScreeningIdentity,
  createdMs: number,
  updatedMs = createdMs,
): IdentityDetails {
  return {
    review_id: ctx.uuid(),
    ...identity,
    created_at: ctx.stampAt(createdMs),
    updated_at: ctx.stampAt(updatedMs),
  };
}

/** Another customer already has this email (compared case-insensitively). */
export function emailTaken(ctx: SandboxContext, email: string, exceptId?: string): boolean {
  const wanted = email.toLowerCase();
  return ctx.store.list().some((record) => record.id !== exceptId && record.email.toLowerCase() === wanted);
}

export function duplicateEmail(ctx: SandboxContext, request: HandlerRequest, email: string): SandboxResult {
  return failure(ctx, request.style, 422, `Email '${email}' already exists and must be unique.`);
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string | undefined;
}

/**
 * Request-schema issues as the API reports them: a bad device IP is a 400 `/bad_request` with
 * the PascalCase reference `Device.IpAddress` (as observed); everything else a 422
 * `/validation_error` with lowercase dotted references (`email`, `compliance_profile.ssn`).
 */
function validationFailure(
  ctx: SandboxContext,
  request: HandlerRequest,
  issues: readonly IssueLike[],
): SandboxResult {
  const items: ErrorItem[] = issues.map((issue) => {
    const reference = issue.path.map(String).join(".") || "body";
    // The discriminated union only says "Invalid input" when `type` is missing or unknown.
    const detail = reference === "type" ? "Type must be individual or business." : issue.message;
    return { reference, detail };
  });
  const ip = items.find((item) => item.reference === "device.ip_address");
  if (ip) {
    return failure(ctx, request.style, 400, "The request could not be read.", [
      { reference: "Device.IpAddress", detail: ip.detail },
    ]);
  }
  return failure(ctx, request.style, 422, "One or more fields are invalid.", items);
}

/**
 * The request body checked by `schema`: it must be a JSON object first (else 400), then pass
 * the schema (else `validationFailure`). `body` is what the schema reads (default: the body as
 * received).
 */
export function parseBody<S extends z.core.$ZodType>(
  ctx: SandboxContext,
  request: HandlerRequest,
  schema: S,
  body: unknown = request.body,
): { ok: true; data: z.output<S> } | { ok: false; result: SandboxResult } {
  const received = request.body;
  if (typeof received !== "object" || received === null || Array.isArray(received)) {
    return { ok: false, result: failure(ctx, request.style, 400, "The request body must be a JSON object.") };
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) return { ok: false, result: validationFailure(ctx, request, parsed.error.issues) };
  return { ok: true, data: parsed.data };
}
