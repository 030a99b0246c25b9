/**
 * Package-private hooks between the presets and `createStraddleProxy`, keyed by the options
 * object a preset passes in (not part of the public options type).
 */

/** Rewrites the checked JSON body of `customers.create` before `deviceIp` stamps it. */
export type CreateBodyRewrite = (
  body: Record<string, unknown>,
  request: Request,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

export const createBodyRewrites = new WeakMap<object, CreateBodyRewrite>();
