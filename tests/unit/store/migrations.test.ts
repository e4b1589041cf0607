import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Campaign } from '../../../lib/model/campaign';
import { STORE_VERSION } from '../../../lib/model/creator';
import { Template } from '../../../lib/model/template';
import { checkBackup } from '../../../lib/store/backup';
import { migrations } from '../../../lib/store/migrations/index';
import { migrate } from '../../../lib/store/migrations/run';
import type { Migration } from '../../../lib/store/migrations/types';
import { reviveCreator, reviveList, reviveSettings } from '../../../lib/store/revive';
import * as v001 from './examples/v001';
import * as v002 from './examples/v002';
import * as v003 from './examples/v003';
import * as v004 from './examples/v004';
import * as v005 from './examples/v005';
import * as v006 from './examples/v006';
import * as v007 from './examples/v007';
import * as v008 from './examples/v008';
import * as v009 from './examples/v009';
import * as v010 from './examples/v010';
import * as v011 from './examples/v011';
import * as v012 from './examples/v012';
import * as v013 from './examples/v013';
import * as v014 from './examples/v014';
import { ok, testServer } from './helpers';

/** Every version's frozen example; add vNNN here with each new schema version. */
const examples = {
  1: v001,
  2: v002,
  3: v003,
  4: v004,
  5: v005,
  6: v006,
  7: v007,
  8: v008,
  9: v009,
  10: v010,
  11: v011,
  12: v012,
  13: v013,
  14: v014,
} as const;
const versions = Object.keys(examples).map(Number);
const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

describe('the migration chain', () => {
  test('every schema version has a frozen example and every step a migration', () => {
    expect(versions).toEqual(range(1, STORE_VERSION));
    expect(migrations.map((m) => m.from)).toEqual(range(1, STORE_VERSION - 1));
  });

  test.each(versions)('the v%i example becomes valid current records of every kind', (version) => {
    const example = examples[version as keyof typeof examples];
    const now = '2026-03-01T00:00:00.000Z';
    const key = { platform: 'instagram', handle: 'jane.paints' } as const;
    const creator = reviveCreator(example.creator, key, now);
    expect(creator.status).toBe('ok');
    expect(reviveSettings(example.settings).status).toBe('ok');
    const campaigns = reviveList(example.campaigns, 'campaigns', 'campaign', Campaign);
    expect(campaigns.problems).toEqual([]);
    expect(campaigns.items).toHaveLength(example.campaigns.items.length);
    const templates = reviveList(example.templates, 'templates', 'template', Template);
    expect(templates.problems).toEqual([]);
    expect(templates.items).toHaveLength(example.templates.items.length);
  });

  test.each(versions)('a v%i backup imports', (version) => {
    const example = examples[version as keyof typeof examples];
    const check = checkBackup({
      format: 'creator-scout-backup',
      version,
      exportedAt: '2026-03-01T00:00:00.000Z',
      creators: [example.creator],
      campaigns: example.campaigns.items,
      templates: example.templates.items,
      settings: example.settings,
      problems: [],
    });
    expect(check.ok ? [] : check.issues).toEqual([]);
  });

  describe('stored as is, read through the background', () => {
    beforeEach(() => fakeBrowser.reset());

    test.each(versions)('v%i records are read without problems', async (version) => {
      const example = examples[version as keyof typeof examples];
      await fakeBrowser.storage.local.set({
        'creator:instagram:jane.paints': example.creator,
        campaigns: example.campaigns,
        templates: example.templates,
        settings: example.settings,
      });
      const { ask } = testServer();
      const got = await ok(
        ask({ type: 'creator/get', key: { platform: 'instagram', handle: 'jane.paints' } }),
      );
      expect(got.creator?.campaigns.map((c) => c.campaignId)).toEqual(['spring-kit', null]);
      expect(got.change?.followers).toBe(24480 - 23950);
      const settings = await ok(ask({ type: 'settings/get' }));
      expect(settings.settings.rules.thresholds.minComments).toBe(30);
      expect((await ok(ask({ type: 'campaign/list' }))).activeCampaignId).toBe('spring-kit');
      expect((await ok(ask({ type: 'store/problems' }))).problems).toEqual([]);
    });
  });
});

describe('1 → 2: recent posts, red flags, results mappings', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('a v1 creator keeps its last reading’s posts as recentPosts and gets no red flags', () => {
    const revived = reviveCreator(v001.creator, key, now);
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    expect(revived.value.schemaVersion).toBe(STORE_VERSION);
    expect(revived.value.recentPosts).toEqual([
      {
        id: 'C3xYz12AbCd',
        url: 'https://www.instagram.com/p/C3xYz12AbCd/',
        takenAt: '2026-01-30T17:00:00.000Z',
        caption: 'Sunset over the harbour, 20 minutes #watercolor',
        likes: 702,
        comments: 41,
        views: null,
        // Not read before version 6.
        shares: null,
        countsExact: true,
        format: null,
        pinned: false,
        paidPartnership: false,
        // Version 1 kept the whole reading, hashtags included.
        handlesAndTags: '#watercolor',
        seenAt: '2026-02-01T18:40:00.000Z',
      },
    ]);
    expect(revived.value.campaigns.map((e) => e.redFlags)).toEqual([[], []]);
    // Everything version 1 had is unchanged by this step.
    const v2 = migrate(v001.creator, 'creator', undefined, migrations, 2);
    expect(v2.ok && v2.value.lastReading).toEqual(v001.creator.lastReading);
    expect(revived.value.snapshots).toEqual(v001.creator.snapshots);
  });

  test.each([
    ['no last reading', null],
    ['a last reading that does not parse', { at: '2026-02-01T18:40:00.000Z', reading: 'x' }],
  ])('a v1 creator with %s gets no recent posts', (_name, lastReading) => {
    const migrated = migrate({ ...v001.creator, lastReading }, 'creator');
    expect(migrated.ok && migrated.value.recentPosts).toEqual([]);
  });

  test('v1 settings get no results mappings; the v2 example keeps its one', () => {
    const v1 = reviveSettings(v001.settings);
    expect(v1.status === 'ok' && v1.value.resultsMappings).toEqual({});
    const v2 = reviveSettings(v002.settings);
    expect(v2.status === 'ok' && Object.keys(v2.value.resultsMappings)).toEqual([
      'discount code|total sales|orders',
    ]);
  });
});

describe('migrate (the runner, on a made-up three-version chain)', () => {
  const order: string[] = [];
  const chain: Migration[] = [
    {
      from: 1,
      description: 'note → notes',
      creator: ({ note, ...rest }) => (order.push('1→2'), { ...rest, notes: note ?? '' }),
    },
    {
      from: 2,
      description: 'tags become lower case',
      creator: (v) => (
        order.push('2→3'),
        { ...v, tags: (v.tags as string[]).map((t) => t.toLowerCase()) }
      ),
    },
  ];

  test('runs each step in order from the value’s own version and stamps the target version', () => {
    order.length = 0;
    const result = migrate(
      { schemaVersion: 1, note: 'hi', tags: ['Art'] },
      'creator',
      undefined,
      chain,
      3,
    );
    expect(result).toEqual({
      ok: true,
      from: 1,
      value: { schemaVersion: 3, notes: 'hi', tags: ['art'] },
    });
    expect(order).toEqual(['1→2', '2→3']);
  });

  test('starts in the middle of the chain', () => {
    order.length = 0;
    const result = migrate(
      { schemaVersion: 2, notes: '', tags: ['B'] },
      'creator',
      undefined,
      chain,
      3,
    );
    expect(result.ok && result.value.tags).toEqual(['b']);
    expect(order).toEqual(['2→3']);
  });

  test('a kind without a function in a step passes through it unchanged', () => {
    expect(migrate({ id: 'x' }, 'campaign', 1, chain, 3)).toEqual({
      ok: true,
      from: 1,
      value: { id: 'x' },
    });
  });

  test.each([
    ['a newer schema', { schemaVersion: 4 }, chain, /newer version/],
    [
      'no schema version',
      { notes: '' },
      chain,
      /does not say which version of Creator Scout wrote it/,
    ],
    [
      'version 0',
      { schemaVersion: 0 },
      chain,
      /does not say which version of Creator Scout wrote it/,
    ],
    ['not an object', 'garbage', chain, /not a record \(found /],
    ['an array', [1, 2], chain, /not a record \(found /],
    ['a gap in the chain', { schemaVersion: 1 }, [chain[1]!], /no migration from schema 1/],
    ['a step that throws', { schemaVersion: 2, tags: 'not a list' }, chain, /migration 2→3 failed/],
  ])('refuses %s', (_name, raw, list, error) => {
    const result = migrate(raw, 'creator', undefined, list, 3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('2 → 3: numbers and ids instead of page text', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;

  test('the last reading keeps its counts and post ids; texts and paths go; nothing else changes', () => {
    const revived = reviveCreator(v002.creator, key, '2026-03-01T00:00:00.000Z');
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    const last = revived.value.lastReading!;
    const before = v002.creator.lastReading;
    expect(last.postIds).toEqual(before.reading.posts.map((p) => p.id));
    expect(last.reading.posts).toEqual([]);
    expect(last.reading.comments).toEqual([]);
    expect(last.reading.profile?.followers).toEqual({
      value: before.reading.profile.followers.value,
      exact: true,
      source: 'embedded-json',
    });
    expect(last.verdict?.verdict).toBe(before.verdict.verdict);
    expect(last.verdict?.scores).toEqual(before.verdict.scores);
    // Entries gain only what later versions add (no deliverables recorded then).
    expect(revived.value.campaigns).toEqual(
      v002.creator.campaigns.map((e) => ({
        ...e,
        deliverables: [],
        removedDeliverables: [],
        publishAt: null,
        results: e.results && { ...e.results, basis: 'unknown', byBasis: [] },
      })),
    );
    expect(revived.value.snapshots).toEqual(v002.creator.snapshots);
    expect(revived.value.recentPosts.map((p) => p.id)).toEqual(
      v002.creator.recentPosts.map((p) => p.id),
    );
  });

  test('the v3 example is smaller than the v2 one it was made from', () => {
    expect(JSON.stringify(v003.creator).length).toBeLessThan(JSON.stringify(v002.creator).length);
  });
});

describe('3 → 4: campaigns get a plan', () => {
  test('a v3 campaign has no plan yet and keeps everything else', () => {
    const revived = reviveList(v003.campaigns, 'campaigns', 'campaign', Campaign);
    expect(revived.problems).toEqual([]);
    expect(revived.changed).toBe(true);
    const [campaign] = revived.items;
    expect(campaign?.plan).toBeNull();
    expect(campaign).toMatchObject(v003.campaigns.items[0]!);
  });

  test('the v4 example keeps its plan as stored', () => {
    const revived = reviveList(v004.campaigns, 'campaigns', 'campaign', Campaign);
    expect(revived.items[0]?.plan).toEqual(v004.campaigns.items[0]!.plan);
    // The current version's example is stored as it is.
    expect(reviveList(v014.campaigns, 'campaigns', 'campaign', Campaign).changed).toBe(false);
  });
});

describe('4 → 5: snapshots may keep the followers sample', () => {
  test('older snapshots come through without one; the v5 example keeps its share', () => {
    const key = { platform: 'instagram', handle: 'jane.paints' } as const;
    const old = reviveCreator(v004.creator, key, '2026-03-01T00:00:00.000Z');
    expect(old.status).toBe('ok');
    if (old.status !== 'ok') return;
    expect(old.value.snapshots.length).toBe(3);
    expect(old.value.snapshots.every((s) => s.audienceFakeShare === undefined)).toBe(true);
    const current = reviveCreator(v014.creator, key, '2026-03-01T00:00:00.000Z');
    expect(current.status).toBe('ok');
    expect(current.status === 'ok' && current.writeBack).toBe(false);
    if (current.status !== 'ok') return;
    expect(current.value.snapshots.at(-1)).toMatchObject({
      audienceSample: 48,
      audienceFakeShare: 0.3125,
    });
  });
});

describe('5 → 6: contact read from the stored bio', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('a v5 creator keeps its bio and gets the contact its bio shows; nothing else changes', () => {
    const withContact = structuredClone(v005.creator) as typeof v005.creator;
    const profile = withContact.lastReading.reading.profile as Record<string, unknown>;
    profile.bio = 'Watercolour • collabs: Jane@JanePaints.com • beacons.ai/jane';
    const revived = reviveCreator(withContact, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    const p = revived.value.lastReading?.reading.profile;
    expect(p?.bio).toBe('Watercolour • collabs: Jane@JanePaints.com • beacons.ai/jane');
    expect(p?.contact).toEqual({
      emails: [{ address: 'Jane@janepaints.com', where: 'bio' }],
      links: [{ url: 'https://beacons.ai/jane', where: 'bio', linkInBio: 'Beacons' }],
    });
    expect(revived.value.log).toEqual([
      { at: v005.creator.updatedAt, channel: 'other', text: v005.creator.notes },
    ]);
  });

  test('a v5 creator whose bio shows no contact gets an empty one, not a guess', () => {
    const revived = reviveCreator(v005.creator, key, now);
    expect(revived.status === 'ok' && revived.value.lastReading?.reading.profile?.contact).toEqual({
      emails: [],
      links: [],
    });
  });
});

describe('6 → 7: posts carry their format', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('older kept posts keep their counts and get no format and no shares (not read then)', () => {
    const revived = reviveCreator(v006.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.recentPosts.map((p) => [p.id, p.likes, p.format, p.shares])).toEqual([
      ['DAb9Sponsor1', 1200, null, null],
      ['C3xYz12AbCd', 702, null, null],
    ]);
  });

  test('a v6 last reading with posts gets a null format on each', () => {
    const withPosts = structuredClone(v006.creator) as Record<string, unknown>;
    const last = withPosts.lastReading as { reading: Record<string, unknown> };
    const count = { value: 3, exact: true, source: 'dom' };
    last.reading.posts = [
      {
        id: 'C3xYz12AbCd',
        url: null,
        author: 'jane.paints',
        takenAt: null,
        caption: null,
        hashtags: [],
        mentions: [],
        likes: count,
        comments: count,
        views: count,
        shares: count,
        saves: count,
        likesHidden: false,
        isVideo: true,
        pinned: false,
        paidPartnership: null,
        source: 'dom',
      },
    ];
    const revived = reviveCreator(withPosts, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.lastReading?.reading.posts.map((p) => p.format)).toEqual([null]);
  });

  test('the v7 example keeps its formats', () => {
    const revived = reviveCreator(v007.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.recentPosts.map((p) => p.format)).toEqual(['carousel', 'image']);
  });
});

describe('7 → 8: campaign entries keep their deliverables', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('a v7 creator’s entries start with no deliverables; nothing else changes', () => {
    const revived = reviveCreator(v007.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.campaigns.map((e) => [e.deliverables, e.removedDeliverables])).toEqual([
      [[], []],
      [[], []],
    ]);
    expect(revived.value.campaigns[0]?.results).toEqual({
      ...v007.creator.campaigns[0]!.results,
      basis: 'unknown',
      byBasis: [],
    });
  });

  test('the v8 example is read with its deliverable and its visits', () => {
    const revived = reviveCreator(v008.creator, key, now);
    if (revived.status !== 'ok') return;
    expect(revived.value.campaigns[0]?.deliverables[0]?.visits.map((v) => v.likes)).toEqual([
      640, 1200,
    ]);
    expect(revived.value.campaigns[0]?.removedDeliverables).toEqual(['C0ldPost999']);
  });
});

describe('8 → 9: offers may pay a bonus on a sales target', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('a v8 hybrid override comes through unchanged', () => {
    const revived = reviveCreator(v008.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.campaigns[0]?.offerOverride).toEqual(
      v008.creator.campaigns[0]!.offerOverride,
    );
  });

  test('the v9 example keeps its bonus override whole', () => {
    const revived = reviveCreator(v009.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.campaigns[0]?.offerOverride).toEqual({
      model: 'bonus',
      flatFee: 500,
      bonusAmount: 300,
      bonusTarget: 5000,
      currency: 'USD',
    });
  });
});

describe('9 → 10: results say their attribution basis; creators have an affiliate link', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('a v9 result keeps its figures, stated as of unknown basis, with no import to compare', () => {
    const revived = reviveCreator(v009.creator, key, now);
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    const { results } = revived.value.campaigns[0]!;
    const { basis, byBasis, ...figures } = results!;
    expect(figures).toEqual(v009.creator.campaigns[0]!.results);
    expect(basis).toBe('unknown');
    expect(byBasis).toEqual([]);
    // An entry without results stays without; the creator has no affiliate link yet.
    expect(revived.value.campaigns[1]?.results).toBeNull();
    expect(revived.value.affiliateLink).toBeNull();
  });

  test('the v10 example keeps both imports and the affiliate link', () => {
    const revived = reviveCreator(v010.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.affiliateLink).toBe('https://shop.acme.example/ref/jane-paints');
    expect(revived.value.campaigns[0]?.results?.byBasis.map((f) => f.conversions)).toEqual([
      52, 37,
    ]);
  });
});

describe('10 → 11: kept posts carry their mentions and hashtags; the competitor window', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('v10 kept posts keep every field and get null mentions and hashtags (not read then)', () => {
    const revived = reviveCreator(v010.creator, key, now);
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    expect(revived.value.recentPosts.map((p) => [p.id, p.caption, p.handlesAndTags])).toEqual([
      ['DAb9Sponsor1', 'Paid partnership with Acme: the new travel set', null],
      ['C3xYz12AbCd', 'Sunset over the harbour, 20 minutes #watercolor', null],
    ]);
    const v10 = reviveCreator(v010.creator, key, now);
    const { handlesAndTags: _drop, ...first } =
      v10.status === 'ok' ? v10.value.recentPosts[0]! : {};
    expect(first).toMatchObject({ likes: 1200, comments: 80, format: 'carousel' });
  });

  test('v10 settings get the method’s 30 days and keep their other thresholds', () => {
    const settings = reviveSettings(v010.settings);
    if (settings.status !== 'ok') throw new Error(settings.status);
    expect(settings.value.rules.thresholds.competitorWindowDays).toBe(30);
    expect(settings.value.rules.thresholds.minComments).toBe(30);
  });

  test('the v11 example keeps its mentions and hashtags and its own window', () => {
    const revived = reviveCreator(v011.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.recentPosts.map((p) => p.handlesAndTags)).toEqual([
      '@acme.paints #ad #travelset',
      null,
    ]);
    const settings = reviveSettings(v011.settings);
    expect(settings.status === 'ok' && settings.value.rules.thresholds.competitorWindowDays).toBe(
      45,
    );
    const [campaign] = reviveList(v011.campaigns, 'campaigns', 'campaign', Campaign).items;
    expect(campaign?.brief?.competitors).toEqual(['Winsor & Newton', 'Arteza']);
  });
});

describe('11 → 12: campaign entries have a planned publishing time', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';

  test('v11 entries get none and keep every other field', () => {
    const revived = reviveCreator(v011.creator, key, now);
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    expect(revived.value.campaigns.map((e) => e.publishAt)).toEqual([null, null]);
    expect(revived.value.campaigns.map(({ publishAt: _p, ...rest }) => rest)).toEqual(
      v011.creator.campaigns,
    );
  });

  test('the v12 example keeps its planned time', () => {
    const revived = reviveCreator(v012.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.campaigns.map((e) => e.publishAt)).toEqual([
      '2026-03-05T17:00:00.000Z',
      null,
    ]);
  });
});

describe('12 → 13: the note becomes a dated conversation log', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;
  const now = '2026-03-01T00:00:00.000Z';
  const long = `${'a'.repeat(4999)}é${'b'.repeat(10)}`;

  test.each([
    [
      'a note',
      'Replied to DMs within a day last time.',
      [{ channel: 'other', text: 'Replied to DMs within a day last time.' }],
    ],
    [
      'a note of several lines, kept as written',
      ' hi\nthere ',
      [{ channel: 'other', text: ' hi\nthere ' }],
    ],
    ['no note', '', []],
    ['a blank note', '  \n\t ', []],
    [
      'a note longer than one entry holds: consecutive parts, first part first',
      long,
      [
        { channel: 'other', text: long.slice(0, 5000) },
        { channel: 'other', text: long.slice(5000) },
      ],
    ],
  ])('%s', (_name, notes, log) => {
    const old = { ...v012.creator, notes };
    const revived = reviveCreator(old, key, now);
    if (revived.status !== 'ok') throw new Error(revived.status);
    expect(revived.writeBack).toBe(true);
    expect(revived.value.log).toEqual(log.map((e) => ({ at: v012.creator.updatedAt, ...e })));
    expect(revived.value.log.map((e) => e.text).join('')).toBe(notes.trim() === '' ? '' : notes);
    // Every other field is what the example with its log taken out gives.
    const plain = reviveCreator({ ...v013.creator, log: [] }, key, now);
    expect(plain.status === 'ok' && { ...plain.value, log: revived.value.log }).toEqual(
      revived.value,
    );
  });

  test('the v13 example keeps its log, newest first', () => {
    const revived = reviveCreator(v013.creator, key, now);
    expect(revived.status).toBe('ok');
    if (revived.status !== 'ok') return;
    expect(revived.value.log.map((e) => [e.at, e.channel])).toEqual([
      ['2026-02-18T15:30:00.000Z', 'call'],
      ['2026-01-11T10:00:00.000Z', 'dm'],
    ]);
  });
});

describe('13 → 14: settings hold the days before an ambassador check-in is due', () => {
  const key = { platform: 'instagram', handle: 'jane.paints' } as const;

  test('v13 settings get the 30 days used until now and keep their other thresholds', () => {
    const settings = reviveSettings(v013.settings);
    if (settings.status !== 'ok') throw new Error(settings.status);
    expect(settings.value.rules.thresholds.checkInDays).toBe(30);
    expect(settings.value.rules.thresholds.competitorWindowDays).toBe(45);
    expect(settings.value.rules.thresholds.minComments).toBe(30);
  });

  test('the v14 example is read as stored: its own days, its creator unchanged', () => {
    const settings = reviveSettings(v014.settings);
    expect(settings.status === 'ok' && settings.value.rules.thresholds.checkInDays).toBe(21);
    const revived = reviveCreator(v014.creator, key, '2026-03-01T00:00:00.000Z');
    expect(revived.status === 'ok' && revived.writeBack).toBe(false);
  });
});
