import { creatorId } from '../model/creator';
import type { StoreContext } from './context';
import { indexChanges, indexEntryOf, readIndex, type IndexEntry } from './creator-index';
import { loadCreator } from './creators';
import { CREATOR_PREFIX, parseCreatorStorageKey } from './keys';
import { addProblems } from './problems';

export interface IndexCheck {
  /** Valid (or repaired) records the index did not list: listed again. */
  reindexed: string[];
  /** Records the index did not list that could not be used: moved to the quarantine. */
  quarantined: string[];
  /** Index entries whose record is gone: removed. */
  orphans: string[];
}

/**
 * Run at start: every stored creator record is in the index and every index entry has its record.
 * A record written without its index entry (an older version, a write cut short, a hand edit) would
 * otherwise be invisible everywhere: it is read like any other (migrated, repaired or quarantined)
 * and indexed again. A key under `creator:` that names no creator is quarantined, never dropped.
 */
export async function checkIndex(ctx: StoreContext): Promise<IndexCheck> {
  const keys = ctx.area.keys ? await ctx.area.keys() : Object.keys(await ctx.area.getAll());
  const index = await readIndex(ctx);
  const out: IndexCheck = { reindexed: [], quarantined: [], orphans: [] };
  const stored = new Set<string>();
  const entries: Array<[string, IndexEntry | null]> = [];
  const strays: string[] = [];
  for (const key of keys) {
    if (!key.startsWith(CREATOR_PREFIX)) continue;
    const creator = parseCreatorStorageKey(key);
    if (!creator) {
      strays.push(key);
      continue;
    }
    const id = creatorId(creator);
    stored.add(id);
    if (index.has(id)) continue;
    const record = await loadCreator(ctx, creator);
    if (record) {
      entries.push([id, indexEntryOf(record)]);
      out.reindexed.push(id);
    } else out.quarantined.push(id);
  }
  for (const id of index.keys())
    if (!stored.has(id)) {
      entries.push([id, null]);
      out.orphans.push(id);
    }
  if (entries.length) await ctx.area.set(await indexChanges(ctx, entries));
  if (strays.length) {
    const raw = await ctx.area.get(strays);
    await addProblems(
      ctx,
      strays.map((key) => ({
        key,
        raw: raw[key],
        error: 'stored as a creator, but its key names no Instagram or TikTok account',
        issues: [],
        resolution: 'quarantined' as const,
      })),
    );
    await ctx.area.remove(strays);
    out.quarantined.push(...strays);
  }
  return out;
}
