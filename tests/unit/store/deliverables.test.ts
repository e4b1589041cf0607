import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading, PostReading } from '../../../lib/model/reading';
import { addVisit, campaignWindow, MAX_DELIVERABLE_VISITS } from '../../../lib/store/deliverables';
import { exact, ok, reading, snapshot, testServer } from './helpers';

beforeEach(() => fakeBrowser.reset());

const notRead = { value: null, exact: false, source: null, reason: 'not shown' } as const;

function post(id: string, caption: string | null, fields: Partial<PostReading> = {}): PostReading {
  return {
    id,
    url: `https://www.instagram.com/p/${id}/`,
    author: 'jane',
    takenAt: '2026-03-05T09:00:00.000Z',
    caption,
    hashtags: [],
    mentions: [],
    likes: exact(400),
    comments: exact(20),
    views: notRead,
    shares: notRead,
    saves: notRead,
    likesHidden: false,
    isVideo: false,
    format: 'carousel',
    pinned: false,
    paidPartnership: null,
    source: 'embedded-json',
    ...fields,
  };
}

const postPage = (p: PostReading, at: string): PageReading => ({
  ...reading('jane', 'instagram', at),
  page: 'post',
  url: p.url!,
  posts: [p],
});

const profilePage = (posts: PostReading[], at: string): PageReading => ({
  ...reading('jane', 'instagram', at),
  posts,
});

async function setUp(campaign: { startsOn: string | null; endsOn: string | null }) {
  const { ask } = testServer();
  const created = await ok(
    ask({
      type: 'campaign/create',
      campaign: {
        name: 'Spring kit',
        brief: { name: 'Spring kit', brand: 'Acme Paints' },
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        offer: null,
        templateIds: [],
        landingUrl: 'https://acme.example/kit',
      },
    }),
  );
  const id = created.campaign.id;
  const key = { platform: 'instagram', handle: 'jane' } as const;
  await ok(ask({ type: 'creator/shortlist', key, campaignId: id }));
  await ok(
    ask({
      type: 'creator/update-campaign',
      key,
      campaignId: id,
      patch: {
        discountCode: 'JANE15',
        trackingLink: 'https://acme.example/kit?utm_content=jane',
      },
    }),
  );
  const open = async (page: PageReading, at: string) =>
    ok(ask({ type: 'creator/record-visit', reading: page, snapshot: snapshot(at), verdict: null }));
  const entry = async () =>
    (await ok(ask({ type: 'creator/get', key }))).creator!.campaigns.find(
      (e) => e.campaignId === id,
    )!;
  return { ask, id, key, open, entry };
}

const MARCH = { startsOn: '2026-03-01', endsOn: '2026-03-31' };

describe('found on a visit', () => {
  test.each([
    ['the discount code', 'Spring palette! Use JANE15 for 15% off #ad', ['code']],
    ['the tracked link', 'New kit #ad acme.example/kit?utm_content=jane', ['link']],
    ['the brand as a tag', 'Painting the harbour with @acmepaints #ad', ['brand']],
    ['code and brand', 'Acme Paints kit, code JANE15 #ad', ['code', 'brand']],
  ])('a post carrying %s becomes a deliverable with its counts', async (_n, caption, carries) => {
    const s = await setUp(MARCH);
    await s.open(
      postPage(post('C1', caption), '2026-03-06T10:00:00.000Z'),
      '2026-03-06T10:00:00.000Z',
    );
    const [d, ...rest] = (await s.entry()).deliverables;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      postId: 'C1',
      url: 'https://www.instagram.com/p/C1/',
      format: 'carousel',
      takenAt: '2026-03-05T09:00:00.000Z',
      how: 'found',
      carries,
      visits: [
        { at: '2026-03-06T10:00:00.000Z', likes: 400, comments: 20, views: null, shares: null },
      ],
    });
    // Nothing of the caption or the comments is kept on it.
    expect(JSON.stringify(d)).not.toContain('harbour');
  });

  test.each([
    [
      'a caption without code, link or brand',
      post('C1', 'Sunset over the harbour #watercolor'),
      '2026-03-06T10:00:00.000Z',
    ],
    ['no caption read', post('C1', null), '2026-03-06T10:00:00.000Z'],
    [
      'opened before the campaign',
      post('C1', 'JANE15', { takenAt: '2026-02-20T09:00:00.000Z' }),
      '2026-02-25T10:00:00.000Z',
    ],
    ['opened after its end day', post('C1', 'JANE15'), '2026-04-01T00:00:01.000Z'],
    [
      'published before the campaign, opened during it',
      post('C1', 'JANE15', { takenAt: '2026-02-27T09:00:00.000Z' }),
      '2026-03-06T10:00:00.000Z',
    ],
    ['another creator’s post', post('C1', 'JANE15', { author: 'bob' }), '2026-03-06T10:00:00.000Z'],
  ])('not a deliverable: %s', async (_n, p, at) => {
    const s = await setUp(MARCH);
    await s.open(postPage(p, at), at);
    expect((await s.entry()).deliverables).toEqual([]);
  });

  test('a profile grid showing the post is not "opened": nothing found there', async () => {
    const s = await setUp(MARCH);
    await s.open(
      profilePage([post('C1', 'JANE15 #ad')], '2026-03-06T10:00:00.000Z'),
      '2026-03-06T10:00:00.000Z',
    );
    expect((await s.entry()).deliverables).toEqual([]);
  });

  test('later visits (post page or profile grid) add counts, one per hour, the later winning', async () => {
    const s = await setUp(MARCH);
    const at = ['2026-03-06T10:00:00.000Z', '2026-03-06T10:40:00.000Z', '2026-03-08T09:00:00.000Z'];
    await s.open(postPage(post('C1', 'JANE15'), at[0]!), at[0]!);
    await s.open(postPage(post('C1', 'JANE15', { likes: exact(450) }), at[1]!), at[1]!);
    await s.open(
      profilePage([post('C1', null, { likes: exact(900), comments: exact(31) })], at[2]!),
      at[2]!,
    );
    const [d] = (await s.entry()).deliverables;
    expect(d!.visits.map((v) => [v.at, v.likes, v.comments])).toEqual([
      [at[1], 450, 20],
      [at[2], 900, 31],
    ]);
  });
});

describe('by hand', () => {
  test('added from its address (Instagram /p/, TikTok video), removed, and not found again', async () => {
    const s = await setUp(MARCH);
    const add = (url: string) =>
      s.ask({ type: 'creator/deliverable-add', key: s.key, campaignId: s.id, url });
    expect((await add('https://www.instagram.com/jane/p/CxY_12-ab/?igsh=abc')).ok).toBe(true);
    expect((await s.entry()).deliverables).toMatchObject([
      { postId: 'CxY_12-ab', how: 'by-hand', carries: [], format: null, visits: [] },
    ]);
    const again = await add('https://www.instagram.com/p/CxY_12-ab/');
    expect(again.ok ? null : again.error.message).toBe(
      'That post is already a deliverable of this campaign.',
    );
    for (const bad of [
      'https://www.tiktok.com/@jane/video/7300000000000000000',
      'https://www.instagram.com/jane/',
      'https://evil.example/p/CxY_12-ab/',
      'not a link',
    ]) {
      const res = await add(bad);
      expect(res.ok, bad).toBe(false);
    }
    await ok(
      s.ask({
        type: 'creator/deliverable-remove',
        key: s.key,
        campaignId: s.id,
        postId: 'CxY_12-ab',
      }),
    );
    expect((await s.entry()).deliverables).toEqual([]);
    await s.open(
      postPage(post('CxY_12-ab', 'JANE15'), '2026-03-06T10:00:00.000Z'),
      '2026-03-06T10:00:00.000Z',
    );
    expect((await s.entry()).deliverables).toEqual([]);
  });

  test('a post read before brings its format, date and counts', async () => {
    const s = await setUp(MARCH);
    await s.open(
      profilePage([post('C9xYzAbCdEf', null, { format: 'video' })], '2026-03-06T10:00:00.000Z'),
      '2026-03-06T10:00:00.000Z',
    );
    await ok(
      s.ask({
        type: 'creator/deliverable-add',
        key: s.key,
        campaignId: s.id,
        url: 'https://www.instagram.com/reel/C9xYzAbCdEf/',
      }),
    );
    expect((await s.entry()).deliverables).toMatchObject([
      {
        postId: 'C9xYzAbCdEf',
        format: 'video',
        takenAt: '2026-03-05T09:00:00.000Z',
        visits: [{ likes: 400 }],
      },
    ]);
  });
});

describe('pure parts', () => {
  test.each([
    [
      'start and end days',
      { startsOn: '2026-03-01', endsOn: '2026-03-31' },
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ],
    [
      'no dates: from joining, open-ended',
      { startsOn: null, endsOn: null },
      '2026-02-10T08:00:00.000Z',
      null,
    ],
  ] as const)('campaign window: %s', (_n, campaign, from, to) => {
    const w = campaignWindow(campaign, { addedAt: '2026-02-10T08:00:00.000Z' });
    expect([
      new Date(w.from).toISOString(),
      w.to === null ? null : new Date(w.to).toISOString(),
    ]).toEqual([from, to]);
  });

  test('visits: none without a count; capped keeping the first and the latest', () => {
    const empty = {
      at: '2026-03-01T00:00:00.000Z',
      likes: null,
      comments: null,
      views: null,
      shares: null,
    };
    expect(addVisit([], empty)).toEqual([]);
    let visits = addVisit([], { ...empty, likes: 1 });
    for (let h = 1; h <= MAX_DELIVERABLE_VISITS + 5; h++)
      visits = addVisit(visits, {
        ...empty,
        at: new Date(Date.UTC(2026, 2, 1, h)).toISOString(),
        likes: h,
      });
    expect(visits).toHaveLength(MAX_DELIVERABLE_VISITS);
    expect(visits[0]!.likes).toBe(1);
    expect(visits.at(-1)!.likes).toBe(MAX_DELIVERABLE_VISITS + 5);
  });
});
