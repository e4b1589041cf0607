import type { CreatorKey } from '../model/snapshot';
import { Platform } from '../model/reading';

/**
 * Storage layout (browser.storage.local):
 * - `creator:<platform>:<handle>`  one CreatorRecord per creator
 * - `index:000` … `index:255`      which creators exist and their campaigns, sharded by a hash of
 *                                  the id so that a write rewrites ~1/256 of the index, not all of it
 * - `campaigns`, `templates`       `{ schemaVersion, items }` (a few dozen each)
 * - `settings`                     UserSettings
 * - `quarantine`                   Problem[]: invalid values, verbatim
 */
export const CREATOR_PREFIX = 'creator:';
export const INDEX_PREFIX = 'index:';
export const INDEX_SHARDS = 256;
export const CAMPAIGNS_KEY = 'campaigns';
export const TEMPLATES_KEY = 'templates';
export const SETTINGS_KEY = 'settings';
export const QUARANTINE_KEY = 'quarantine';

export const creatorStorageKey = (id: string): string => CREATOR_PREFIX + id;

/** `instagram:jane` → { platform, handle }; null for anything else. */
export function parseCreatorId(id: string): CreatorKey | null {
  const colon = id.indexOf(':');
  const platform = Platform.safeParse(id.slice(0, colon));
  const handle = id.slice(colon + 1);
  return colon > 0 && platform.success && handle !== ''
    ? { platform: platform.data, handle }
    : null;
}

export const parseCreatorStorageKey = (key: string): CreatorKey | null =>
  key.startsWith(CREATOR_PREFIX) ? parseCreatorId(key.slice(CREATOR_PREFIX.length)) : null;

/** FNV-1a: stable across sessions and browsers, unlike anything keyed on object identity. */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % INDEX_SHARDS;
}

export const indexStorageKey = (shard: number): string =>
  INDEX_PREFIX + String(shard).padStart(3, '0');

export const allIndexKeys = (): string[] =>
  Array.from({ length: INDEX_SHARDS }, (_, shard) => indexStorageKey(shard));
