import type { Browser } from 'wxt/browser';
import type { KeyValueArea } from './area';

type StorageArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'> & {
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
