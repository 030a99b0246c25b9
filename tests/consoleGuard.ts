/**
 * The console guard (installed by tests/setup.ts): a test fails when it logs a
 * `console.error` or `console.warn` it did not announce with `expectConsole`. React's warnings
 * (act(), keys, invalid DOM nesting), a library warning and an error boundary's report are
 * all defects until a test says otherwise.
 */
export type ConsoleKind = "error" | "warn";

interface Expectation {
  kind: ConsoleKind;
  pattern: RegExp;
}

interface Logged {
  kind: ConsoleKind;
  text: string;
}

const state: { expected: Expectation[]; logged: Logged[] } = { expected: [], logged: [] };

/** This test may log `kind` messages matching `pattern` (any number of them). */
export function expectConsole(kind: ConsoleKind, pattern: RegExp): void {
  state.expected.push({ kind, pattern });
}

/** Every console.error/warn of the current test so far (to assert on, e.g. that one was logged). */
export function loggedConsole(kind?: ConsoleKind): readonly Logged[] {
  return state.logged.filter((entry) => kind === undefined || entry.kind === kind);
}

function describeArgs(args: readonly unknown[]): string {
  return args
    .map((arg) => {
      if (typeof arg === "string") return arg;
      if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
      try {
        return JSON.stringify(arg);
      } catch {
        return String(arg);
      }
    })
    .join(" ");
}

/** Wraps console.error/warn: records each call, and passes through only the unexpected ones. */
export function installConsoleGuard(): void {
  const wrap = (kind: ConsoleKind, original: (...args: unknown[]) => void) => {
    return (...args: unknown[]) => {
      const text = describeArgs(args);
      state.logged.push({ kind, text });
      if (!state.expected.some((e) => e.kind === kind && e.pattern.test(text))) original(...args);
    };
  };
  console.error = wrap("error", console.error.bind(console));
  console.warn = wrap("warn", console.warn.bind(console));
}

export function resetConsoleGuard(): void {
  state.expected = [];
  state.logged = [];
}

/** The calls no expectation covers; a non-empty list fails the test. */
export function unexpectedConsole(): Logged[] {
  return state.logged.filter(
    (entry) => !state.expected.some((e) => e.kind === entry.kind && e.pattern.test(entry.text)),
  );
}
