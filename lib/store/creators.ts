import { creatorId, type CreatorRecord } from '../model/creator';
import type { CreatorKey } from '../model/snapshot';
import type { StoreContext } from './context';
import { indexChange, indexChanges, indexEntryOf } from './creator-index';
import { creatorStorageKey } from './keys';
import { withProblems } from './problems';
import { encodeCreator } from './record-codec';
import { reviveCreator } from './revive';

/**
 * Creator records in storage. Call only from inside the background's write queue: each function
 * reads, decides and writes without anything else interleaving.
 */

export async function loadCreator(
  ctx: StoreContext,
  key: CreatorKey,
): Promise<CreatorRecord | null> {
  const storageKey = creatorStorageKey(creatorId(key));
  const raw = (await ctx.area.get([storageKey]))[storageKey];
  return raw === undefined ? null : settle(ctx, key, raw);
}

/** Several records in one read, in the order of `keys`; missing and quarantined ones left out. */
export async function loadCreators(
  ctx: StoreContext,
  keys: CreatorKey[],
): Promise<CreatorRecord[]> {
  const raw = await ctx.area.get(keys.map((key) => creatorStorageKey(creatorId(key))));
  const out: CreatorRecord[] = [];
  for (const key of keys) {
    const value = raw[creatorStorageKey(creatorId(key))];
    if (value === undefined) continue;
    const record = await settle(ctx, key, value);
    if (record) out.push(record);
  }
  return out;
}

/**
 * A stored value made usable: migrated or normalised records are written back, repaired ones written back with
 * the original kept as a problem, unusable ones moved to the quarantine and out of the index.
 */
async function settle(
  ctx: StoreContext,
  key: CreatorKey,
  raw: unknown,
): Promise<CreatorRecord | null> {
  const revived = reviveCreator(raw, key, ctx.now());
  const storageKey = creatorStorageKey(creatorId(key));
  if (revived.status === 'ok') {
    if (revived.writeBack) await saveCreator(ctx, revived.value);
    return revived.value;
  }
  const problem = {
    key: storageKey,
    raw,
    error: revived.status === 'repaired' ? 'invalid fields replaced' : revived.error,
    issues: revived.issues,
    resolution: revived.status,
  };
  if (revived.status === 'repaired') {
    await saveCreator(ctx, revived.value, await withProblems(ctx, [problem]));
    return revived.value;
  }
  await ctx.area.set({
    ...(await withProblems(ctx, [problem])),
    ...(await indexChange(ctx, creatorId(key), null)),
  });
  await ctx.area.remove([storageKey]);
  return null;
}

/** Writes a record and its index entry in one `set` (with `extra` keys, e.g. the quarantine). */
export async function saveCreator(
  ctx: StoreContext,
  record: CreatorRecord,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const id = creatorId(record);
  await ctx.area.set({
    ...extra,
    [creatorStorageKey(id)]: encodeCreator(record),
    ...(await indexChange(ctx, id, indexEntryOf(record))),
  });
}

/**
 * Writes several records and their index entries in one `set`: all of them land or, when storage
 * refuses the write, none does.
 */
export async function saveCreatorsTogether(
  ctx: StoreContext,
  records: readonly CreatorRecord[],
): Promise<void> {
  if (records.length === 0) return;
  const index = await indexChanges(
    ctx,
    records.map((record) => [creatorId(record), indexEntryOf(record)] as const),
  );
  await ctx.area.set({
    ...Object.fromEntries(records.map((r) => [creatorStorageKey(creatorId(r)), encodeCreator(r)])),
    ...index,
  });
}

export async function saveCreators(ctx: StoreContext, records: CreatorRecord[]): Promise<void> {
  for (const record of records) await saveCreator(ctx, record);
}

export async function deleteCreator(ctx: StoreContext, key: CreatorKey): Promise<boolean> {
  const id = creatorId(key);
  const storageKey = creatorStorageKey(id);
  const exists = (await ctx.area.get([storageKey]))[storageKey] !== undefined;
  const index = await indexChange(ctx, id, null);
  if (Object.keys(index).length > 0) await ctx.area.set(index);
  if (exists) await ctx.area.remove([storageKey]);
  return exists;
}
