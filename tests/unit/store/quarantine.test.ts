import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexStorageKey, shardOf } from '../../../lib/store/keys';
import * as v001 from './examples/v001';
import { ok, testServer } from './helpers';

beforeEach(() => fakeBrowser.reset());

const key = (handle: string) => ({ platform: 'instagram', handle }) as const;

async function threeCreators() {
  const { ask } = testServer();
  for (const handle of ['ann', 'bob', 'cat'])
    await ok(ask({ type: 'creator/shortlist', key: key(handle) }));
  return ask;
}

describe('a corrupt creator record', () => {
  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [1, 2, 3]],
    ['a record from a newer version', { ...v001.creator, handle: 'bob', schemaVersion: 99 }],
    ['a record without a version', { handle: 'bob', notes: 'kept verbatim' }],
  ])('(%s) is quarantined verbatim; the others survive and listing works', async (_name, raw) => {
    const ask = await threeCreators();
    await fakeBrowser.storage.local.set({ 'creator:instagram:bob': raw });

    const listed = await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }));
    expect(listed.creators.map((c) => c.handle).sort()).toEqual(['ann', 'cat']);

    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      key: 'creator:instagram:bob',
      resolution: 'quarantined',
      raw,
    });
    expect(problems[0]!.error).not.toBe('');
    expect(Date.parse(problems[0]!.at)).not.toBeNaN();

    // Out of storage and the index: reported once, not on every read.
    expect(await fakeBrowser.storage.local.get('creator:instagram:bob')).toEqual({});
    await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }));
    expect((await ok(ask({ type: 'store/problems' }))).problems).toHaveLength(1);
    // The creator can be shortlisted again from scratch.
    await ok(ask({ type: 'creator/shortlist', key: key('bob') }));
    expect((await ok(ask({ type: 'creator/list' }))).creators).toHaveLength(3);
  });
});

describe('field-by-field repair', () => {
  test('invalid fields are replaced, valid ones kept, the original kept as a problem', async () => {
    const ask = await threeCreators();
    const damaged = {
      ...v001.creator,
      handle: 'bob',
      notes: 42,
      tags: ['ok', '', 7],
      snapshots: [v001.creator.snapshots[0], { at: 'yesterday-ish', followers: -1 }],
      campaigns: [v001.creator.campaigns[1], { campaignId: 'x', status: 'on-fire' }],
      lastReading: { at: 'nope' },
    };
    await fakeBrowser.storage.local.set({ 'creator:instagram:bob': damaged });
    const { creator } = await ok(ask({ type: 'creator/get', key: key('bob') }));
    expect(creator).toMatchObject({
      handle: 'bob',
      displayName: 'Jane Paints',
      // The note (a number here) became the log's first entry on the way to the current version.
      log: [{ at: v001.creator.updatedAt, channel: 'other', text: '42' }],
      tags: ['ok'],
      lastReading: null,
    });
    expect(creator?.snapshots).toEqual([v001.creator.snapshots[0]]);
    expect(creator?.campaigns.map((c) => c.campaignId)).toEqual([null]);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ resolution: 'repaired', raw: damaged });
    expect(problems[0]!.issues.map((i) => i.path.split(/[.[]/)[0])).toEqual(
      expect.arrayContaining(['tags', 'snapshots', 'campaigns', 'lastReading']),
    );
    // Written back: the next read is clean.
    await ok(ask({ type: 'creator/get', key: key('bob') }));
    expect((await ok(ask({ type: 'store/problems' }))).problems).toHaveLength(1);
  });

  test('a record stored under another handle takes the identity of its key', async () => {
    const ask = await threeCreators();
    await fakeBrowser.storage.local.set({ 'creator:instagram:bob': { ...v001.creator } });
    const { creator } = await ok(ask({ type: 'creator/get', key: key('bob') }));
    expect(creator?.handle).toBe('bob');
    const [problem] = (await ok(ask({ type: 'store/problems' }))).problems;
    expect(problem?.issues).toEqual([
      { path: 'handle', message: expect.stringContaining('storage key') },
    ]);
  });

  test('a valid record that contradicts itself is normalised and written back', async () => {
    const ask = await threeCreators();
    const stored = (await fakeBrowser.storage.local.get('creator:instagram:bob'))[
      'creator:instagram:bob'
    ];
    await fakeBrowser.storage.local.set({
      'creator:instagram:bob': {
        ...(stored as object),
        campaigns: [],
        shortlistedAt: '2026-01-01T00:00:00.000Z',
      },
    });
    expect(
      (await ok(ask({ type: 'creator/get', key: key('bob') }))).creator?.shortlistedAt,
    ).toBeNull();
    const after = await fakeBrowser.storage.local.get('creator:instagram:bob');
    expect(after['creator:instagram:bob']).toMatchObject({ shortlistedAt: null });
    expect((await ok(ask({ type: 'store/problems' }))).problems).toEqual([]);
  });

  test('damaged settings keep their valid fields', async () => {
    const { ask } = testServer();
    await fakeBrowser.storage.local.set({
      settings: {
        ...v001.settings,
        sender: { ...v001.settings.sender, email: 5 },
        activeCampaignId: 7,
      },
    });
    const { settings } = await ok(ask({ type: 'settings/get' }));
    expect(settings.sender).toEqual({ ...v001.settings.sender, email: '' });
    expect(settings.activeCampaignId).toBeNull();
    expect(settings.rules.thresholds.minComments).toBe(30);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems.map((p) => [p.key, p.resolution])).toEqual([['settings', 'repaired']]);
  });

  test('one bad campaign is set aside, the others stay', async () => {
    const { ask } = testServer();
    const good = v001.campaigns.items[0]!;
    await fakeBrowser.storage.local.set({
      campaigns: {
        schemaVersion: 1,
        items: [
          { ...good, id: 'one' },
          { id: 'two', name: '' },
          { ...good, id: 'three' },
        ],
      },
    });
    const { campaigns } = await ok(ask({ type: 'campaign/list' }));
    expect(campaigns.map((c) => c.id)).toEqual(['one', 'three']);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems.map((p) => [p.key, p.resolution])).toEqual([['campaigns[1]', 'quarantined']]);
    expect(problems[0]!.raw).toEqual({ id: 'two', name: '' });
  });
});

describe('the index', () => {
  test('a damaged shard is rebuilt from the records, and reported', async () => {
    const ask = await threeCreators();
    const shard = indexStorageKey(shardOf('instagram:ann'));
    await fakeBrowser.storage.local.set({ [shard]: 'not a shard' });
    const listed = await ok(ask({ type: 'creator/list' }));
    expect(listed.creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob', 'cat']);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems.map((p) => [p.key, p.resolution, p.raw])).toEqual([
      [shard, 'repaired', 'not a shard'],
    ]);
  });
});

describe('problems', () => {
  test('are removed only when the user dismisses them', async () => {
    const ask = await threeCreators();
    await fakeBrowser.storage.local.set({ 'creator:instagram:bob': 'garbage' });
    await ok(ask({ type: 'creator/list' }));
    const [problem] = (await ok(ask({ type: 'store/problems' }))).problems;
    expect(await ok(ask({ type: 'store/dismiss-problem', id: 'no-such-id' }))).toEqual({
      dismissed: false,
    });
    expect(await ok(ask({ type: 'store/dismiss-problem', id: problem!.id }))).toEqual({
      dismissed: true,
    });
    expect((await ok(ask({ type: 'store/problems' }))).problems).toEqual([]);
  });

  test('a damaged quarantine list is itself kept, not emptied', async () => {
    const { ask } = testServer();
    await fakeBrowser.storage.local.set({ quarantine: { not: 'a list' } });
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems).toEqual([
      expect.objectContaining({ key: 'quarantine', raw: { not: 'a list' } }),
    ]);
  });
});
