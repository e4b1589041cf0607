import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORE_VERSION, type CreatorRecord } from '../../../lib/model/creator';
import type { KeyValueArea } from '../../../lib/store/area';
import { browserArea } from '../../../lib/store/browser-area';
import { sendMessage } from '../../../lib/store/client';
import { storeContext } from '../../../lib/store/context';
import { createStoreServer, listen } from '../../../lib/store/server';
import { ok, storageDump, testContext, testServer, visit } from './helpers';

beforeEach(() => fakeBrowser.reset());

const campaignInput = {
  name: 'Spring',
  brief: null,
  startsOn: null,
  endsOn: null,
  offer: null,
  templateIds: [],
  landingUrl: null,
};
const results = (conversions: number) => ({
  impressions: null,
  clicks: null,
  conversions,
  revenue: conversions * 40,
  paymentOverride: null,
  basis: 'hand' as const,
  byBasis: [],
  updatedAt: '2026-03-10T00:00:00.000Z',
});
const key = (handle: string) => ({ platform: 'instagram', handle }) as const;

describe('creator/update-campaigns', () => {
  test('patches entries of many creators; log, tags and new entries where asked', async () => {
    const sheet = {
      at: '2026-03-01T10:00:00.000Z',
      channel: 'email',
      text: 'from the sheet',
    } as const;
    const { ask } = testServer();
    const { campaign } = await ok(ask({ type: 'campaign/create', campaign: campaignInput }));
    for (const handle of ['ann', 'bob'])
      await ok(ask({ type: 'creator/shortlist', key: key(handle), campaignId: campaign.id }));
    const res = await ok(
      ask({
        type: 'creator/update-campaigns',
        updates: [
          { key: key('ann'), campaignId: campaign.id, patch: { results: results(3) } },
          { key: key('@Bob'), campaignId: campaign.id, patch: { status: 'live' } },
          {
            key: key('bob'),
            campaignId: campaign.id,
            patch: { discountCode: 'BOB15' },
            creator: { logAdd: [sheet, sheet], tags: ['art', 'art'] },
          },
          { key: key('cat'), campaignId: null, patch: { status: 'contacted' }, add: true },
        ],
      }),
    );
    expect(res).toEqual({ updated: 3 });
    const get = async (handle: string) =>
      (await ok(ask({ type: 'creator/get', key: key(handle) }))).creator!;
    expect((await get('ann')).campaigns[0]!.results).toEqual(results(3));
    const bob = await get('bob');
    expect(bob.campaigns[0]).toMatchObject({ status: 'live', discountCode: 'BOB15' });
    // The same conversation twice is logged once.
    expect(bob).toMatchObject({ log: [sheet], tags: ['art'] });
    const cat = await get('cat');
    expect(cat.campaigns).toMatchObject([{ campaignId: null, status: 'contacted' }]);
    expect(cat.shortlistedAt).not.toBeNull();
    const listed = await ok(ask({ type: 'creator/list', filter: { campaignId: null } }));
    expect(listed.creators.map((c) => c.handle)).toEqual(['cat']);
  });

  test('adding to a campaign keeps the no-campaign entry (unlike shortlisting, it moves nothing)', async () => {
    const { ask } = testServer();
    const { campaign } = await ok(ask({ type: 'campaign/create', campaign: campaignInput }));
    await ok(ask({ type: 'creator/shortlist', key: key('ann'), campaignId: null }));
    await ok(
      ask({
        type: 'creator/update-campaigns',
        updates: [{ key: key('ann'), campaignId: campaign.id, patch: {}, add: true }],
      }),
    );
    const { creator } = await ok(ask({ type: 'creator/get', key: key('ann') }));
    expect(creator!.campaigns.map((e) => e.campaignId)).toEqual([null, campaign.id]);
  });

  test.each([
    ['an unknown creator', { key: key('nobody'), campaignId: null, patch: {} }, 'updates[1].key'],
    [
      'a missing campaign',
      { key: key('ann'), campaignId: 'nope', patch: {} },
      'updates[1].campaignId',
    ],
    [
      'a campaign the creator is not in',
      { key: key('ann'), campaignId: 'CAMPAIGN', patch: {} },
      'updates[1].campaignId',
    ],
  ])('%s refuses the whole batch and changes nothing', async (_name, bad, path) => {
    const { ask } = testServer();
    const { campaign } = await ok(ask({ type: 'campaign/create', campaign: campaignInput }));
    await ok(ask({ type: 'creator/shortlist', key: key('ann'), campaignId: null }));
    const before = await storageDump();
    const res = await ask({
      type: 'creator/update-campaigns',
      updates: [
        { key: key('ann'), campaignId: null, patch: { status: 'signed' } },
        { ...bad, campaignId: bad.campaignId === 'CAMPAIGN' ? campaign.id : bad.campaignId },
      ],
    });
    expect(!res.ok && res.error.code).toBe('not-found');
    expect(!res.ok && res.error.issues.map((i) => i.path)).toEqual([path]);
    expect(await storageDump()).toEqual(before);
  });

  test.each([
    ['no updates', []],
    ['an unknown patch field', [{ key: key('ann'), campaignId: null, patch: { logAdd: [] } }]],
    [
      'too many red flags',
      [{ key: key('ann'), campaignId: null, patch: { redFlags: Array(51).fill('x') } }],
    ],
  ])('%s → bad-request', async (_name, updates) => {
    const { ask } = testServer();
    const res = await ask({ type: 'creator/update-campaigns', updates } as never);
    expect(!res.ok && res.error.code).toBe('bad-request');
  });

  test('writes every changed record and its index in one storage write', async () => {
    const sets: Array<string[]> = [];
    const base = browserArea(fakeBrowser.storage.local);
    const area: KeyValueArea = {
      ...base,
      set: (items) => (sets.push(Object.keys(items)), base.set(items)),
    };
    const ask = createStoreServer(storeContext(area));
    const handles = Array.from({ length: 30 }, (_, i) => `c_${i}`);
    const updates = handles.map((h) => ({ key: key(h), campaignId: null, patch: {}, add: true }));
    sets.length = 0;
    const res = await ask({ type: 'creator/update-campaigns', updates });
    expect(res).toEqual({ ok: true, data: { updated: 30 } });
    expect(sets).toHaveLength(1);
    expect(sets[0]!.filter((k) => k.startsWith('creator:'))).toHaveLength(30);
    const listed = (await ask({ type: 'creator/list', filter: { scope: 'shortlisted' } })) as {
      ok: boolean;
      data: { creators: unknown[] };
    };
    expect(listed.data.creators).toHaveLength(30);
  });
});

describe('imports do not lose a visit recorded meanwhile', () => {
  /** What the dashboard did before: the record it read, changed, written back whole. */
  const withResults = (record: CreatorRecord, campaignId: string): CreatorRecord => ({
    ...record,
    campaigns: record.campaigns.map((e) =>
      e.campaignId === campaignId ? { ...e, results: results(5) } : e,
    ),
  });

  async function setUp() {
    listen(fakeBrowser.runtime, createStoreServer(testContext()));
    const { campaign } = await ok(
      sendMessage({ type: 'campaign/create', campaign: campaignInput }),
    );
    await ok(sendMessage(visit('ann', '2026-03-01T10:00:00.000Z', 1000)));
    await ok(sendMessage({ type: 'creator/shortlist', key: key('ann'), campaignId: campaign.id }));
    // The dashboard reads the store…
    const read = await ok(sendMessage({ type: 'creator/list', filter: { scope: 'all' } }));
    // …then the panel records a visit before the import is sent.
    await ok(sendMessage(visit('ann', '2026-03-02T10:00:00.000Z', 1100)));
    return { campaignId: campaign.id, stale: read.creators[0]! };
  }

  const stored = async () =>
    (await ok(sendMessage({ type: 'creator/get', key: key('ann') }))).creator!;

  test('a batch patch keeps the visit and the results', async () => {
    const { campaignId } = await setUp();
    await ok(
      sendMessage({
        type: 'creator/update-campaigns',
        updates: [{ key: key('ann'), campaignId, patch: { results: results(5) } }],
      }),
    );
    const creator = await stored();
    expect(creator.snapshots.map((s) => s.followers)).toEqual([1000, 1100]);
    expect(creator.campaigns[0]!.results).toEqual(results(5));
  });

  test('control: the whole stale record imported in merge mode loses the visit', async () => {
    const { campaignId, stale } = await setUp();
    await ok(
      sendMessage({
        type: 'store/import',
        mode: 'merge',
        backup: {
          format: 'creator-scout-backup',
          version: STORE_VERSION,
          exportedAt: '2026-03-02T11:00:00.000Z',
          creators: [withResults(stale, campaignId)],
          campaigns: [],
          templates: [],
          settings: (await ok(sendMessage({ type: 'settings/get' }))).settings,
          problems: [],
        },
      }),
    );
    expect((await stored()).snapshots.map((s) => s.followers)).toEqual([1000]);
  });

  test('a visit and a batch sent at the same time both land', async () => {
    const { campaignId } = await setUp();
    const visits = Array.from({ length: 10 }, (_, i) =>
      sendMessage(visit('ann', new Date(Date.UTC(2026, 2, 3, i)).toISOString(), 1200 + i)),
    );
    const batch = sendMessage({
      type: 'creator/update-campaigns',
      updates: [{ key: key('ann'), campaignId, patch: { redFlags: ['refuses-tracking'] } }],
    });
    const answers = await Promise.all([...visits, batch]);
    expect(answers.every((a) => a.ok)).toBe(true);
    const creator = await stored();
    expect(creator.snapshots).toHaveLength(12);
    expect(creator.campaigns[0]!.redFlags).toEqual(['refuses-tracking']);
  });
});
