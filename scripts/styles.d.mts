import type { Plugin } from "vite";

export const STYLES_ID: "straddle-customers-react/styles.css";
export const UNSTYLED_ATTRIBUTE: "data-sc-unstyled";
export const UNSTYLED_GUARD: string;
export function withAutoTheme(tokens: string): string;
export const ALWAYS_APPLIED: Set<string>;
export function guardUnstyled(css: string): string;
export function stylesheetFiles(): string[];
export function buildStylesheet(): string;
export function stylesheetPlugin(): Plugin;
