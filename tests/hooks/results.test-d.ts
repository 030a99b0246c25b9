import { describe, expectTypeOf, test } from "vitest";
import type { StraddleError } from "../../src/api/errors";
import type { CustomerStatus, Decision } from "../../src/api/schemas/common";
import type { Customer, CustomerSummary, CustomerUnmasked } from "../../src/api/schemas/customer";
import type { CustomerReview } from "../../src/api/schemas/review";
import type {
  PageInfo,
  UseCreateCustomerResult,
  UseCustomerListResult,
  UseCustomerResult,
  UseCustomerReviewResult,
} from "../../src/headless";

declare const customer: UseCustomerResult;
declare const review: UseCustomerReviewResult;
declare const list: UseCustomerListResult;
declare const create: UseCreateCustomerResult;

describe("useCustomer result", () => {
  test("status narrows data and the domain alias", () => {
    if (customer.status === "success") {
      expectTypeOf(customer.data).toEqualTypeOf<Customer>();
      expectTypeOf(customer.customer).toEqualTypeOf<Customer>();
      expectTypeOf(customer.error).toEqualTypeOf<null>();
    }
    if (customer.status === "pending") {
      expectTypeOf(customer.customer).toEqualTypeOf<undefined>();
    }
    if (customer.status === "error") {
      expectTypeOf(customer.error).toEqualTypeOf<StraddleError>();
      expectTypeOf(customer.customer).toEqualTypeOf<Customer | undefined>();
    }
  });
  test("isSuccess narrows too", () => {
    if (customer.isSuccess) expectTypeOf(customer.customer).toEqualTypeOf<Customer>();
  });
  test("actions keep their types whatever the status", () => {
    expectTypeOf(customer.update).returns.toEqualTypeOf<Promise<Customer>>();
    expectTypeOf(customer.unmask).returns.toEqualTypeOf<Promise<CustomerUnmasked>>();
    expectTypeOf(customer.unmasked).toEqualTypeOf<CustomerUnmasked | undefined>();
  });
});

describe("useCustomerReview result", () => {
  test("success narrows the review and its derived facts", () => {
    if (review.status === "success") {
      expectTypeOf(review.review).toEqualTypeOf<CustomerReview>();
      expectTypeOf(review.canDecide).toEqualTypeOf<boolean>();
      expectTypeOf(review.customerStatus).toEqualTypeOf<CustomerStatus>();
      expectTypeOf(review.decision).toEqualTypeOf<Decision | undefined>();
    } else {
      expectTypeOf(review.canDecide).toEqualTypeOf<boolean | undefined>();
    }
  });
  test("decide takes status words, not decision words", () => {
    expectTypeOf(review.decide).parameter(0).toEqualTypeOf<"verified" | "rejected">();
  });
});

describe("useCustomerList result", () => {
  test("success narrows the page data", () => {
    if (list.status === "success") {
      expectTypeOf(list.data.data).toEqualTypeOf<CustomerSummary[]>();
    }
    expectTypeOf(list.customers).toEqualTypeOf<CustomerSummary[] | undefined>();
    expectTypeOf(list.page).toEqualTypeOf<PageInfo | undefined>();
  });
});

describe("useCreateCustomer result", () => {
  test("create resolves to the customer; error is a StraddleError", () => {
    expectTypeOf(create.create).returns.toEqualTypeOf<Promise<Customer>>();
    expectTypeOf(create.error).toEqualTypeOf<StraddleError | null>();
  });
});
