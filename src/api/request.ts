import * as z from "zod/mini";
import { StraddleError, type StraddleIssue } from "./errors.js";
import type { HttpMethod, StraddleFetcher, StraddleRequest } from "./fetcher.js";
import { createIdempotencyKey, isValidIdempotencyKey, randomId } from "./ids.js";
import { ErrorEnvelopeSchema } from "./schemas/error.js";

/** Where requests go and the scope headers every request carries. */
export interface StraddleClientConfig {
  fetcher: StraddleFetcher;
  /** Sent as `Straddle-Account-Id` (platforms acting for a connected account). */
  accountId?: string | undefined;
  /** Sent as `Correlation-Id`, to trace a series of requests. */
  correlationId?: string | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the generated `Request-Id`. */
  requestId?: string | undefined;
}

export interface MutationOptions extends RequestOptions {
  /**
   * 10–40 characters. Pass the same key to every retry of one attempt; a new key is
   * generated when omitted.
   */
  idempotencyKey?: string | undefined;
}

interface Call<S extends z.core.$ZodType> {
  method: HttpMethod;
  /** `/v1/customers/{id}` — with the id already in place. */
  path: string;
  /** The endpoint without ids, for messages: `GET /v1/customers/{id}`. */
  endpoint: string;
  schema: S;
  query?: StraddleRequest["query"];
  body?: unknown;
  mutation?: boolean;
}

/** Encodes an id for a path segment and refuses an empty one before anything is sent. */
export function idSegment(id: string, endpoint: string): string {
  if (typeof id !== "string" || id.trim() === "") {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint,
      message: `${endpoint} needs a customer id, and the id given was empty.`,
    });
  }
  return encodeURIComponent(id);
}

/** Sends one call through the host's fetcher and validates the answer with the endpoint's schema. */
export async function send<S extends z.core.$ZodType>(
  config: StraddleClientConfig,
  call: Call<S>,
  options: MutationOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { "Request-Id": options.requestId ?? randomId() };
  if (config.correlationId) headers["Correlation-Id"] = config.correlationId;
  if (config.accountId) headers["Straddle-Account-Id"] = config.accountId;
  if (call.mutation) {
    const key = options.idempotencyKey ?? createIdempotencyKey();
    if (!isValidIdempotencyKey(key)) {
      throw new StraddleError({
        kind: "invalid_request",
        endpoint: call.endpoint,
        message: `${call.endpoint}: an Idempotency-Key must be 10–40 letters, digits, "-" or "_".`,
      });
    }
    headers["Idempotency-Key"] = key;
  }

  const request: StraddleRequest = { method: call.method, path: call.path, headers };
  if (call.query) request.query = call.query;
  if (call.body !== undefined) request.body = call.body;
  if (options.signal) request.signal = options.signal;

  if (options.signal?.aborted) throw abortedError(call.endpoint, options.signal.reason);

  let answer: unknown;
  try {
    answer = await config.fetcher(request);
  } catch (cause) {
    throw fromThrown(call.endpoint, cause, options.signal);
  }

  const body = isResponse(answer) ? await readResponse(call.endpoint, answer, options.signal) : answer;
  return parseBody(call.endpoint, call.schema, body);
}

function parseBody<S extends z.core.$ZodType>(endpoint: string, schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const issues: StraddleIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  const first = issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  throw new StraddleError({
    kind: "invalid_response",
    endpoint,
    message: `${endpoint} answered with data the library does not understand — ${first.join("; ")}${more}.`,
    issues,
    requestId: requestIdOf(body),
  });
}

function isResponse(value: unknown): value is Response {
  if (typeof Response !== "undefined" && value instanceof Response) return true;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Response).status === "number" &&
    typeof (value as Response).text === "function" &&
    typeof (value as Response).headers === "object"
  );
}

async function readResponse(endpoint: string, response: Response, signal: AbortSignal | undefined) {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw fromThrown(endpoint, cause, signal);
  }
  let json: unknown;
  let isJson = false;
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  if (response.status >= 200 && response.status < 300) {
    if (!isJson) {
      throw new StraddleError({
        kind: "invalid_response",
        endpoint,
        status: response.status,
        message:
          text.trim() === ""
            ? `${endpoint} answered ${response.status} with an empty body, where JSON was expected.`
            : `${endpoint} answered ${response.status} with a body that is not JSON (is the proxy's baseUrl right?).`,
      });
    }
    return json;
  }
  throw httpError(endpoint, response.status, isJson ? json : undefined, retryAfter(response.headers));
}

function retryAfter(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const statusWords: Record<number, string> = {
  400: "Bad request",
  401: "Not authorised",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  422: "Validation failed",
  429: "Too many requests",
};

const CONFLICT_HINT =
  "this Idempotency-Key was already used for a different request; a new request needs a new Idempotency-Key.";

function httpError(endpoint: string, status: number, json: unknown, retryAfterMs?: number): StraddleError {
  const parsed = z.safeParse(ErrorEnvelopeSchema, json);
  const error = parsed.success ? parsed.data.error : undefined;
  const title = error?.title ?? statusWords[status] ?? (status >= 500 ? "Server error" : "Request failed");
  let explanation = error?.detail ?? "";
  if (status === 409) {
    // Straddle's idempotency conflict: the key was used before for another request.
    explanation = `${explanation || CONFLICT_HINT} (Not retried.)`;
  } else if (!explanation && status === 401) {
    explanation = "the API key was refused or is missing — check the backend route that adds it.";
  } else if (!explanation && status >= 500) {
    explanation = "the server had a problem; trying again later may work.";
  } else if (!explanation && !parsed.success) {
    explanation = "the answer carried no error details.";
  }
  return new StraddleError({
    kind: "http",
    endpoint,
    status,
    type: error?.type ?? undefined,
    title,
    detail: error?.detail ?? undefined,
    items: error?.items ?? undefined,
    // Read from `meta` even when the `error` part does not fit the envelope schema.
    requestId: requestIdOf(json),
    retryAfterMs,
    message: `${title} (${status}) at ${endpoint}${explanation ? `: ${explanation}` : "."}`,
  });
}

function abortedError(endpoint: string, cause: unknown): StraddleError {
  return new StraddleError({ kind: "aborted", endpoint, message: `${endpoint} was cancelled.`, cause });
}

function fromThrown(endpoint: string, cause: unknown, signal: AbortSignal | undefined): StraddleError {
  if (cause instanceof StraddleError) return cause;
  if (signal?.aborted || (cause instanceof Error && cause.name === "AbortError")) {
    return abortedError(endpoint, cause);
  }
  // A host fetcher that resolves to JSON may throw its own HTTP errors: `{ status, body }`.
  if (
    typeof cause === "object" &&
    cause !== null &&
    typeof (cause as { status?: unknown }).status === "number"
  ) {
    const thrown = cause as { status: number; body?: unknown; data?: unknown };
    return httpError(endpoint, thrown.status, thrown.body ?? thrown.data);
  }
  return new StraddleError({
    kind: "network",
    endpoint,
    message: `${endpoint} could not reach the server (network error). Check the connection and try again.`,
    cause,
  });
}

function requestIdOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const meta = (body as { meta?: { api_request_id?: unknown } }).meta;
  return typeof meta?.api_request_id === "string" ? meta.api_request_id : undefined;
}
