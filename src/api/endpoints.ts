import type * as z from "zod/mini";
import {
  endpointLabel,
  endpointOperations as endpoints,
  fillPath,
  type ListQueryParameter,
  type OperationSpec,
} from "./endpointTable.js";
import { StraddleError } from "./errors.js";
import type { QueryValue, StraddleRequest } from "./fetcher.js";
import type { MutationOptions, RequestOptions, StraddleClientConfig } from "./request.js";
import { idSegment, send } from "./request.js";
import type { CustomerStatus, CustomerType, SortField, SortOrder } from "./schemas/common.js";
import {
  CustomerResponseSchema,
  CustomerSummaryPagedResponseSchema,
  CustomerUnmaskedResponseSchema,
} from "./schemas/customer.js";
import type { CreateCustomerInput, ReviewDecisionInput, UpdateCustomerInput } from "./schemas/requests.js";
import { CustomerReviewResponseSchema } from "./schemas/review.js";

/** Query of `GET /v1/customers`; every field optional (the names: the endpoint table's `query`). */
export interface ListCustomersParams {
  /** Partial match on the name. */
  name?: string | undefined;
  email?: string | undefined;
  external_id?: string | undefined;
  /** General search term. */
  search_text?: string | undefined;
  /** Sent as `status=review,pending`. */
  status?: readonly CustomerStatus[] | undefined;
  /** Sent as `types=individual,business`. */
  types?: readonly CustomerType[] | undefined;
  /** ISO date-time: start of the `created_at` filter. */
  created_from?: string | undefined;
  created_to?: string | undefined;
  sort_by?: SortField | undefined;
  sort_order?: SortOrder | undefined;
  /** Starts at 1. */
  page_number?: number | undefined;
  /** 1–1000. */
  page_size?: number | undefined;
}

export const MAX_PAGE_SIZE = 1000;

// The endpoint functions are `async` so that a request refused before sending (an empty id,
// a page_size out of range) rejects the returned promise instead of throwing synchronously.

/** What one call adds to its endpoint: the customer id of the path, a body, a query. */
interface CallParts {
  id?: string;
  body?: unknown;
  query?: StraddleRequest["query"];
}

/** One call of a table endpoint: path, label and `Idempotency-Key` come from the table. */
async function call<S extends z.core.$ZodType>(
  config: StraddleClientConfig,
  spec: OperationSpec,
  schema: S,
  parts: CallParts,
  options: MutationOptions | undefined,
) {
  const endpoint = endpointLabel(spec);
  const path = fillPath(spec.path, parts.id === undefined ? undefined : idSegment(parts.id, endpoint));
  const { body, query } = parts;
  return send(
    config,
    { method: spec.method, endpoint, path, schema, body, query, mutation: spec.idempotent },
    options,
  );
}

/** `GET /v1/customers/{id}`: the customer, with sensitive fields masked. */
export async function getCustomer(config: StraddleClientConfig, id: string, options?: RequestOptions) {
  return call(config, endpoints["customer.get"], CustomerResponseSchema, { id }, options);
}

/** `POST /v1/customers`: creates a customer and starts identity screening. */
export async function createCustomer(
  config: StraddleClientConfig,
  body: CreateCustomerInput,
  options?: MutationOptions,
) {
  return call(config, endpoints["customer.create"], CustomerResponseSchema, { body }, options);
}

/** `PUT /v1/customers/{id}`: replaces the record (name, email, phone, status and device are required). */
export async function updateCustomer(
  config: StraddleClientConfig,
  id: string,
  body: UpdateCustomerInput,
  options?: MutationOptions,
) {
  return call(config, endpoints["customer.update"], CustomerResponseSchema, { id, body }, options);
}

/** `DELETE /v1/customers/{id}`: permanent. Returns the deleted customer. */
export async function deleteCustomer(config: StraddleClientConfig, id: string, options?: MutationOptions) {
  return call(config, endpoints["customer.delete"], CustomerResponseSchema, { id }, options);
}

/** `GET /v1/customers`: a page of customer summaries. */
export async function listCustomers(
  config: StraddleClientConfig,
  params: ListCustomersParams = {},
  options?: RequestOptions,
) {
  const spec = endpoints["customer.list"];
  const endpoint = endpointLabel(spec);
  const size = params.page_size;
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)) {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint,
      message: `${endpoint}: page_size must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${size}.`,
    });
  }
  const page = params.page_number;
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) {
    throw new StraddleError({
      kind: "invalid_request",
      endpoint,
      message: `${endpoint}: page_number starts at 1, not ${page}.`,
    });
  }
  // Every parameter of the table, sent in its order; the compiler checks that the table and
  // ListCustomersParams name the same ones.
  const values: Record<ListQueryParameter, QueryValue> = {
    name: params.name || undefined,
    email: params.email || undefined,
    external_id: params.external_id || undefined,
    search_text: params.search_text || undefined,
    status: params.status?.length ? params.status.join(",") : undefined,
    types: params.types?.length ? params.types.join(",") : undefined,
    created_from: params.created_from || undefined,
    created_to: params.created_to || undefined,
    sort_by: params.sort_by,
    sort_order: params.sort_order,
    page_number: page,
    page_size: size,
  } satisfies Record<keyof ListCustomersParams, QueryValue>;
  const query = Object.fromEntries(spec.query.map((name) => [name, values[name]]));
  return call(config, spec, CustomerSummaryPagedResponseSchema, { query }, options);
}

/** `GET /v1/customers/{id}/unmasked`: dob/ssn/ein in clear. Keep the result out of any cache. */
export async function getCustomerUnmasked(
  config: StraddleClientConfig,
  id: string,
  options?: RequestOptions,
) {
  return call(config, endpoints["customer.unmask"], CustomerUnmaskedResponseSchema, { id }, options);
}

/** `GET /v1/customers/{id}/review`: the customer plus the identity screening results. */
export async function getCustomerReview(config: StraddleClientConfig, id: string, options?: RequestOptions) {
  return call(config, endpoints["review.get"], CustomerReviewResponseSchema, { id }, options);
}

/** `PATCH /v1/customers/{id}/review`: the final decision; only allowed while the status is `review`. */
export async function decideCustomerReview(
  config: StraddleClientConfig,
  id: string,
  body: ReviewDecisionInput,
  options?: MutationOptions,
) {
  const decision = { status: body.status };
  return call(config, endpoints["review.decide"], CustomerResponseSchema, { id, body: decision }, options);
}

/** `PUT /v1/customers/{id}/refresh_review`: starts a new screening; the review shows it later. */
export async function refreshCustomerReview(
  config: StraddleClientConfig,
  id: string,
  options?: MutationOptions,
) {
  return call(config, endpoints["review.refresh"], CustomerResponseSchema, { id }, options);
}
