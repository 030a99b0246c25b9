import * as z from "zod/mini";
import { send } from "../../../api/request.js";
import { nonEmpty } from "../../../api/schemas/common.js";
import type { CreateCustomerInput } from "../../../api/schemas/requests.js";
import { useStraddle } from "../../../hooks/context.js";
import { useStraddleMutation } from "../../../hooks/useStraddleMutation.js";

/**
 * What an applicant learns after submitting: the application's id and that it was received.
 * Never the screening outcome or the stored details (`createOnboardingProxy` answers exactly
 * this; a full customer from another proxy is reduced to it).
 */
export interface OnboardingResult {
  id: string;
  state: "received";
}

/** Only `data.id` is read; everything else the server may have sent is dropped unread. */
const AnswerSchema = z.object({ data: z.object({ id: z.string().check(nonEmpty()) }) });

/**
 * `POST /v1/customers` for the public form. Like `useCreateCustomer` (one request at a time,
 * the `Idempotency-Key` reused by every retry of the same input), but nothing about the new
 * customer is put in the query cache: an applicant's browser keeps no copy of the record.
 */
export function useSubmitApplication() {
  const ctx = useStraddle("CustomerForm");
  return useStraddleMutation<CreateCustomerInput, OnboardingResult>(
    ctx,
    "customer.create",
    "POST /v1/customers",
    async (input, idempotencyKey) => {
      const answer = await send(
        ctx.config,
        {
          method: "POST",
          endpoint: "POST /v1/customers",
          path: "/v1/customers",
          body: input,
          schema: AnswerSchema,
          mutation: true,
        },
        { idempotencyKey },
      );
      return { id: answer.data.id, state: "received" };
    },
  );
}
