import { describe, expect, test } from 'vitest';
import type { PageReading } from '../../../lib/model/reading';
import { Verdict } from '../../../lib/model/verdict';
import { scoreReading, toSnapshot } from '../../../lib/rules/score';
import { comment, genuineComments, NOW, post, posts, reading } from './build';

const healthy = () =>
  reading({
    followers: 20_000,
    posts: posts([900, 1300, 700, 1500, 1100]),
    comments: genuineComments(25),
  });
const spammy = () =>
  Array.from({ length: 15 }, (_, i) =>
    comment(`Check my bio for a collab offer ${i}`, { author: `bot${i}` }, 200 + i),
  );

describe('verdict', () => {
  test.each<[string, () => PageReading, string]>([
    ['healthy profile with enough posts and comments', healthy, 'strong'],
    [
      'login wall',
      () => ({ ...healthy(), status: 'login-wall', statusReason: 'log in to see' }),
      'insufficient-data',
    ],
    [
      'no follower count and no posts',
      () => reading({ followers: null, posts: [] }),
      'insufficient-data',
    ],
    [
      'no follower count',
      () => ({
        ...healthy(),
        profile: {
          ...healthy().profile!,
          followers: { value: null, exact: false, source: null, reason: 'hidden' },
        },
      }),
      'review',
    ],
    [
      'only two usable posts',
      () => reading({ posts: posts([900, 1300]), comments: genuineComments(25) }),
      'review',
    ],
    [
      'too few comments read',
      () => reading({ posts: posts([900, 1300, 700]), comments: genuineComments(5) }),
      'review',
    ],
    [
      'a post page (one post)',
      () => reading({ page: 'post', posts: [post({ likes: 900 })], comments: genuineComments(25) }),
      'review',
    ],
    [
      'half the comments are spam',
      () =>
        reading({
          posts: posts([900, 1300, 700]),
          comments: [...genuineComments(15), ...spammy()],
        }),
      'skip',
    ],
    [
      'engagement below the band',
      () => reading({ followers: 20_000, posts: posts([40], 6, 0), comments: genuineComments(25) }),
      'skip',
    ],
    [
      'mass following',
      () => ({
        ...healthy(),
        profile: { ...healthy().profile!, following: { value: 5_000, exact: true, source: 'dom' } },
      }),
      'review',
    ],
  ])('%s → %s', (_name, make, expected) => {
    const v = scoreReading(make(), { now: NOW });
    expect(v.verdict).toBe(expected);
    expect(Verdict.safeParse(v).success).toBe(true);
  });

  test('reasons come heaviest first', () => {
    const v = scoreReading(
      reading({ posts: posts([900, 1300, 700]), comments: [...genuineComments(15), ...spammy()] }),
      { now: NOW },
    );
    const weights = v.reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(v.reasons[0]!.text).toContain('spam');
  });

  test('a brief with poor fit keeps a healthy creator from "strong"', () => {
    const v = scoreReading(healthy(), {
      now: NOW,
      brief: { name: 'Tea', keywords: ['matcha'], hashtags: ['#matcha'] },
    });
    expect(v.scores.audienceFit).toBe(0);
    expect(v.verdict).toBe('review');
    expect(v.flags.map((f) => f.id)).toContain('low-audience-fit');
  });

  test("followers outside the brief's range are a hard limit: 0% fit, one post, 8.8M followers is skip", () => {
    const brief = { name: 'Tea', keywords: ['matcha'], followers: { min: 10_000, max: 100_000 } };
    const onePost = () =>
      reading({
        page: 'post',
        followers: 8_808_002,
        posts: [post({ likes: 159_071 })],
        comments: genuineComments(25),
      });
    const v = scoreReading(onePost(), { now: NOW, brief });
    expect(v.scores.audienceFit).toBe(0);
    expect(v.verdict).toBe('skip');
    expect(v.reasons[0]!.text).toBe(
      "8,808,002 followers is above the brief's range (10,000–100,000): not a creator for this campaign.",
    );
    // Just outside a bound keeps the creator worth a look, never "strong".
    const near = scoreReading(
      {
        ...healthy(),
        profile: {
          ...healthy().profile!,
          followers: { value: 105_000, exact: true, source: 'embedded-json' },
        },
      },
      { now: NOW, brief: { name: 'Any', followers: { min: 10_000, max: 100_000 } } },
    );
    expect(near.verdict).toBe('review');
    expect(near.flags.find((f) => f.id === 'followers-outside-range')?.severity).toBe('medium');
  });

  test('the CLI summary carries the contract fields', () => {
    const v = scoreReading(healthy(), { now: NOW });
    expect(v.scores.engagementBasis).toBe('followers');
    expect(v.scores.engagementRate).toBeGreaterThan(0);
    expect(v.scores.spamRatio).toBe(0);
    expect(v.scores.audienceFit).toBeNull();
    expect(v.fit.message).toBe('no campaign brief');
    expect(v.comments[0]).toMatchObject({ author: 'fan0', label: 'genuine' });
    expect(v.comments[0]!.reasons.join(' ')).toMatch(/specific/);
  });

  test('extra comments from other posts count and reveal copy-paste', () => {
    const text = 'Great content, come and see the new wave of creators on my page';
    const v = scoreReading(
      reading({ posts: posts([900, 1300, 700]), comments: [comment(text, { postId: 'p0' }, 1)] }),
      {
        now: NOW,
        extraComments: [comment(text, { postId: 'p1', author: 'other' }, 2)],
      },
    );
    expect(v.spam.audienceComments).toBe(2);
    expect(v.comments[0]!.reasons.join(' ')).toContain('copy-pasted');
  });

  test('growth findings become flags with their snapshots', () => {
    const history = [
      {
        at: '2026-02-01T12:00:00Z',
        followers: 20_000,
        following: 400,
        posts: 100,
        likes: null,
        engagementRate: 0.05,
        engagementBasis: 'followers' as const,
        spamRatio: 0,
      },
      {
        at: '2026-02-08T12:00:00Z',
        followers: 20_100,
        following: 400,
        posts: 100,
        likes: null,
        engagementRate: 0.05,
        engagementBasis: 'followers' as const,
        spamRatio: 0,
      },
    ];
    const v = scoreReading(
      reading({
        followers: 30_000,
        posts: posts([1500, 1300, 1700]),
        comments: genuineComments(25),
      }),
      { now: NOW, history },
    );
    const spike = v.flags.find((f) => f.id === 'follower-spike');
    expect(spike?.evidence.map((e) => e.id)).toEqual(['2026-02-08T12:00:00Z', NOW.toISOString()]);
    expect(v.verdict).toBe('review');
  });

  test.each<[string, unknown]>([
    ['posts missing', { ...reading(), posts: undefined }],
    ['profile counts missing', { ...reading(), profile: { handle: 'x' } }],
    ['comments not an array', { ...reading(), comments: 'nope' }],
  ])('never throws (%s): insufficient data with the reason', (_name, broken) => {
    const v = scoreReading(broken as PageReading, { now: NOW });
    expect(v.verdict).toBe('insufficient-data');
    expect(v.reasons[0]!.text).toContain('could not score');
  });
});

describe('toSnapshot', () => {
  test('records counts, engagement, spam ratio and the top post', () => {
    const r = reading({
      followers: 20_000,
      following: 300,
      posts: posts([900, 1300, 700]),
      comments: genuineComments(25),
    });
    const v = scoreReading(r, { now: NOW });
    expect(toSnapshot(r, v, NOW.toISOString())).toEqual({
      at: NOW.toISOString(),
      followers: 20_000,
      following: 300,
      posts: 100,
      likes: null,
      engagementRate: v.scores.engagementRate,
      engagementBasis: 'followers',
      spamRatio: 0,
      postsSeen: 3,
      topPostViews: 1300,
      audienceSample: null,
      audienceFakeShare: null,
    });
  });

  test('a spam ratio on too few comments is not recorded', () => {
    const r = reading({ posts: posts([900]), comments: genuineComments(3) });
    expect(toSnapshot(r, scoreReading(r, { now: NOW }), NOW.toISOString()).spamRatio).toBeNull();
  });
});

test('an engagement rate with no benchmark band is never "strong" and says why', () => {
  const r = reading({
    followers: 800,
    posts: posts([90, 100, 110]),
    comments: genuineComments(25),
  });
  const v = scoreReading(r, { now: NOW });
  expect(v.engagement.rating).toBeNull();
  expect(v.verdict).toBe('review');
  expect(v.reasons.map((x) => x.text).join(' ')).toContain('no benchmark band');
});

describe('the engagement reason quotes the rate that was rated', () => {
  test('a TikTok macro creator has no views benchmark: rated and quoted by followers', () => {
    const verdict = scoreReading(
      reading({
        platform: 'tiktok',
        page: 'video',
        followers: 783_400,
        posts: [post({ likes: 25_500, comments: 146, shares: 2_156, views: 192_100 })],
      }),
      { now: NOW },
    );
    expect(verdict.engagement.rating?.basis).toBe('followers');
    const text = verdict.reasons.map((r) => r.text).find((t) => t.startsWith('engagement '));
    // The seed's formula by followers: (25,500 + 146) ÷ 783,400, shares left out.
    expect(text).toMatch(/^engagement 3\.3\d*% by followers is average/);
  });
});
