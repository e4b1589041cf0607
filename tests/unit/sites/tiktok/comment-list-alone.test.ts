import { describe, expect, test } from 'vitest';
import { PageReading } from '../../../../lib/model/reading';
import { scoreReading } from '../../../../lib/rules/score';
import { fixtureJson, NOW, readFixture } from './load';

/**
 * A saved `/api/comment/list/` response given alone (the CLI's `scout vet comments.json`): the
 * comments of the video are read and kept, though the file carries none of the video's counts.
 */
const VIDEO = '7500000000000000001';
const url = `https://www.tiktok.com/@painter/video/${VIDEO}`;
const response = () => [
  {
    url: `https://www.tiktok.com/api/comment/list/?aweme_id=${VIDEO}&count=20&cursor=0`,
    body: fixtureJson('comment-list-synthetic.json'),
  },
];

describe('comment-list-synthetic.json alone, for its video', () => {
  const r = readFixture(null, url, response());
  test('is a usable reading of the video with no counts', () => {
    expect(PageReading.parse(r)).toEqual(r);
    expect([r.platform, r.page, r.status, r.handle]).toEqual(['tiktok', 'video', 'ok', 'painter']);
    expect(r.profile).toBeNull();
    expect(r.posts).toEqual([]);
    expect(r.missing.map((m) => m.field)).toEqual(['profile', 'posts']);
  });
  test.each([
    [
      '7500000000000100001',
      'skyfan',
      'Which brush do you use for the clouds?',
      120,
      '2025-04-30T09:00:00.000Z',
      false,
    ],
    [
      '7500000000000100002',
      'paintwithana',
      'A size 12 round, link in bio!',
      15,
      '2025-04-30T10:00:00.000Z',
      true,
    ],
    ['7500000000000100003', 'promo_bot_77', 'nice 🔥', 3, '2025-04-30T11:00:00.000Z', false],
  ])('comment %s by %s', (id, author, text, likes, createdAt, isReply) => {
    expect(r.comments.find((c) => c.id === id)).toEqual({
      id,
      postId: VIDEO,
      author,
      text,
      likes,
      createdAt,
      isCreatorReply: false,
      isReply,
      source: 'network',
    });
  });
  test('the comment on another video and the one without text are left out', () => {
    expect(r.comments.map((c) => c.id)).toEqual([
      '7500000000000100001',
      '7500000000000100002',
      '7500000000000100003',
    ]);
  });
  test('the comments are labelled and counted; the rate says what is missing', () => {
    const v = scoreReading(r, { now: NOW });
    // "nice 🔥" from @promo_bot_77: empty praise from a promotion-named account is bot spam.
    expect(v.comments.map((c) => c.label)).toEqual(['genuine', 'genuine', 'spam']);
    expect(v.comments[2]!.reasons.join(' ')).toMatch(/promo_bot_77/);
    expect(v.spam.audienceComments).toBe(3);
    expect(v.scores.engagementRate).toBeNull();
    expect(v.verdict).toBe('insufficient-data');
  });
});

test("the creator's reply is marked as such when the URL names the creator", () => {
  const r = readFixture(null, `https://www.tiktok.com/@paintwithana/video/${VIDEO}`, [
    {
      url: 'https://www.tiktok.com/api/comment/list/',
      body: fixtureJson('comment-list-synthetic.json'),
    },
  ]);
  expect(r.status).toBe('ok');
  expect(r.comments.find((c) => c.author === 'paintwithana')?.isCreatorReply).toBe(true);
});

test('for another video, the comments are not taken for its own: stale, not usable', () => {
  const other = 'https://www.tiktok.com/@painter/video/7111111111111111111';
  const r = readFixture(null, other, response());
  expect(r.status).toBe('unreadable');
  expect(r.statusReason).toMatch(/for another account or video/);
  expect(r.comments).toEqual([]);
});
