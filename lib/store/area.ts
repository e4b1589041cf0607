/**
 * The key-value storage the store reads and writes: browser.storage.local in the extension
 * (browser-area.ts), a Map in tests and benchmarks. One `set` call with several keys is one
 * write: the store relies on that to keep a record and its index shard together.
 */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Every key: only for rebuilding a damaged index (and listing keys where `keys` is missing). */
  getAll(): Promise<Record<string, unknown>>;
  /** Every key without its value, where the storage can list them so (start-up index check). */
  keys?(): Promise<string[]>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** An in-memory area that copies values in and out, as real storage serialises them. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & {
  data: Map<string, unknown>;
} {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of keys) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async getAll() {
      return structuredClone(Object.fromEntries(data));
    },
    async keys() {
      return [...data.keys()];
    },
    async set(items) {
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    },
    async remove(keys) {
      for (const key of keys) data.delete(key);
    },
  };
}
