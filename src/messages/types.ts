import type { en } from "./en/index.js";

/** Recursively optional, for partial overrides of nested message objects. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * Every string the components show, grouped by component. Placeholders in braces
 * (`{name}`) are filled in by the component. A host overrides any part of it through
 * `<StraddleProvider messages={…}>`; a translation supplies all of it.
 */
export type StraddleMessages = Widen<typeof en>;

export type StraddleMessagesOverride = DeepPartial<StraddleMessages>;
