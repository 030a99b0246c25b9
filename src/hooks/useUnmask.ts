import { useCallback, useEffect, useRef, useState } from "react";
import { getCustomerUnmasked } from "../api/endpoints.js";
import { StraddleError } from "../api/errors.js";
import type { CustomerUnmasked } from "../api/schemas/customer.js";
import { useStraddle } from "./context.js";
import { noId } from "./customerId.js";
import { reportFailure } from "./reportError.js";

/** Unmasked data lives in this component's state only, and never longer than `timeoutMs`. */
export function useUnmask(id: string | null, timeoutMs: number) {
  const ctx = useStraddle("useCustomer");
  const [held, setHeld] = useState<{ id: string; record: CustomerUnmasked; until: number } | null>(null);
  const [isUnmasking, setIsUnmasking] = useState(false);
  const [unmaskError, setUnmaskError] = useState<StraddleError | null>(null);
  // The request in flight belongs to the id it was made for; it is shared only with calls for that id.
  const inFlight = useRef<{ id: string; promise: Promise<CustomerUnmasked>; abort: AbortController } | null>(
    null,
  );
  const currentId = useRef(id);
  currentId.current = id;
  const mounted = useRef(true);

  const hideUnmasked = useCallback(() => setHeld(null), []);

  // Forget on unmount; cancel a request that would land afterwards.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      inFlight.current?.abort.abort();
      inFlight.current = null;
      setHeld(null);
    };
  }, []);
  // Forget on id change: the previous id's request is aborted and its answer dropped.
  useEffect(() => {
    const request = inFlight.current;
    if (request && request.id !== id) {
      request.abort.abort();
      inFlight.current = null;
      setIsUnmasking(false);
    }
    setHeld((h) => (h && h.id !== id ? null : h));
    setUnmaskError(null);
  }, [id]);
  useEffect(() => {
    if (!held) return;
    const timer = setTimeout(() => setHeld(null), Math.max(0, held.until - Date.now()));
    return () => clearTimeout(timer);
  }, [held]);

  const unmask = useCallback((): Promise<CustomerUnmasked> => {
    const endpoint = "GET /v1/customers/{id}/unmasked";
    const pending = inFlight.current;
    if (pending && pending.id === id) return pending.promise;
    if (!id) return Promise.reject(noId(endpoint));
    // A call made for an id the hook no longer shows (a stale `unmask`) fetches nothing.
    if (id !== currentId.current) return Promise.reject(abandoned(endpoint));
    pending?.abort.abort();
    const abort = new AbortController();
    // Whether this request still belongs to what the hook shows.
    const current = () => mounted.current && !abort.signal.aborted && currentId.current === id;
    setIsUnmasking(true);
    setUnmaskError(null);
    const promise = getCustomerUnmasked(ctx.config, id, { signal: abort.signal })
      .then((response) => {
        const record = response.data;
        // An answer for another customer than the one asked for is never shown.
        if (!current() || record.id !== id) throw abandoned(endpoint);
        setHeld({ id, record, until: Date.now() + timeoutMs });
        ctx.reportUnmask({ customerId: record.id, at: new Date() });
        return record;
      })
      .catch((thrown: unknown) => {
        const error = reportFailure(ctx, { operation: "customer.unmask", endpoint, customerId: id }, thrown);
        if (current() && error.kind !== "aborted") setUnmaskError(error);
        throw error;
      })
      .finally(() => {
        if (inFlight.current?.promise === promise) {
          inFlight.current = null;
          if (mounted.current) setIsUnmasking(false);
        }
      });
    inFlight.current = { id, promise, abort };
    return promise;
  }, [ctx, id, timeoutMs]);

  const visible = held && held.id === id ? held : null;
  return {
    unmask,
    unmasked: visible?.record,
    unmaskedUntil: visible?.until,
    isUnmasking,
    unmaskError,
    hideUnmasked,
  };
}

/** The rejection of an unmask whose id is no longer the hook's: its answer is dropped. */
function abandoned(endpoint: string) {
  return new StraddleError({
    kind: "aborted",
    endpoint,
    message: "The unmasking was abandoned: the customer id changed before the answer arrived.",
  });
}
