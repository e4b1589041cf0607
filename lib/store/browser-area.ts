import type { KeyValueArea } from './area';

/**
 * The promise-based part of a storage area the store uses, written out rather than taken from
 * wxt/browser: browser.storage.local and WXT's fake browser both fit it, whichever typings WXT ships.
 */
type StorageArea = {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Chrome 130+, Firefox 143+: the keys alone, without reading every value. */
  getKeys?: () => Promise<string[]>;
};

/** browser.storage.local (or fakeBrowser's) as the store's KeyValueArea. */
export function browserArea(area: StorageArea): KeyValueArea {
  return {
    get: async (keys) =>
      keys.length === 0 ? {} : ((await area.get(keys)) as Record<string, unknown>),
    getAll: async () => (await area.get(null)) as Record<string, unknown>,
    async keys() {
      try {
        if (typeof area.getKeys === 'function') return await area.getKeys();
      } catch {
        // An implementation that declares it but cannot list keys (WXT's fake browser).
      }
      return Object.keys((await area.get(null)) as Record<string, unknown>);
    },
    set: (items) => area.set(items),
    remove: (keys) => (keys.length === 0 ? Promise.resolve() : area.remove(keys)),
  };
}
