import { z } from 'zod';
import { creatorId, type CreatorRecord } from '../model/creator';
import type { StoreContext } from './context';
import {
  allIndexKeys,
  CREATOR_PREFIX,
  indexStorageKey,
  parseCreatorStorageKey,
  shardOf,
} from './keys';
import { isPlainObject } from './repair';
import { addProblems } from './problems';

/**
 * Which creators exist and which campaigns each is in: enough to list and filter without reading
 * every record. Derived from the records, so a damaged shard is rebuilt from them, never trusted.
 */
export const IndexEntry = z.object({ campaigns: z.array(z.string().nullable()) });
export type IndexEntry = z.infer<typeof IndexEntry>;
export const Shard = z.record(z.string(), IndexEntry);
export type Shard = z.infer<typeof Shard>;

export const indexEntryOf = (record: Pick<CreatorRecord, 'campaigns'>): IndexEntry => ({
  campaigns: record.campaigns.map((entry) => entry.campaignId),
});

const sameEntry = (a: IndexEntry | undefined, b: IndexEntry | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The index write that goes with a change to one creator (null entry: the creator is gone), or
 * nothing when its entry is unchanged. Written in the same `set` as the record.
 */
export async function indexChange(
  ctx: StoreContext,
  id: string,
  entry: IndexEntry | null,
): Promise<Record<string, Shard>> {
  return indexChanges(ctx, [[id, entry]]);
}

/** The index writes for changes to several creators: each shard read once, written once. */
export async function indexChanges(
  ctx: StoreContext,
  changes: ReadonlyArray<readonly [string, IndexEntry | null]>,
): Promise<Record<string, Shard>> {
  const keys = [...new Set(changes.map(([id]) => indexStorageKey(shardOf(id))))];
  const shards = await readShards(ctx, keys);
  const writes: Record<string, Shard> = {};
  for (const [id, entry] of changes) {
    const key = indexStorageKey(shardOf(id));
    const shard = writes[key] ?? shards.get(key) ?? {};
    const current = shard[id];
    if (entry === null ? current === undefined : sameEntry(current, entry)) continue;
    const next: Shard = { ...shard };
    if (entry === null) delete next[id];
    else next[id] = entry;
    writes[key] = next;
  }
  return writes;
}

/** Every creator id in the index, with its entry. */
export async function readIndex(ctx: StoreContext): Promise<Map<string, IndexEntry>> {
  const out = new Map<string, IndexEntry>();
  for (const shard of (await readShards(ctx, allIndexKeys())).values())
    for (const [id, entry] of Object.entries(shard)) out.set(id, entry);
  return out;
}

/** Reads shards; if any is damaged, the whole index is rebuilt from the records first. */
async function readShards(ctx: StoreContext, keys: string[]): Promise<Map<string, Shard>> {
  const raw = await ctx.area.get(keys);
  const shards = new Map<string, Shard>();
  const damaged: string[] = [];
  for (const key of keys) {
    if (raw[key] === undefined) continue;
    const parsed = Shard.safeParse(raw[key]);
    if (parsed.success) shards.set(key, parsed.data);
    else damaged.push(key);
  }
  if (damaged.length === 0) return shards;
  await addProblems(
    ctx,
    damaged.map((key) => ({
      key,
      raw: raw[key],
      error: 'damaged index shard: rebuilt from the creator records',
      issues: [],
      resolution: 'repaired' as const,
    })),
  );
  const rebuilt = await rebuildIndex(ctx);
  return new Map(keys.map((key) => [key, rebuilt[key] ?? {}]));
}

/**
 * Scans storage for creator records and writes a fresh index. Campaign membership is read loosely
 * here; a record that turns out invalid is repaired or quarantined when it is next read.
 */
export async function rebuildIndex(ctx: StoreContext): Promise<Record<string, Shard>> {
  const all = await ctx.area.getAll();
  const shards: Record<string, Shard> = Object.fromEntries(allIndexKeys().map((k) => [k, {}]));
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(CREATOR_PREFIX)) continue;
    const creator = parseCreatorStorageKey(key);
    if (!creator) continue;
    const id = creatorId(creator);
    shards[indexStorageKey(shardOf(id))]![id] = { campaigns: looseCampaigns(value) };
  }
  await ctx.area.set(shards);
  return shards;
}

function looseCampaigns(value: unknown): Array<string | null> {
  if (!isPlainObject(value) || !Array.isArray(value.campaigns)) return [];
  return value.campaigns.flatMap((entry: unknown) => {
    if (!isPlainObject(entry)) return [];
    const id = entry.campaignId;
    return typeof id === 'string' || id === null ? [id] : [];
  });
}
