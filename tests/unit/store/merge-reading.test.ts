import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Count } from '../../../lib/model/reading';
import { mergeCount, mergeVerdict, roundingTolerance } from '../../../lib/store/merge-reading';
import { ok, reading, testServer, visit } from './helpers';

const count = (value: number | null, exact: boolean): Count => ({
  value,
  exact,
  source: value === null ? null : 'embedded-json',
});

describe('merging readings of one creator', () => {
  test.each([
    [783_400, 50], // "783.4K"
    [1_200_000, 50_000], // "1.2M"
    [12_300, 50], // "12.3K"
    [10_000, 500], // "10K": 9,500–10,499
    [999, 0],
  ])('a rounded %i can be %i away from the exact count', (rounded, tolerance) => {
    expect(roundingTolerance(rounded)).toBe(tolerance);
  });

  test.each<[string, Count, Count, number | null, boolean]>([
    [
      'exact, then its rounded display: exact stays',
      count(783_427, true),
      count(783_400, false),
      783_427,
      true,
    ],
    [
      'exact, then a rounded count that moved on: the new one',
      count(783_427, true),
      count(850_000, false),
      850_000,
      false,
    ],
    ['rounded, then exact: exact', count(783_400, false), count(783_427, true), 783_427, true],
    ['a count, then none: the count stays', count(1_000, true), count(null, false), 1_000, true],
    ['exact, then a new exact: the new one', count(1_000, true), count(1_010, true), 1_010, true],
  ])('%s', (_name, earlier, later, value, exact) => {
    expect(mergeCount(earlier, later)).toMatchObject({ value, exact });
  });

  test('a verdict that could not judge does not replace one that could; a missing rate is kept', () => {
    const judged = {
      verdict: 'review',
      scores: { engagementRate: 0.145, engagementBasis: 'views', spamRatio: 0.1 },
    };
    expect(mergeVerdict(judged, { verdict: 'insufficient-data', scores: {} })).toBe(judged);
    expect(
      mergeVerdict(judged, {
        verdict: 'strong',
        scores: { engagementRate: null, engagementBasis: null, spamRatio: 0.02, audienceFit: 0.8 },
      }),
    ).toEqual({
      verdict: 'strong',
      scores: {
        engagementRate: 0.145,
        engagementBasis: 'views',
        spamRatio: 0.02,
        audienceFit: 0.8,
      },
    });
  });
});

test('a followers sample read earlier stays when the next page loads no list', () => {
  const sample = { kind: 'followers', sample: 40, suspicious: 12 };
  const profile = { verdict: 'review', scores: {}, audience: sample };
  expect(mergeVerdict(profile, { verdict: 'review', scores: {}, audience: null })).toMatchObject({
    audience: sample,
  });
  const newer = { kind: 'followers', sample: 60, suspicious: 6 };
  expect(mergeVerdict(profile, { verdict: 'strong', scores: {}, audience: newer })).toMatchObject({
    verdict: 'strong',
    audience: newer,
  });
});

describe('through the background', () => {
  beforeEach(() => fakeBrowser.reset());
  const key = { platform: 'instagram', handle: 'ann' } as const;

  test('a video with a rate, then the profile with none: the rate and the exact followers stay', async () => {
    const { ask } = testServer();
    const video = reading('ann');
    video.profile!.followers = { value: 783_400, exact: false, source: 'embedded-json' };
    await ok(
      ask({
        ...visit('ann', '2026-03-01T10:00:00.000Z', 783_400),
        reading: video,
        verdict: { verdict: 'review', scores: { engagementRate: 0.145, engagementBasis: 'views' } },
      }),
    );
    const profile = reading('ann');
    profile.profile!.followers = { value: 783_427, exact: true, source: 'embedded-json' };
    await ok(
      ask({
        ...visit('ann', '2026-03-01T12:00:00.000Z', 783_427),
        reading: profile,
        verdict: { verdict: 'insufficient-data', scores: { engagementRate: null } },
      }),
    );
    const again = reading('ann');
    again.profile!.followers = { value: 783_400, exact: false, source: 'embedded-json' };
    const { creator } = await ok(
      ask({
        ...visit('ann', '2026-03-01T14:00:00.000Z', 783_400),
        reading: again,
        verdict: { verdict: 'insufficient-data', scores: { engagementRate: null } },
      }),
    );
    expect(creator?.lastReading?.verdict).toMatchObject({
      verdict: 'review',
      scores: { engagementRate: 0.145 },
    });
    expect(creator?.lastReading?.reading.profile?.followers).toMatchObject({
      value: 783_427,
      exact: true,
    });
    expect(creator?.snapshots.map((s) => s.followers)).toEqual([783_400, 783_427, 783_427]);
    const got = await ok(ask({ type: 'creator/get', key }));
    expect(got.creator?.lastReading?.reading.profile?.followers.value).toBe(783_427);
  });

  test('a post page of a creator one only viewed is kept, with its post', async () => {
    const { ask } = testServer();
    const page = reading('ann');
    page.page = 'post';
    page.profile = null;
    page.posts = [
      {
        id: 'CPeC-Eenc8l',
        url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
        author: 'ann',
        takenAt: '2021-05-29T00:00:00.000Z',
        caption: 'hello',
        hashtags: [],
        mentions: [],
        likes: { value: 298_000, exact: false, source: 'meta' },
        comments: { value: 553, exact: true, source: 'meta' },
        views: count(null, false),
        shares: count(null, false),
        saves: count(null, false),
        likesHidden: false,
        isVideo: false,
        format: null,
        pinned: false,
        paidPartnership: null,
        source: 'meta',
      },
    ];
    const empty = {
      at: '2026-03-01T10:00:00.000Z',
      followers: null,
      following: null,
      posts: null,
      likes: null,
      engagementRate: null,
      engagementBasis: null,
      spamRatio: null,
    };
    const answer = await ok(ask({ ...visit('ann'), reading: page, snapshot: empty }));
    expect(answer.recorded).toBe(true);
    expect(answer.creator?.snapshots).toEqual([]);
    expect(answer.creator?.recentPosts.map((p) => [p.id, p.likes, p.comments])).toEqual([
      ['CPeC-Eenc8l', 298_000, 553],
    ]);
  });
});
