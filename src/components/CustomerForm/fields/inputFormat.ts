/**
 * Inserts the dashes of a digit pattern as the person types (`123456789` → `123-45-6789`).
 * Leaves the value alone when it holds anything but digits, spaces and dashes, or too many
 * digits, so nothing typed is ever dropped: the form's check then explains the format.
 */
export function formatDigits(value: string, groups: readonly number[]): string {
  const digits = value.replace(/[\s-]/g, "");
  const stops: number[] = [];
  let total = 0;
  for (const size of groups) {
    total += size;
    stops.push(total);
  }
  if (!/^\d*$/.test(digits) || digits.length > total) return value;
  const parts: string[] = [];
  let at = 0;
  for (const stop of stops) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, stop));
    at = stop;
  }
  const formatted = parts.join("-");
  // A dash the person typed right after a complete group stays.
  return value.endsWith("-") && stops.slice(0, -1).includes(digits.length) ? `${formatted}-` : formatted;
}

export const SSN_GROUPS = [3, 2, 4] as const;
export const EIN_GROUPS = [2, 7] as const;
export const DOB_GROUPS = [4, 2, 2] as const;
