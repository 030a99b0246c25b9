import { useSyncExternalStore } from "react";

/**
 * The host's audit trail (here: kept in memory for this browser tab). Straddle stores only a
 * decision's status; who decided, the note and who looked at unmasked data are the host's to keep.
 */
export interface AuditEntry {
  id: number;
  at: Date;
  customerId: string;
  what: string;
}

let entries: readonly AuditEntry[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

export function recordAudit(customerId: string, what: string) {
  entries = [{ id: nextId++, at: new Date(), customerId, what }, ...entries];
  for (const listener of listeners) listener();
}

export function useAuditEntries(): readonly AuditEntry[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => entries,
  );
}
