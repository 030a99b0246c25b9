/**
 * A phone number as people type it, made E.164 where the intent is clear:
 * spaces, dashes, dots and parentheses are dropped; `00` before a country code becomes `+`;
 * a 10-digit US number (area code 2–9…) gets `+1`, and one written with its leading `1` gets `+`.
 * Anything else is returned without its punctuation, for the E.164 check to judge: a national
 * number of another country (`06 12 34 56 78`) is not guessed to be American.
 *
 * @example
 * normalizePhone("(212) 867-5309");   // "+12128675309"
 * normalizePhone("1-212-867-5309");   // "+12128675309"
 * normalizePhone("+44 20 7946 0958"); // "+442079460958"
 */
export function normalizePhone(input: string): string {
  const compact = input.trim().replace(/[\s().\-\u2010-\u2015]/g, "");
  if (compact.startsWith("+")) return compact;
  if (/^00[1-9]\d+$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^[2-9]\d{9}$/.test(compact)) return `+1${compact}`;
  if (/^1[2-9]\d{9}$/.test(compact)) return `+${compact}`;
  return compact;
}
