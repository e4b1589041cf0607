import { describe, expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { computeEngagement } from '../../../lib/rules/engagement/engagement';
import { rate, tierOf } from '../../../lib/rules/engagement/rating';
import { hoursAgo, NOW, post, posts, reading, rounded } from './build';

const now = NOW.getTime();
const engagement = (r: ReturnType<typeof reading>) =>
  computeEngagement(r, defaultRuleSettings, now);

describe('engagement rate', () => {
  test('is the median of (likes + comments) ÷ followers over recent posts', () => {
    // Rates 0.05, 0.10, 0.20 (+ comments 0): the median is 0.10, not the mean.
    const e = engagement(reading({ followers: 1000, posts: posts([50, 100, 200], 3, 0) }));
    expect(e.rate).toBeCloseTo(0.1);
    expect(e.basis).toBe('followers');
    expect(e.postsUsed).toBe(3);
  });

  test.each([
    [
      'zero followers',
      reading({ followers: 0, posts: posts([100, 100, 100]) }),
      null,
      'zero followers',
    ],
    [
      'no follower count',
      reading({ followers: null, posts: posts([100, 100, 100]) }),
      null,
      'no follower count',
    ],
    ['no posts', reading({ posts: [] }), null, 'no posts read'],
  ])('%s → rate %s with a note', (_name, r, expected, note) => {
    const e = engagement(r);
    expect(e.rate).toBe(expected);
    expect(e.notes.map((n) => n.text).join(' ')).toContain(note);
  });

  test.each([
    ['likes hidden', post({ likesHidden: true }), 'like count hidden'],
    ['likes null', post({ likes: null }), 'like count not read'],
    ['comments null', post({ comments: null }), 'comment count not read'],
    ['47 h old', post({ takenAt: hoursAgo(47) }), 'younger than 48 h'],
    ['pinned', post({ pinned: true }), 'pinned'],
    ['giveaway', post({ caption: 'GIVEAWAY! tag 3 friends to win' }), 'giveaway'],
  ])('a post that is %s is left out and says why', (_name, p, why) => {
    const e = engagement(
      reading({ posts: [p, ...posts([1000, 1100, 1200]).map((q, i) => ({ ...q, id: `q${i}` }))] }),
    );
    const row = e.posts.find((x) => x.postId === p.id)!;
    expect(row.used).toBe(false);
    expect(row.excludedBecause).toContain(why);
    expect(e.postsUsed).toBe(3);
  });

  test('a post exactly 48 h old is used', () => {
    const e = engagement(reading({ posts: [post({ takenAt: hoursAgo(48) })] }));
    expect(e.posts[0]!.used).toBe(true);
  });

  test('too few usable posts on a profile is noted', () => {
    const e = engagement(reading({ posts: posts([100, 200]) }));
    expect(e.postsUsed).toBe(2);
    expect(e.notes.map((n) => n.text).join(' ')).toContain('only 2 usable posts');
  });

  test('a post page rates its one post, even a fresh one, and says so', () => {
    const e = engagement(
      reading({
        page: 'post',
        posts: [post({ takenAt: hoursAgo(5), likes: 300, comments: 20 })],
        followers: 10_000,
      }),
    );
    expect(e.basis).toBe('single-post');
    expect(e.denominator).toBe('followers');
    expect(e.rate).toBeCloseTo(0.032);
    expect(e.notes.map((n) => n.text).join(' ')).toMatch(/one post only.*younger than 48 h/s);
  });

  test('rounded counts still give a rate, marked as approximate', () => {
    const e = engagement(
      reading({
        followers: rounded(12_300),
        posts: [0, 1, 2].map((i) => post({ likes: rounded(1_200), comments: 30 }, i)),
      }),
    );
    expect(e.rate).toBeCloseTo(1230 / 12_300);
    expect(e.rounded).toBe(true);
    expect(e.notes.map((n) => n.text).join(' ')).toContain('rounded');
  });

  test('TikTok: by views, with the follower-based figure beside it', () => {
    const p = [0, 1, 2].map((i) =>
      post({ likes: 800, comments: 100, shares: 100, views: 10_000 }, i),
    );
    const e = engagement(reading({ platform: 'tiktok', followers: 20_000, posts: p }));
    expect(e.basis).toBe('views');
    expect(e.viewRate).toBeCloseTo(0.1);
    // The seed's formula by followers: (likes + comments) ÷ followers, shares left out.
    expect(e.followerRate).toBeCloseTo(0.045);
    expect(e.rate).toBe(e.viewRate);
    expect(e.rating?.tableId).toBe('modash-tiktok-views');
  });

  test('TikTok without views falls back to followers and says so', () => {
    const p = [0, 1, 2].map((i) =>
      post({ likes: 800, comments: 100, shares: 100, views: null }, i),
    );
    const e = engagement(reading({ platform: 'tiktok', followers: 20_000, posts: p }));
    expect(e.basis).toBe('followers');
    expect(e.notes.map((n) => n.text).join(' ')).toContain('no view counts');
  });

  test('only the 30 most recent usable posts count', () => {
    const e = engagement(reading({ posts: posts([100], 35) }));
    expect(e.postsUsed).toBe(30);
    expect(e.posts.filter((p) => p.excludedBecause?.includes('beyond')).length).toBe(5);
  });
});

describe('tier and rating', () => {
  const tiers = defaultRuleSettings.tiers;
  test.each([
    [null, null],
    [999, null],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [1_000_000, 'mega'],
  ])('%s followers → %s', (followers, tier) => {
    expect(tierOf(followers, tiers)?.id ?? null).toBe(tier);
  });

  test.each([
    // The seed (default preset): nano 6–10%+, micro 3–6%, 100K+ below 1% low.
    [0.059, 5_000, 'low'],
    [0.06, 5_000, 'average'],
    [0.101, 5_000, 'high'],
    [0.029, 20_000, 'low'],
    [0.03, 20_000, 'average'],
    [0.061, 20_000, 'high'],
    [0.0099, 200_000, 'low'],
    [0.05, 200_000, 'average'],
  ])('%s at %s followers on Instagram, seed preset → %s', (r, followers, level) => {
    const b = defaultRuleSettings.benchmarks;
    const rating = rate(r, 'followers', 'instagram', followers, b, 'seed');
    expect(rating?.level).toBe(level);
    expect(rating?.tableId).toBe('seed-rule');
  });

  test.each([
    // Modash Instagram 10–50K: low below 0.39%, high above 2.61%.
    [0.0038, 20_000, 'low', 'modash-instagram'],
    [0.0039, 20_000, 'average', 'modash-instagram'],
    [0.0261, 20_000, 'average', 'modash-instagram'],
    [0.0262, 20_000, 'high', 'modash-instagram'],
    // Above Modash's rows the seed's table still rates (below 1% is low).
    [0.0099, 200_000, 'low', 'seed-rule'],
    [0.05, 200_000, 'average', 'seed-rule'],
  ])('%s at %s followers on Instagram, Modash preset → %s (%s)', (r, followers, level, table) => {
    const b = defaultRuleSettings.benchmarks;
    const rating = rate(r, 'followers', 'instagram', followers, b, 'modash');
    expect(rating?.level).toBe(level);
    expect(rating?.tableId).toBe(table);
  });

  test('no table row → no rating', () => {
    expect(rate(0.05, 'followers', 'instagram', 500, defaultRuleSettings.benchmarks)).toBeNull();
    expect(rate(0.05, 'views', 'tiktok', 7_000, defaultRuleSettings.benchmarks)).toBeNull();
  });

  test('the tables are settings: an edited table is used', () => {
    const benchmarks = [
      {
        id: 'mine',
        name: 'Mine',
        source: 'me',
        platforms: ['instagram' as const],
        basis: 'followers' as const,
        rows: [{ min: 0, max: null, low: 0.1, high: null }],
      },
    ];
    expect(rate(0.05, 'followers', 'instagram', 20_000, benchmarks)?.tableId).toBe('mine');
    expect(rate(0.05, 'followers', 'instagram', 20_000, benchmarks)?.level).toBe('low');
  });
});
