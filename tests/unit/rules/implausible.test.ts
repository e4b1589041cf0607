import { describe, expect, test } from 'vitest';
import type { Count } from '../../../lib/model/reading';
import { computeEngagement } from '../../../lib/rules/engagement/engagement';
import { implausibleFlag, implausiblePost } from '../../../lib/rules/engagement/implausible';
import { scoreReading } from '../../../lib/rules/score';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { exact, NOW, post, posts, reading, rounded } from './build';
import { ENGLISH } from '../../../lib/i18n/english';
import { saidText } from '../../../lib/i18n/said';

const raw = (value: number): Count => ({ value, exact: true, source: 'embedded-json' });

describe('implausiblePost', () => {
  test.each([
    [
      'likes above views (21,000 likes, 760 views)',
      post({ likes: 21_000, views: 760 }),
      ['21,000 likes but only 760 views'],
    ],
    [
      'comments above views',
      post({ likes: 10, comments: 900, views: 500 }),
      ['900 comments but only 500 views'],
    ],
    [
      'shares above views',
      post({ likes: 10, comments: 1, shares: 80, views: 50 }),
      ['80 shares but only 50 views'],
    ],
    [
      'views of 0 with likes',
      post({ likes: 5, comments: 0, views: 0 }),
      ['5 likes but only 0 views'],
    ],
    ['negative likes', post({ likes: raw(-5) }), ['-5 likes (a count cannot be negative)']],
    [
      'negative views',
      post({ views: raw(-1), likes: 3, comments: 0 }),
      ['-1 views (a count cannot be negative)'],
    ],
    [
      'not a number',
      post({ comments: raw(Number.NaN) }),
      ['NaN comments (a count cannot be negative)'],
    ],
    [
      'likes and comments both above views',
      post({ likes: 2000, comments: 1500, views: 1000 }),
      ['2,000 likes but only 1,000 views', '1,500 comments but only 1,000 views'],
    ],
  ])('%s', (_name, p, problems) => {
    expect(implausiblePost(p).map((x) => x.text)).toEqual(problems);
  });

  test.each([
    ['likes below views', post({ likes: 760, views: 21_000 })],
    ['likes equal to views', post({ likes: 1000, comments: 10, views: 1000 })],
    ['no view count', post({ likes: 21_000, views: null })],
    // "1.3K" likes and "1.25K" views can be 1,250 each: rounding, not a contradiction.
    [
      'rounded counts within display rounding',
      post({ likes: rounded(1300), views: rounded(1250) }),
    ],
    ['zero everything', post({ likes: 0, comments: 0, shares: 0, views: 0 })],
  ])('%s is plausible', (_name, p) => {
    expect(implausiblePost(p)).toEqual([]);
  });
});

describe('implausible readings stay out of the engagement rate', () => {
  test('a TikTok video with 21,000 likes and 760 views has no rate and a flag saying why', () => {
    const r = reading({
      platform: 'tiktok',
      page: 'video',
      followers: 50_000,
      posts: [post({ id: '7301', likes: 21_000, comments: 82, shares: 40, views: 760 })],
    });
    const v = scoreReading(r, { now: NOW });
    expect(v.scores.engagementRate).toBeNull();
    expect(v.engagement.posts[0]).toMatchObject({
      used: false,
      viewRate: null,
      followerRate: null,
      marks: ['implausible'],
    });
    expect(v.engagement.posts[0]!.excludedBecause).toBe(
      'counts contradict each other: 21,000 likes but only 760 views',
    );
    const flag = v.flags.find((f) => f.id === 'implausible-counts')!;
    expect(flag.severity).toBe('medium');
    expect(flag.message).toBe(
      'Counts that cannot all be right — video 7301: 21,000 likes but only 760 views. That post is left out of the engagement rate. Check the page by hand.',
    );
    expect(v.reasons.map((x) => x.text)).toContain(
      'no engagement rate: the counts read contradict each other (see the flag)',
    );
    expect(v.verdict).not.toBe('strong');
  });

  test('on a profile the other posts still make the median', () => {
    const good = posts([1000, 1100, 1200]).map((p, i) => ({ ...p, id: `ok${i}` }));
    const bad = post({ id: 'bad', likes: 50_000, views: 100, comments: 5 }, 9);
    const r = reading({ followers: 20_000, posts: [bad, ...good] });
    const e = computeEngagement(r, defaultRuleSettings, NOW.getTime());
    expect(e.postsUsed).toBe(3);
    expect(e.rate).toBeCloseTo(1120 / 20_000);
    expect(e.posts.find((p) => p.postId === 'bad')!.used).toBe(false);
    expect(implausibleFlag(r)!.message).toBe(
      'Counts that cannot all be right — post bad: 50,000 likes but only 100 views. That post is left out of the engagement rate. Check the page by hand.',
    );
  });

  test('two bad posts are counted in the message and both are evidence', () => {
    const r = reading({
      posts: [post({ id: 'a', likes: -3 }), post({ id: 'b', likes: 9, comments: 0, views: 2 }, 1)],
    });
    const f = implausibleFlag(r)!;
    expect(f.message).toBe(
      'Counts that cannot all be right — post a: -3 likes (a count cannot be negative) (and 1 more). Those 2 posts are left out of the engagement rate. Check the page by hand.',
    );
    expect(f.evidence.map(({ said: _said, ...e }) => e)).toEqual([
      { kind: 'post', id: 'a', detail: '-3 likes (a count cannot be negative)' },
      { kind: 'post', id: 'b', detail: '9 likes but only 2 views' },
    ]);
  });

  test.each([
    ['negative followers', { followers: raw(-10) }, '-10 followers (a count cannot be negative)'],
    ['negative following', { following: raw(-1) }, '-1 following (a count cannot be negative)'],
  ])('%s on the profile is flagged', (_name, o, detail) => {
    const f = implausibleFlag(reading({ ...o, posts: posts([100, 120, 140]) }))!;
    expect(f.evidence.map(({ said: _said, ...e }) => e)).toEqual([
      { kind: 'profile', id: null, detail },
    ]);
    expect(f.evidence[0]!.said).toBeDefined();
    expect(f.message).toBe(`Counts that cannot all be right — ${detail}. Check the page by hand.`);
  });

  test("a TikTok profile whose total likes are below its posts' sum is flagged", () => {
    const r = reading({ platform: 'tiktok', posts: posts([4000, 5000], 2, 10) });
    r.profile!.likes = exact(6000);
    expect(implausibleFlag(r)!.evidence[0]!.detail).toBe(
      'the profile states 6,000 likes in total, but its 2 posts read add up to 9,000',
    );
    r.profile!.likes = rounded(8700); // "8.7K" could be up to 8,749: still below 9,000, but within 5%
    expect(implausibleFlag(r)).toBeNull();
    r.profile!.likes = exact(9000);
    expect(implausibleFlag(r)).toBeNull();
  });

  test('plausible readings raise no flag', () => {
    expect(implausibleFlag(reading({ posts: posts([100, 200, 300]) }))).toBeNull();
    expect(
      scoreReading(reading({ posts: posts([100, 200, 300]) }), { now: NOW }).flags.map((f) => f.id),
    ).not.toContain('implausible-counts');
  });
});

describe('contradicting counts in the UI language', () => {
  test('the flag and each post left out say, through the English file, exactly their words', () => {
    const tiktok = reading({ platform: 'tiktok', posts: posts([4000, 5000], 2, 10) });
    tiktok.profile!.likes = exact(6000);
    const readings = [
      reading({
        followers: 20_000,
        posts: [
          post({ id: 'bad', likes: 50_000, views: 100, comments: 5 }, 9),
          ...posts([1000, 1100, 1200]).map((p, i) => ({ ...p, id: `ok${i}` })),
        ],
      }),
      reading({
        posts: [
          post({ id: 'a', likes: -3 }),
          post({ id: 'b', likes: 2000, comments: 1500, views: 1000 }, 1),
        ],
      }),
      reading({ followers: raw(-10), posts: posts([100, 120, 140]) }),
      tiktok,
    ];
    const keys = new Set<string>();
    const check = (said: Parameters<typeof saidText>[0], text: string) => {
      expect(said && Object.hasOwn(ENGLISH, said.key)).toBe(true);
      keys.add(said!.key);
      expect(saidText(said, text)).toBe(text);
    };
    for (const r of readings) {
      const flag = implausibleFlag(r)!;
      check(flag.said, flag.message);
      for (const p of computeEngagement(r, defaultRuleSettings, NOW.getTime()).posts)
        if (p.marks.includes('implausible')) check(p.excludedSaid, p.excludedBecause!);
    }
    expect([...keys].sort()).toEqual(['exContradict', 'implFlag', 'implFlagMany', 'implFlagOne']);
  });
});
