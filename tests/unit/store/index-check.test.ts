import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStoreServer } from '../../../lib/store/server';
import { checkIndex } from '../../../lib/store/index-check';
import { indexStorageKey, shardOf } from '../../../lib/store/keys';
import * as v001 from './examples/v001';
import { ok, testContext, testServer, type Ask } from './helpers';

beforeEach(() => fakeBrowser.reset());

const key = (handle: string) => ({ platform: 'instagram', handle }) as const;
const shardKey = (id: string) => indexStorageKey(shardOf(id));

/** Takes a creator's entry out of its index shard, as a write cut short would leave it. */
async function unindex(id: string) {
  const k = shardKey(id);
  const shard = (await fakeBrowser.storage.local.get(k))[k] as Record<string, unknown>;
  delete shard[id];
  await fakeBrowser.storage.local.set({ [k]: shard });
}

async function stored(handles: string[]): Promise<Ask> {
  const { ask } = testServer();
  for (const handle of handles) await ok(ask({ type: 'creator/shortlist', key: key(handle) }));
  return ask;
}

const listed = async (ask: Ask) =>
  (await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }))).creators
    .map((c) => c.handle)
    .sort();

describe('the start-up index check', () => {
  test('a valid record missing from the index is invisible before, listed after', async () => {
    const ask = await stored(['ann', 'bob', 'cat']);
    await unindex('instagram:bob');
    expect(await listed(ask)).toEqual(['ann', 'cat']);

    const result = await checkIndex(testContext());
    expect(result).toEqual({ reindexed: ['instagram:bob'], quarantined: [], orphans: [] });
    expect(await listed(ask)).toEqual(['ann', 'bob', 'cat']);
    // Its campaign membership is indexed too: it is on the shortlist again.
    const shortlisted = await ok(ask({ type: 'creator/list', filter: { scope: 'shortlisted' } }));
    expect(shortlisted.creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob', 'cat']);
    expect((await ok(ask({ type: 'store/problems' }))).problems).toEqual([]);
  });

  test('an old-version record written without an index entry is migrated and listed', async () => {
    const ask = await stored(['ann']);
    await fakeBrowser.storage.local.set({
      'creator:instagram:old.one': { ...v001.creator, handle: 'old.one' },
    });
    expect(await listed(ask)).toEqual(['ann']);
    expect((await checkIndex(testContext())).reindexed).toEqual(['instagram:old.one']);
    expect(await listed(ask)).toEqual(['ann', 'old.one']);
  });

  test('an unindexed record that cannot be used is quarantined verbatim, not dropped', async () => {
    const ask = await stored(['ann']);
    await fakeBrowser.storage.local.set({
      'creator:tiktok:broken': 'garbage',
      'creator:myspace:tom': { handle: 'tom' },
    });
    const result = await checkIndex(testContext());
    expect(result.quarantined.sort()).toEqual(['creator:myspace:tom', 'tiktok:broken']);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems.map((p) => [p.key, p.raw, p.resolution]).sort()).toEqual([
      ['creator:myspace:tom', { handle: 'tom' }, 'quarantined'],
      ['creator:tiktok:broken', 'garbage', 'quarantined'],
    ]);
    expect(problems.find((p) => p.key === 'creator:myspace:tom')!.error).toBe(
      'stored as a creator, but its key names no Instagram or TikTok account',
    );
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((k) => k.startsWith('creator:'))).toEqual([
      'creator:instagram:ann',
    ]);
    expect(await listed(ask)).toEqual(['ann']);
  });

  test('an index entry whose record is gone is removed', async () => {
    const ask = await stored(['ann', 'bob']);
    await fakeBrowser.storage.local.remove('creator:instagram:bob');
    expect(await checkIndex(testContext())).toEqual({
      reindexed: [],
      quarantined: [],
      orphans: ['instagram:bob'],
    });
    const shard = (await fakeBrowser.storage.local.get(shardKey('instagram:bob')))[
      shardKey('instagram:bob')
    ] as Record<string, unknown>;
    expect(shard['instagram:bob']).toBeUndefined();
    expect(await listed(ask)).toEqual(['ann']);
  });

  test('a consistent store is left exactly as it was', async () => {
    await stored(['ann', 'bob']);
    const before = await fakeBrowser.storage.local.get(null);
    expect(await checkIndex(testContext())).toEqual({
      reindexed: [],
      quarantined: [],
      orphans: [],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  test('the server runs it before the first request it answers', async () => {
    await stored(['ann', 'bob']);
    await unindex('instagram:bob');
    const handle = createStoreServer(testContext(), undefined, checkIndex);
    const res = (await handle({ type: 'creator/list', filter: { scope: 'all' } })) as {
      ok: true;
      data: { creators: Array<{ handle: string }> };
    };
    expect(res.data.creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob']);
  });
});
