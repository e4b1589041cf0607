import { describe, expect, test } from 'vitest';
import { readBriefForm, briefToForm } from '../../../lib/dashboard/brief-form';
import { readingEvidence, snapshotSeries } from '../../../lib/dashboard/creator-view';
import { campaignsHash, parseRoute } from '../../../lib/dashboard/route';
import { T, snap } from './build';

describe('creator view', () => {
  test('series keep time order and never mix engagement bases', () => {
    const series = snapshotSeries({
      snapshots: [
        snap('2026-03-03T00:00:00Z', 3, 0.1, 'views'),
        snap('2026-03-01T00:00:00Z', 1, 0.01),
        snap('2026-03-02T00:00:00Z', null, 0.02),
        snap('bad', 5, 0.5),
      ],
    });
    expect(series.followers.map((p) => p.value)).toEqual([1, 3]);
    expect(series.engagement).toEqual([
      {
        basis: 'followers',
        points: [
          { at: '2026-03-01T00:00:00Z', value: 0.01 },
          { at: '2026-03-02T00:00:00Z', value: 0.02 },
        ],
      },
      { basis: 'views', points: [{ at: '2026-03-03T00:00:00Z', value: 0.1 }] },
    ]);
  });

  test('evidence keeps only http(s) links and skips malformed flags', () => {
    const reading = {
      platform: 'instagram',
      page: 'profile',
      url: 'javascript:alert(1)',
      handle: 'x',
      status: 'ok',
      profile: null,
      posts: [
        {
          id: 'p1',
          url: 'data:text/html,x',
          author: null,
          takenAt: null,
          caption: 'hi\u202Eevil',
          hashtags: [],
          mentions: [],
          likes: { value: 5, exact: true, source: 'dom' },
          comments: { value: null, exact: false, source: null },
          views: { value: null, exact: false, source: null },
          shares: { value: null, exact: false, source: null },
          saves: { value: null, exact: false, source: null },
          likesHidden: false,
          isVideo: false,
          pinned: false,
          paidPartnership: null,
          source: 'dom',
        },
      ],
      comments: [],
      missing: [{ field: 'followers', reason: 'login wall' }],
      readAt: T,
    } as never;
    const evidence = readingEvidence({
      recentPosts: [
        {
          id: 'p1',
          url: 'data:text/html,x',
          takenAt: null,
          caption: 'hi\u202Eevil',
          likes: 5,
          comments: null,
          views: null,
          countsExact: true,
          shares: null,
          format: null,
          pinned: false,
          paidPartnership: null,
          handlesAndTags: null,
          seenAt: T,
        },
      ],
      lastReading: {
        postIds: ['p1'],
        at: T,
        url: 'javascript:alert(1)',
        reading,
        verdict: {
          flags: [
            { id: 'nope' },
            { id: 'spam-comments', severity: 'high', message: 'm', evidence: [] },
          ],
        },
      },
    })!;
    expect(evidence.url).toBeNull();
    expect(evidence.posts[0]).toMatchObject({ url: null, caption: 'hievil', counts: '5 likes' });
    expect(evidence.flags.map((f) => f.id)).toEqual(['spam-comments']);
    expect(evidence.missing).toEqual(["Couldn't read followers: login wall"]);
  });
});

describe('brief form', () => {
  test('lists and numbers are read, codes normalised, the result is a valid Brief', () => {
    const form = {
      ...briefToForm(null, 'Spring'),
      keywords: 'watercolor, painting',
      languages: 'EN, es',
      countries: 'us',
      followersMin: '10,000',
    };
    expect(readBriefForm(form)).toEqual({
      ok: true,
      brief: {
        name: 'Spring',
        keywords: ['watercolor', 'painting'],
        languages: ['en', 'es'],
        countries: ['US'],
        followers: { min: 10000 },
      },
    });
  });
  test.each([
    [{ followersMin: '5000', followersMax: '100' }, 'followers.max'],
    [{ followersMin: 'ten' }, 'followers.min'],
    [{ languages: 'english' }, 'languages[0]'],
    [{ name: ' ' }, 'name'],
  ])('%o is refused at %s', (patch, path) => {
    const read = readBriefForm({ ...briefToForm(null, 'x'), ...patch });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.path)).toContain(path);
  });
});

describe('routes', () => {
  test.each([
    ['', { view: 'creators' }],
    ['#/results', { view: 'results' }],
    ['#/creator/tiktok/jane.doe', { view: 'creator', platform: 'tiktok', handle: 'jane.doe' }],
    ['#/creator/myspace/x', { view: 'creators' }],
    ['#/creator/instagram/%E0%A4%A', { view: 'creators' }],
    ['#/nowhere', { view: 'creators' }],
    ['#/campaigns', { view: 'campaigns' }],
    ['#/campaigns/setup', { view: 'campaigns', group: 'setup' }],
    ['#/campaigns/progress', { view: 'campaigns', group: 'progress' }],
    ['#/campaigns/elsewhere', { view: 'campaigns' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('a campaign group reads back from its own address', () => {
    for (const group of ['progress', 'setup', null] as const) {
      const route = parseRoute(campaignsHash(group));
      expect(route).toEqual(group ? { view: 'campaigns', group } : { view: 'campaigns' });
    }
  });
});
