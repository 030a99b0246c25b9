import type { StraddleClientConfig, StraddleRequest } from "../../src/api";
import { createSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox";

export interface Harness {
  sandbox: Sandbox;
  config: StraddleClientConfig;
}

/** A fresh sandbox and a client config whose fetcher is the sandbox's. */
export function setup(options?: SandboxOptions): Harness {
  const sandbox = createSandbox(options);
  return { sandbox, config: { fetcher: sandbox.fetcher } };
}

/** The parts of a raw body the tests read. */
export interface RawBody {
  error?: {
    status?: number;
    type?: string;
    title?: string;
    detail?: string;
    items?: { reference?: string; detail?: string }[];
  };
  meta?: Record<string, unknown>;
  response_type?: string;
  data?: Record<string, unknown>;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: RawBody | undefined;
}

/** Calls the fetcher directly (for what the library would refuse to send) and reads the JSON. */
export async function raw(
  sandbox: Sandbox,
  request: Partial<StraddleRequest> & Pick<StraddleRequest, "method" | "path">,
): Promise<RawAnswer> {
  const response = await sandbox.fetcher({ headers: {}, ...request });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text ? (JSON.parse(text) as RawBody) : undefined,
  };
}

export { failureOf } from "../support/failure";

export const GET_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
export const POST_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

/** A valid individual create body with a unique email. */
export function individualInput(email = "new.person@example.com") {
  return {
    type: "individual" as const,
    name: "New Person",
    email,
    phone: "+12125550199",
    device: { ip_address: "203.0.113.5" },
    address: { address1: "1 Test St", city: "Springfield", state: "IL", zip: "62701" },
    compliance_profile: { dob: "1990-05-17", ssn: "321-54-9876" },
  };
}

export function businessInput(email = "new.business@example.com") {
  return {
    type: "business" as const,
    name: "New Business LLC",
    email,
    phone: "+12125550188",
    device: { ip_address: "203.0.113.6" },
    compliance_profile: {
      ein: "12-3456789",
      legal_business_name: "New Business LLC",
      website: "https://new-business.example.com",
      representatives: [{ name: "Owner One", email: "owner@example.com" }],
    },
  };
}

/** A controllable clock for the `now` option. */
export function manualClock(start = "2026-07-07T06:21:44.000Z") {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms),
    advance(by: number) {
      ms += by;
    },
  };
}
