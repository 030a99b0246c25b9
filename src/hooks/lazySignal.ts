/**
 * TanStack Query cancels a fetch whose `signal` was read as soon as its last observer
 * unsubscribes — which StrictMode's simulated unmount does right after mounting, so every
 * request would be sent twice. Reading the signal one microtask later, after StrictMode has
 * re-subscribed, keeps real cancellation (id change, unmount) without the duplicate.
 */
export async function lazySignal(context: { signal: AbortSignal }): Promise<AbortSignal> {
  await Promise.resolve();
  return context.signal;
}
