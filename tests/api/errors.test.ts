import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createIdempotencyKey,
  IDEMPOTENCY_KEY_PATTERN,
  isStraddleError,
  isValidIdempotencyKey,
  referenceToPath,
  StraddleError,
} from "../../src/api";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("referenceToPath", () => {
  it.each([
    ["Device.IpAddress", "device.ip_address"],
    ["Address.Zip", "address.zip"],
    ["Address.Address1", "address.address1"],
    ["customer.email", "email"],
    ["Customer.Email", "email"],
    ["name", "name"],
    ["ComplianceProfile.SSN", "compliance_profile.ssn"],
    ["compliance_profile.SSN", "compliance_profile.ssn"],
    ["ComplianceProfile.LegalBusinessName", "compliance_profile.legal_business_name"],
    ["Device.IPAddress", "device.ip_address"],
    ["ExternalId", "external_id"],
    ["$.device.ip_address", "device.ip_address"],
    ["ComplianceProfile.Representatives[0].Email", "compliance_profile.representatives.0.email"],
    [" Address . Zip ", "address.zip"],
    ["customer", "customer"],
  ])("%s → %s", (reference, path) => {
    expect(referenceToPath(reference)).toBe(path);
  });
});

describe("StraddleError", () => {
  it("maps items onto form paths, first detail wins", () => {
    const error = new StraddleError({
      kind: "http",
      endpoint: "POST /v1/customers",
      status: 422,
      message: "Validation failed (422) at POST /v1/customers.",
      items: [
        { reference: "customer.email", detail: "Email is invalid." },
        { reference: "Address.Zip", detail: "Zip is invalid." },
        { reference: "Email", detail: "A second email problem." },
        { reference: null, detail: "No reference." },
        { reference: "Device.IpAddress" },
      ],
    });
    expect(error.fieldErrors).toEqual({
      email: "Email is invalid.",
      "address.zip": "Zip is invalid.",
      "device.ip_address": "Invalid value.",
    });
    expect(error.items).toHaveLength(5);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("StraddleError");
    expect(isStraddleError(error)).toBe(true);
    expect(isStraddleError(new Error("x"))).toBe(false);
  });

  it("puts a duplicate email on the email field even without items", () => {
    const detail = "Email 'ron.swanson@pawnee.com' already exists and must be unique.";
    const error = new StraddleError({
      kind: "http",
      endpoint: "POST /v1/customers",
      status: 422,
      message: `Validation Failed (422) at POST /v1/customers: ${detail}`,
      detail,
      items: [],
    });
    expect(error.fieldErrors).toEqual({ email: detail });
  });

  it("keeps a business-rule detail off the fields", () => {
    const error = new StraddleError({
      kind: "http",
      endpoint: "PATCH /v1/customers/{id}/review",
      status: 422,
      message: "x",
      detail: "Customers with status Verified cannot be changed.",
    });
    expect(error.fieldErrors).toEqual({});
    expect(error.items).toEqual([]);
  });

  it.each([
    ["network", undefined, true],
    ["http", 408, true],
    ["http", 409, false],
    ["http", 429, true],
    ["http", 500, true],
    ["http", 503, true],
    ["http", 400, false],
    ["http", 401, false],
    ["http", 403, false],
    ["http", 404, false],
    ["http", 422, false],
    ["invalid_response", 200, false],
    ["aborted", undefined, false],
    ["invalid_request", undefined, false],
  ] as const)("%s %s → retryable %s", (kind, status, retryable) => {
    expect(new StraddleError({ kind, status, endpoint: "GET /v1/customers", message: "x" }).retryable).toBe(
      retryable,
    );
  });
});

describe("idempotency keys", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("createIdempotencyKey makes a 36-character UUID that the API accepts", () => {
    const key = createIdempotencyKey();
    expect(key).toHaveLength(36);
    expect(key).toMatch(UUID_V4);
    expect(isValidIdempotencyKey(key)).toBe(true);
  });

  it("createIdempotencyKey is unique over 1000 calls", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => createIdempotencyKey()));
    expect(keys.size).toBe(1000);
  });

  it("still makes UUIDs where crypto.randomUUID is missing (insecure contexts)", () => {
    const getRandomValues = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    vi.stubGlobal("crypto", { getRandomValues });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    const keys = Array.from({ length: 100 }, () => createIdempotencyKey());
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(100);
  });

  it("and where there is no crypto at all", () => {
    vi.stubGlobal("crypto", undefined);
    const keys = Array.from({ length: 100 }, () => createIdempotencyKey());
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(100);
  });

  it.each([
    ["10 characters", "a".repeat(10), true],
    ["40 characters", "a".repeat(40), true],
    ["a UUID", "3c90c3cc-0d44-4b50-8888-8dd25736052a", true],
    ["underscores", "attempt_0001", true],
    ["9 characters", "a".repeat(9), false],
    ["41 characters", "a".repeat(41), false],
    ["43 characters (observed refused)", "a".repeat(43), false],
    ["empty", "", false],
    ["a space", "attempt 0001", false],
    ["a line break", "attempt\n0001", false],
  ])("isValidIdempotencyKey: %s → %s", (_label, key, valid) => {
    expect(isValidIdempotencyKey(key)).toBe(valid);
    expect(IDEMPOTENCY_KEY_PATTERN.test(key)).toBe(valid);
  });
});
