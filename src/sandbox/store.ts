import { cloneJson } from "./render.js";
import type { SandboxCustomerRecord } from "./types.js";

/**
 * The sandbox's customers, keyed by id, in insertion order. Records go in and come out as
 * copies: changing a returned object changes nothing stored. Reads here are raw: a delayed
 * review (`pending_review`) settles only when the API is called.
 */
export interface SandboxStore {
  get(id: string): SandboxCustomerRecord | undefined;
  has(id: string): boolean;
  list(): SandboxCustomerRecord[];
  /** Adds a record; throws when its id is taken. */
  insert(record: SandboxCustomerRecord): SandboxCustomerRecord;
  /** Adds or replaces a record. */
  put(record: SandboxCustomerRecord): SandboxCustomerRecord;
  /** Merges `patch` into a stored record; throws when the id is unknown. */
  update(id: string, patch: Partial<SandboxCustomerRecord>): SandboxCustomerRecord;
  /** Removes a record and returns it (undefined when there was none). */
  remove(id: string): SandboxCustomerRecord | undefined;
  clear(): void;
  readonly size: number;
}

export function createStore(initial: readonly SandboxCustomerRecord[] = []): SandboxStore {
  const records = new Map<string, SandboxCustomerRecord>();
  const store: SandboxStore = {
    get: (id) => {
      const record = records.get(id);
      return record && cloneJson(record);
    },
    has: (id) => records.has(id),
    list: () => Array.from(records.values(), (record) => cloneJson(record)),
    insert(record) {
      if (records.has(record.id))
        throw new Error(`The sandbox already holds a customer with id ${record.id}.`);
      return store.put(record);
    },
    put(record) {
      records.set(record.id, cloneJson(record));
      return cloneJson(record);
    },
    update(id, patch) {
      const record = records.get(id);
      if (!record) throw new Error(`The sandbox holds no customer with id ${id}.`);
      return store.put({ ...record, ...cloneJson(patch), id });
    },
    remove(id) {
      const record = records.get(id);
      records.delete(id);
      return record;
    },
    clear: () => records.clear(),
    get size() {
      return records.size;
    },
  };
  for (const record of initial) store.put(record);
  return store;
}
