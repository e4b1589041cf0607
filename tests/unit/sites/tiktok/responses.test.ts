import { describe, expect, test } from 'vitest';
import type { ObservedResponse } from '../../../../lib/model/reading';
import { fixtureJson, readFixture } from './load';

const ITEM_LIST =
  'https://www.tiktok.com/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=MS4w';
const COMMENTS =
  'https://www.tiktok.com/api/comment/list/?aid=1988&aweme_id=7500000000000000001&count=20';
const REPLIES =
  'https://www.tiktok.com/api/comment/list/reply/?comment_id=7500000000000100001&item_id=7500000000000000001';

const itemList: ObservedResponse = {
  url: ITEM_LIST,
  body: fixtureJson('item-list-synthetic.json'),
};
const commentList: ObservedResponse = {
  url: COMMENTS,
  body: fixtureJson('comment-list-synthetic.json'),
};
const replies: ObservedResponse = {
  url: REPLIES,
  body: fixtureJson('comment-replies-synthetic.json'),
};

describe('item-list-synthetic.json on a profile, no document (the CLI given saved JSON)', () => {
  const r = readFixture(null, 'https://www.tiktok.com/@paintwithana', [itemList]);

  test('ok, with this creator’s items only (not @someoneelse’s, not malformed ones)', () => {
    expect(r).toMatchObject({
      status: 'ok',
      page: 'profile',
      handle: 'paintwithana',
      profile: null,
    });
    expect(r.posts.map((p) => p.id)).toEqual([
      '7500000000000000001',
      '7500000000000000002',
      '7500000000000000003',
    ]);
  });

  test('pinned item: statsV2 exact, stats the rounded form', () => {
    const p = r.posts[0]!;
    expect(p).toMatchObject({
      pinned: true,
      source: 'network',
      isVideo: true,
      takenAt: '2025-04-30T08:00:00.000Z',
    });
    expect(p.likes).toMatchObject({ value: 48213, exact: true, source: 'network' });
    expect(p.views).toMatchObject({ value: 1234567, exact: true });
    expect(p.comments).toMatchObject({ value: 611, exact: true });
    expect(p.shares).toMatchObject({ value: 930, exact: true });
    expect(p.saves).toMatchObject({ value: 5120, exact: true });
    expect(p.hashtags).toEqual(['watercolor', 'arttok']);
    expect(p.mentions).toEqual(['brushco']);
    expect(p.paidPartnership).toBeNull();
  });

  test('isAd item is a paid partnership; round statsV2 is not exact', () => {
    const p = r.posts[1]!;
    expect(p).toMatchObject({
      paidPartnership: true,
      pinned: false,
      takenAt: '2025-11-24T16:00:00.000Z',
    });
    expect(p.views).toMatchObject({ value: 21000, exact: false });
    expect(p.likes).toMatchObject({ value: 1500, exact: true });
  });

  test('photo post: not a video; a negative share count is null with the reason', () => {
    const p = r.posts[2]!;
    expect(p.isVideo).toBe(false);
    expect(p.shares.value).toBeNull();
    expect(p.shares.reason).toContain('shareCount=-5 discarded');
    expect(p.likes).toMatchObject({ value: 320, exact: true });
  });
});

describe('comment lists on the video page', () => {
  const url = 'https://www.tiktok.com/@paintwithana/video/7500000000000000001';
  const r = readFixture(null, url, [itemList, commentList, replies]);

  test('the video from the item list, comments for this video only', () => {
    expect(r).toMatchObject({ status: 'ok', page: 'video' });
    expect(r.posts.map((p) => p.id)).toEqual(['7500000000000000001']);
    expect(r.comments.map((c) => c.id)).toEqual([
      '7500000000000100001',
      '7500000000000100002',
      '7500000000000100003',
      '7500000000000100006',
    ]);
  });

  test.each([
    [
      0,
      'skyfan',
      'Which brush do you use for the clouds?',
      120,
      '2025-04-30T09:00:00.000Z',
      false,
      false,
    ],
    [
      1,
      'paintwithana',
      'A size 12 round, link in bio!',
      15,
      '2025-04-30T10:00:00.000Z',
      true,
      true,
    ],
    [2, 'promo_bot_77', 'nice 🔥', 3, '2025-04-30T11:00:00.000Z', false, false],
    [3, 'skyfan', 'Thanks, ordering one now', 2, '2025-04-30T12:00:00.000Z', true, false],
  ] as const)(
    'comments[%d] by @%s',
    (i, author, text, likes, createdAt, isReply, isCreatorReply) => {
      expect(r.comments[i]).toMatchObject({
        postId: '7500000000000000001',
        author,
        text,
        likes,
        createdAt,
        isReply,
        isCreatorReply,
        source: 'network',
      });
    },
  );

  test('a comment list for another video alone is discarded', () => {
    const other = readFixture(
      null,
      'https://www.tiktok.com/@paintwithana/video/7999999999999999999',
      [commentList],
    );
    expect(other.comments.map((c) => c.text)).toEqual(['a comment on another video']);
    const unrelated = readFixture(
      null,
      'https://www.tiktok.com/@paintwithana/video/7100000000000000000',
      [commentList],
    );
    expect(unrelated.comments).toEqual([]);
    expect(unrelated.status).toBe('unreadable');
  });
});

describe('responses merge with the page by id; the exact number wins', () => {
  test('SIGI page + item list: network exact values keep the embedded ones as agreeing or conflicting', () => {
    const body = {
      itemList: [
        {
          id: '7200000000000000001',
          author: { uniqueId: 'paintwithana' },
          stats: { diggCount: 5100, playCount: 90000 },
          statsV2: { diggCount: '5104', playCount: '90012' },
        },
      ],
    };
    const r = readFixture('sigi-profile-synthetic.html', 'https://www.tiktok.com/@paintwithana', [
      { url: ITEM_LIST, body },
    ]);
    const p = r.posts.find((x) => x.id === '7200000000000000001')!;
    // embedded ItemModule 5000 (exact, older) comes first in the ladder; network 5104 disagrees
    expect(p.likes).toMatchObject({ value: 5000, source: 'embedded-json' });
    expect(p.likes.conflicts).toEqual([
      expect.objectContaining({ value: 5104, exact: true, source: 'network' }),
    ]);
  });

  test('malformed responses are ignored, never thrown', () => {
    const junk = [
      { url: ITEM_LIST, body: null },
      { url: ITEM_LIST, body: { itemList: 'nope' } },
      { url: COMMENTS, body: { comments: [null, 1, { text: 5 }] } },
      { nope: true },
      null,
    ] as unknown as ObservedResponse[];
    const r = readFixture(null, 'https://www.tiktok.com/@paintwithana', junk);
    expect(r.status).toBe('unreadable');
    expect(r.posts).toEqual([]);
  });

  test('a user-detail response gives the profile', () => {
    const r = readFixture(null, 'https://www.tiktok.com/@paintwithana', [
      {
        url: 'https://www.tiktok.com/api/user/detail/?uniqueId=paintwithana',
        body: {
          userInfo: {
            user: { uniqueId: 'paintwithana', nickname: 'Ana Paints', verified: false },
            stats: { followerCount: 12300, heartCount: 99 },
            statsV2: { followerCount: '12345', heartCount: '99' },
          },
          statusCode: 0,
        },
      },
    ]);
    expect(r.profile!.followers).toMatchObject({ value: 12345, exact: true, source: 'network' });
    expect(r.profile!.likes).toMatchObject({ value: 99, exact: true });
  });
});
