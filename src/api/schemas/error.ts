import * as z from "zod/mini";
import { ResponseTypeSchema } from "./common.js";

export const ErrorItemSchema = z.object({
  reference: z.nullish(z.string()),
  detail: z.nullish(z.string()),
});
export type ErrorItem = z.infer<typeof ErrorItemSchema>;

/** The error sits under a top-level `error` key (not `data`); every part of it is optional. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    status: z.nullish(z.number()),
    type: z.nullish(z.string()),
    title: z.nullish(z.string()),
    detail: z.nullish(z.string()),
    items: z.nullish(z.array(ErrorItemSchema)),
  }),
  meta: z.nullish(
    z.object({
      api_request_id: z.nullish(z.string()),
      api_request_timestamp: z.nullish(z.string()),
    }),
  ),
  response_type: z.nullish(ResponseTypeSchema),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
