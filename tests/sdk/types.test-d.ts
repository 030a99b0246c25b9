import type { Straddle } from "@straddlecom/straddle";
import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod/mini";
import type {
  CreateCustomerInput,
  CustomerResponseSchema,
  CustomerReviewResponseSchema,
  CustomerSummaryPagedResponseSchema,
  CustomerUnmaskedResponseSchema,
  ReviewDecisionInput,
  UpdateCustomerInput,
} from "../../src/api";

// Enforced by `npm run typecheck` (tsc fails on a wrong expectation). The official SDK's types
// (`@straddlecom/straddle`, pinned) against the library's own: whatever the SDK types as a
// response, the library's response schemas accept; whatever the library's form produces, a
// host's backend can hand to the SDK unchanged.

describe("the SDK's response types fit the library's response schemas", () => {
  test("customer, unmasked, list and review bodies", () => {
    expectTypeOf<Straddle.CustomerV1>().toExtend<z.input<typeof CustomerResponseSchema>>();
    expectTypeOf<Straddle.CustomerUnmaskedV1>().toExtend<z.input<typeof CustomerUnmaskedResponseSchema>>();
    expectTypeOf<Straddle.CustomerSummaryPagedV1>().toExtend<
      z.input<typeof CustomerSummaryPagedResponseSchema>
    >();
    expectTypeOf<Straddle.Customers.CustomerReviewV1>().toExtend<
      z.input<typeof CustomerReviewResponseSchema>
    >();
  });

  test("a body the library would refuse is not an SDK type (the check can fail)", () => {
    expectTypeOf<{ data: { id: number } }>().not.toExtend<z.input<typeof CustomerResponseSchema>>();
  });
});

describe("the library's request inputs are the SDK's params", () => {
  test("create, update and decision", () => {
    expectTypeOf<CreateCustomerInput>().toExtend<Straddle.CustomerCreateParams>();
    expectTypeOf<UpdateCustomerInput>().toExtend<Straddle.CustomerUpdateParams>();
    expectTypeOf<ReviewDecisionInput>().toExtend<Straddle.Customers.ReviewDecisionParams>();
  });
});
