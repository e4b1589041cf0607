import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KeptPost } from '../../../lib/model/creator';
import type { PageReading, PostReading } from '../../../lib/model/reading';
import { recentPostOf } from '../../../lib/popup';
import {
  KEEP_RECENT_POSTS,
  MAX_KEPT_CAPTION,
  handlesAndTagsOf,
  keptPostsOf,
  mergeRecentPosts,
} from '../../../lib/store/recent-posts';
import { exact, ok, reading, snapshot, testServer } from './helpers';

beforeEach(() => fakeBrowser.reset());

const notRead = { value: null, exact: false, source: null, reason: 'not shown' } as const;
const rounded = (value: number) => ({ value, exact: false, source: 'dom' as const });

function post(id: string, fields: Partial<PostReading> = {}): PostReading {
  return {
    id,
    url: `/p/${id}/`,
    author: 'jane',
    takenAt: null,
    caption: null,
    hashtags: [],
    mentions: [],
    likes: notRead,
    comments: notRead,
    views: notRead,
    shares: notRead,
    saves: notRead,
    likesHidden: false,
    isVideo: false,
    format: null,
    pinned: false,
    paidPartnership: false,
    source: 'network',
    ...fields,
  };
}

const page = (posts: PostReading[], fields: Partial<PageReading> = {}): PageReading => ({
  ...reading('jane'),
  posts,
  ...fields,
});

const kept = (id: string, fields: Partial<KeptPost> = {}): KeptPost => ({
  id,
  url: `https://www.instagram.com/p/${id}/`,
  takenAt: null,
  caption: null,
  likes: null,
  comments: null,
  views: null,
  countsExact: true,
  shares: null,
  format: null,
  pinned: false,
  paidPartnership: false,
  handlesAndTags: null,
  seenAt: '2026-03-01T10:00:00.000Z',
  ...fields,
});

describe('keptPostsOf', () => {
  test('links made absolute, counts as numbers, captions capped, other authors left out', () => {
    const posts = keptPostsOf(
      page([
        post('A', {
          caption: 'x'.repeat(MAX_KEPT_CAPTION + 50),
          likes: exact(700),
          comments: rounded(1200),
          takenAt: '2026-02-01T10:00:00.000Z',
        }),
        post('B', { author: 'someone.else' }),
        post('C', { author: '@Jane', url: 'javascript:alert(1)', takenAt: 'yesterday' }),
      ]),
      'jane',
      '2026-03-01T10:00:00.000Z',
    );
    expect(posts.map((p) => p.id)).toEqual(['A', 'C']);
    expect(posts[0]).toMatchObject({
      url: 'https://www.instagram.com/p/A/',
      likes: 700,
      comments: 1200,
      views: null,
      countsExact: false,
    });
    expect(posts[0]!.caption).toHaveLength(MAX_KEPT_CAPTION);
    expect(posts[1]).toMatchObject({ url: null, takenAt: null, countsExact: true });
  });

  test('an unreadable page gives nothing', () => {
    expect(keptPostsOf(page([post('A')], { status: 'login-wall' }), 'jane', 'x')).toEqual([]);
  });
});

describe('handlesAndTagsOf', () => {
  test.each([
    [
      'mentions then hashtags, marked',
      ['burgerking_es', '@ann'],
      ['ad'],
      '@burgerking_es @ann #ad',
    ],
    ['none listed: empty (read, nothing there)', [], [], ''],
    ['repeats and blanks dropped', ['ann', 'ann', ''], ['#x', ' '], '@ann #x'],
  ])('%s', (_name, mentions, hashtags, text) => {
    expect(handlesAndTagsOf({ mentions, hashtags })).toBe(text);
  });

  test('capped at whole words', () => {
    const text = handlesAndTagsOf({
      mentions: [],
      hashtags: Array.from({ length: 300 }, (_, i) => `tag${i}`),
    });
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.split(' ').every((w) => /^#tag\d+$/.test(w))).toBe(true);
  });

  test('a later reading without them keeps the earlier ones', () => {
    const [merged] = mergeRecentPosts(
      [kept('A', { handlesAndTags: '@brand', seenAt: '2026-03-01T10:00:00.000Z' })],
      [kept('A', { handlesAndTags: null, seenAt: '2026-03-02T10:00:00.000Z' })],
    );
    expect(merged!.handlesAndTags).toBe('@brand');
  });
});

describe('mergeRecentPosts', () => {
  test.each([
    [
      'dated newest first',
      [kept('a', { takenAt: '2026-01-01T00:00:00Z' })],
      [kept('b', { takenAt: '2026-02-01T00:00:00Z' })],
      ['b', 'a'],
    ],
    [
      'undated after dated',
      [kept('a')],
      [kept('b', { takenAt: '2026-02-01T00:00:00Z' })],
      ['b', 'a'],
    ],
    [
      'undated: most recently seen first',
      [kept('a')],
      [kept('b', { seenAt: '2026-03-02T00:00:00.000Z' })],
      ['b', 'a'],
    ],
    ['same id once', [kept('a')], [kept('a')], ['a']],
  ])('%s', (_name, before, incoming, ids) => {
    expect(mergeRecentPosts(before, incoming).map((p) => p.id)).toEqual(ids);
  });

  test('the later reading wins, but an unread number or missing date keeps the earlier one', () => {
    const earlier = kept('a', { likes: 10, comments: 2, takenAt: '2026-01-01T00:00:00.000Z' });
    const later = kept('a', {
      likes: 15,
      pinned: true,
      countsExact: false,
      seenAt: '2026-03-05T00:00:00.000Z',
    });
    // Either order of arrival gives the same result.
    for (const [a, b] of [
      [earlier, later],
      [later, earlier],
    ] as const)
      expect(mergeRecentPosts([a], [b])).toEqual([
        { ...later, comments: 2, takenAt: '2026-01-01T00:00:00.000Z', countsExact: false },
      ]);
  });

  test.each([
    [true, false, true],
    [true, null, true],
    [false, true, true],
    [null, false, false],
    [false, null, false],
  ])('paid partnership %s then %s → %s', (first, then, expected) => {
    const merged = mergeRecentPosts(
      [kept('a', { paidPartnership: first })],
      [kept('a', { paidPartnership: then, seenAt: '2026-03-02T00:00:00.000Z' })],
    );
    expect(merged[0]!.paidPartnership).toBe(expected);
  });

  test.each([
    [KEEP_RECENT_POSTS - 1, KEEP_RECENT_POSTS - 1],
    [KEEP_RECENT_POSTS, KEEP_RECENT_POSTS],
    [KEEP_RECENT_POSTS + 1, KEEP_RECENT_POSTS],
  ])('%i posts keep %i, the newest', (n, keptCount) => {
    const posts = Array.from({ length: n }, (_, i) =>
      kept(`p${i}`, { takenAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }),
    );
    const merged = mergeRecentPosts([], posts);
    expect(merged).toHaveLength(keptCount);
    expect(merged[0]!.id).toBe(`p${n - 1}`);
  });
});

describe('recent posts across visits (through the background)', () => {
  const key = { platform: 'instagram', handle: 'jane' } as const;
  const visit = (r: PageReading, at: string) =>
    ({ type: 'creator/record-visit', reading: r, snapshot: snapshot(at), verdict: null }) as const;

  test('a sponsored post page visited after the profile leaves the profile’s posts for the draft', async () => {
    const { ask } = testServer();
    const profile = page(
      [
        post('Own1', {
          caption: 'Harbour at dusk',
          likes: exact(900),
          comments: exact(40),
          takenAt: '2026-02-27T10:00:00.000Z',
        }),
        post('Own2', { likes: exact(300), takenAt: '2026-02-20T10:00:00.000Z' }),
      ],
      { readAt: '2026-03-01T10:00:00.000Z' },
    );
    await ok(ask(visit(profile, '2026-03-01T10:00:00.000Z')));
    const sponsored = page(
      [post('Ad1', { paidPartnership: true, takenAt: '2026-02-28T10:00:00.000Z' })],
      {
        page: 'post',
        url: 'https://www.instagram.com/p/Ad1/',
        readAt: '2026-03-01T11:30:00.000Z',
      },
    );
    const after = await ok(ask(visit(sponsored, '2026-03-01T11:30:00.000Z')));
    expect(after.creator?.lastReading?.postIds).toEqual(['Ad1']);
    expect(after.creator?.recentPosts.map((p) => p.id)).toEqual(['Ad1', 'Own1', 'Own2']);

    const { creator } = await ok(ask({ type: 'creator/get', key }));
    const pick = recentPostOf(creator!, new Date('2026-03-02T00:00:00Z'));
    expect(pick.post).toMatchObject({
      id: 'Own1',
      url: 'https://www.instagram.com/p/Own1/',
      excerpt: 'Harbour at dusk',
    });
  });
});
