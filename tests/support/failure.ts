import { StraddleError } from "../../src/api/errors";

/** The StraddleError a promise rejects with (fails the test when it resolves or throws something else). */
export async function failureOf(promise: Promise<unknown>): Promise<StraddleError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StraddleError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}
