import { useMemo } from "react";
import * as z from "zod/mini";

/** A value that passed its schema, or where it did not (paths only, never the values). */
export type Validated<T> = { ok: true; value: T } | { ok: false; paths: string[] };

const MAX_PATHS = 5;
// Record keys come from the data: only identifier-like segments are named, the rest are "[key]".
const NAMEABLE = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

const cache = new WeakMap<object, WeakMap<object, Validated<unknown>>>();

/**
 * Parses `value` with `schema`: the same check as the fetch path, for data a host hands a
 * component directly. Results are cached per object, so re-rendering does not re-parse.
 */
export function validate<S extends z.core.$ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const byValue = cache.get(schema) ?? new WeakMap<object, Validated<unknown>>();
  cache.set(schema, byValue);
  if (value !== null && typeof value === "object") {
    const hit = byValue.get(value);
    if (hit) return hit as Validated<z.infer<S>>;
  }
  const parsed = z.safeParse(schema, value);
  const result: Validated<z.infer<S>> = parsed.success
    ? { ok: true, value: parsed.data as z.infer<S> }
    : { ok: false, paths: issuePaths(parsed.error.issues) };
  if (value !== null && typeof value === "object") byValue.set(value, result);
  return result;
}

/** `validate`, memoised on the value. */
export function useValidated<S extends z.core.$ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  return useMemo(() => validate(schema, value), [schema, value]);
}

/** `identity_details.kyc.codes`, `…matches[3].urls`: where the issues are, at most five, deduplicated. */
export function issuePaths(issues: readonly { path: readonly PropertyKey[] }[]): string[] {
  const paths = [
    ...new Set(
      issues.map((issue) =>
        issue.path.length === 0
          ? "(root)"
          : issue.path
              .map((segment, index) =>
                typeof segment === "number"
                  ? `[${segment}]`
                  : `${index === 0 ? "" : "."}${typeof segment === "string" && NAMEABLE.test(segment) ? segment : "[key]"}`,
              )
              .join(""),
      ),
    ),
  ];
  return paths.length > MAX_PATHS ? [...paths.slice(0, MAX_PATHS), "…"] : paths;
}
