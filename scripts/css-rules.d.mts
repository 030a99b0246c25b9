export interface StyleRule {
  from: number;
  to: number;
  selectors: string[];
}
export function splitSelectors(text: string): string[];
export function styleRules(css: string): StyleRule[];
export function applyEdits(css: string, edits: [number, number, string][]): string;
