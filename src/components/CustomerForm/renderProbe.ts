import { createContext, useContext } from "react";

/**
 * Test instrumentation: when a callback is provided, every part of the form reports each of
 * its renders by name. Nothing is provided in production, so it costs one context read.
 * It lets a test assert that a keystroke re-renders only the field it lands in.
 */
export const RenderProbeContext = createContext<((part: string) => void) | null>(null);

export function useRenderProbe(part: string): void {
  useContext(RenderProbeContext)?.(part);
}
