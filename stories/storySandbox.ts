import type { createSandbox } from "../src/sandbox";

/** The sandbox the global decorator created for the story being played. */
export function getStorySandbox(): ReturnType<typeof createSandbox> {
  const sandbox = (globalThis as { __straddleSandbox?: ReturnType<typeof createSandbox> }).__straddleSandbox;
  if (!sandbox) throw new Error("No story sandbox: is the global decorator in .storybook/preview.tsx?");
  return sandbox;
}
