import type { Decision } from "../../api/schemas/common.js";
import { format } from "../../messages/merge.js";
import type { StraddleMessages } from "../../messages/types.js";

/**
 * `record[key]` only when it is the record's own string. Keys come from the API (codes,
 * enum values), so `"constructor"` or `"__proto__"` must not reach the prototype.
 */
export function own(record: object | null | undefined, key: string): string | undefined {
  if (!record || !Object.hasOwn(record, key)) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/** A known value's label, an unknown one as-is inside "Unknown (…)", a missing one as "—". */
export function enumLabel(
  m: Pick<StraddleMessages, "common">,
  labels: object,
  value: string | null | undefined,
): string {
  if (value === null || value === undefined || value === "") return m.common.notAvailable;
  return own(labels, value) ?? format(m.common.unknownValue, { value });
}

export function decisionLabel(
  m: Pick<StraddleMessages, "common">,
  value: Decision | null | undefined,
): string {
  return enumLabel(m, m.common.decision, value);
}

/** Picks `none` (for 0, when given), `one` or `other` by the locale's plural rules, filled with `{count}`. */
export function plural(
  locale: string | undefined,
  count: number,
  forms: { none?: string; one: string; other: string },
  formatted: string = String(count),
): string {
  if (count === 0 && forms.none !== undefined) return format(forms.none, { count: formatted });
  const rule = new Intl.PluralRules(locale).select(count);
  return format(rule === "one" ? forms.one : forms.other, { count: formatted });
}

/** A 0–1 score; anything else (123, -1) is shown as-is and marked out of range. */
export function inUnitRange(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}
