import { describe, expect, test } from 'vitest';
import type { KeptPost } from '../../../lib/model/creator';
import type { Platform, PostFormat } from '../../../lib/model/reading';
import type { Snapshot } from '../../../lib/model/snapshot';
import {
  creatorFormatSplit,
  groupFormatSplit,
  postShare,
} from '../../../lib/rules/engagement/format-split';

const SEEN = '2026-03-10T12:00:00.000Z';
const OLD = '2026-03-01T12:00:00.000Z';
const FRESH_HOURS = 48;

let n = 0;
function kept(
  format: PostFormat | null,
  likes: number | null,
  comments: number | null,
  more: Partial<KeptPost> = {},
): KeptPost {
  return {
    id: `p${++n}`,
    url: null,
    takenAt: OLD,
    caption: null,
    likes,
    comments,
    views: null,
    shares: null,
    countsExact: true,
    format,
    pinned: false,
    paidPartnership: null,
    handlesAndTags: null,
    seenAt: SEEN,
    ...more,
  };
}

const snap = (followers: number | null): Snapshot =>
  ({
    at: OLD,
    followers,
    following: null,
    posts: null,
    likes: null,
    engagementRate: null,
    engagementBasis: null,
    spamRatio: null,
  }) as Snapshot;

const creator = (platform: Platform, followers: number | null, recentPosts: KeptPost[]) => ({
  platform,
  snapshots: [snap(followers)],
  recentPosts,
});

const rows = (split: ReturnType<typeof creatorFormatSplit>) =>
  Object.fromEntries(split.rows.map((r) => [r.format, [r.posts, r.used, r.rate]]));

describe('one post’s rate on the split’s basis', () => {
  test.each([
    [
      'Instagram: (likes + comments) ÷ followers',
      'instagram',
      kept('image', 90, 10),
      1000,
      0.1,
      null,
    ],
    [
      'TikTok: (likes + comments + shares) ÷ views',
      'tiktok',
      kept('video', 100, 10, { views: 1000, shares: 10 }),
      1_000_000,
      0.12,
      null,
    ],
    [
      'TikTok without views: left out, not divided by followers',
      'tiktok',
      kept('video', 100, 10),
      1000,
      null,
      'view count not read',
    ],
    [
      'pinned',
      'instagram',
      kept('video', 90, 10, { pinned: true }),
      1000,
      null,
      'pinned (not a recent post)',
    ],
    ['likes not read', 'instagram', kept('video', null, 10), 1000, null, 'like count not read'],
    [
      'comments not read',
      'instagram',
      kept('video', 90, null),
      1000,
      null,
      'comment count not read',
    ],
    [
      'read a day after posting: still growing',
      'instagram',
      kept('video', 90, 10, { takenAt: '2026-03-09T12:00:00.000Z' }),
      1000,
      null,
      'younger than 48 h when read (still growing)',
    ],
    [
      'Instagram without followers',
      'instagram',
      kept('video', 90, 10),
      null,
      null,
      'no follower count',
    ],
    [
      'Instagram with zero followers',
      'instagram',
      kept('video', 90, 10),
      0,
      null,
      'no follower count',
    ],
  ] as const)('%s', (_name, platform, post, followers, rate, why) => {
    const share = postShare(post, platform, followers, FRESH_HOURS);
    expect(share.rate === null ? null : Number(share.rate.toFixed(6))).toBe(rate);
    expect(share.excludedBecause).toBe(why);
  });
});

describe('a creator’s posts split by format', () => {
  test('Instagram: the median per format; unknown formats counted apart, never placed', () => {
    const split = creatorFormatSplit(
      creator('instagram', 10_000, [
        kept('video', 500, 20), // 5.2%
        kept('video', 300, 10), // 3.1%
        kept('video', 9000, 100, { pinned: true }), // left out
        kept('carousel', 400, 40), // 4.4%
        kept('image', 100, 5), // 1.05%
        kept('image', 100, 5, { takenAt: '2026-03-10T00:00:00.000Z' }), // too young when read
        kept(null, 5000, 500),
        kept(null, 10, 1),
      ]),
      FRESH_HOURS,
    );
    expect(split.basis).toBe('followers');
    expect(rows(split)).toEqual({
      video: [3, 2, (0.052 + 0.031) / 2],
      carousel: [1, 1, 0.044],
      image: [2, 1, 0.0105],
    });
    expect(split.unknown).toBe(2);
    expect(split.rows.find((r) => r.format === 'video')?.engagements).toBe(830);
  });

  test('TikTok: by views, shares counted; a photo carousel beside the videos', () => {
    const split = creatorFormatSplit(
      creator('tiktok', 50_000, [
        kept('video', 100, 10, { views: 1000, shares: 10 }), // 12%
        kept('video', 200, 0, { views: 4000, shares: 0 }), // 5%
        kept('carousel', 50, 5, { views: 400, shares: 5 }), // 15%
        kept('carousel', 50, 5, { views: null }), // no views: left out
      ]),
      FRESH_HOURS,
    );
    expect(split.basis).toBe('views');
    expect(rows(split)).toEqual({
      video: [2, 2, (0.12 + 0.05) / 2],
      carousel: [2, 1, 0.15],
      image: [0, 0, null],
    });
  });

  test('no follower count on Instagram: no rate for any format, the posts still counted', () => {
    const split = creatorFormatSplit(
      creator('instagram', null, [kept('video', 500, 20), kept('image', 100, 5)]),
      FRESH_HOURS,
    );
    expect(rows(split)).toEqual({
      video: [1, 0, null],
      carousel: [0, 0, null],
      image: [1, 0, null],
    });
  });
});

describe('a group of creators (a campaign)', () => {
  test('one split per platform, posts pooled, each creator’s own followers; creators per format', () => {
    const splits = groupFormatSplit(
      [
        creator('instagram', 10_000, [kept('video', 500, 0), kept('image', 100, 0)]), // 5%, 1%
        creator('instagram', 1_000, [kept('video', 30, 0), kept('video', 10, 0)]), // 3%, 1%
        creator('tiktok', 5_000, [kept('carousel', 10, 0, { views: 100 })]), // 10%
        creator('tiktok', 5_000, []),
      ],
      FRESH_HOURS,
    );
    expect(splits.map((s) => [s.platform, s.basis])).toEqual([
      ['instagram', 'followers'],
      ['tiktok', 'views'],
    ]);
    expect(rows(splits[0]!)).toEqual({
      video: [3, 3, 0.03],
      carousel: [0, 0, null],
      image: [1, 1, 0.01],
    });
    expect(splits[0]!.creators).toEqual({ video: 2, carousel: 0, image: 1 });
    expect(rows(splits[1]!).carousel).toEqual([1, 1, 0.1]);
    expect(splits[1]!.creators).toEqual({ video: 0, carousel: 1, image: 0 });
  });

  test('creators without posts give no split at all', () => {
    expect(groupFormatSplit([creator('instagram', 10_000, [])], FRESH_HOURS)).toEqual([]);
  });
});
