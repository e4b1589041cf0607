import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../lib/store/client';
import { createStoreServer, listen } from '../../../lib/store/server';
import { ok, reading, testContext, testServer, visit } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('the background answers every message, never throws', () => {
  test.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'creator/get'],
    ['an unknown type', { type: 'creator/explode' }],
    ['a missing field', { type: 'creator/get' }],
    ['a bad platform', { type: 'creator/get', key: { platform: 'youtube', handle: 'x' } }],
    ['a handle with a slash', { type: 'creator/get', key: { platform: 'tiktok', handle: 'a/b' } }],
    ['an unknown field', { type: 'settings/get', admin: true }],
    [
      'a bad snapshot time',
      { ...visit('ann'), snapshot: { ...visit('ann').snapshot, at: 'soon' } },
    ],
  ])('%s → bad-request with issues', async (_name, message) => {
    const { ask } = testServer();
    const res = await ask(message as never);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('bad-request');
    expect(!res.ok && res.error.issues.length).toBeGreaterThan(0);
  });

  test('a storage failure becomes an error response', async () => {
    const failing = testContext();
    failing.area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const handle = createStoreServer(failing);
    const res = await handle({
      type: 'creator/shortlist',
      key: { platform: 'tiktok', handle: 'x' },
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });
});

describe('record visit', () => {
  test('stores a visited creator as seen, with the change since the previous visit', async () => {
    const { ask } = testServer();
    const first = await ok(ask(visit('Ann', '2026-03-01T10:00:00.000Z', 1000)));
    expect(first).toMatchObject({ recorded: true, change: null });
    expect(first.creator).toMatchObject({
      handle: 'ann',
      shortlistedAt: null,
      displayName: 'Name of Ann',
    });
    const second = await ok(ask(visit('ann', '2026-03-03T10:00:00.000Z', 1100)));
    expect(second.change).toMatchObject({ followers: 100, followersShare: 0.1, hours: 48 });
    expect(second.creator?.lastReading?.verdict).toEqual({
      verdict: 'strong',
      scores: { engagementRate: 0.031 },
    });
    expect((await ok(ask({ type: 'creator/list' }))).creators).toEqual([]);
    expect(
      (await ok(ask({ type: 'creator/list', filter: { scope: 'seen' } }))).creators,
    ).toHaveLength(1);
  });

  test('a second visit within the same hour replaces that hour’s snapshot', async () => {
    const { ask } = testServer();
    await ok(ask(visit('ann', '2026-03-01T10:05:00.000Z', 1000)));
    await ok(ask(visit('ann', '2026-03-01T10:55:00.000Z', 1010)));
    const { creator } = await ok(ask(visit('ann', '2026-03-01T11:01:00.000Z', 1020)));
    expect(creator?.snapshots.map((s) => [s.at, s.followers])).toEqual([
      ['2026-03-01T10:55:00.000Z', 1010],
      ['2026-03-01T11:01:00.000Z', 1020],
    ]);
    expect(creator?.firstSeenAt).toBe('2026-03-01T10:05:00.000Z');
    expect(creator?.lastSeenAt).toBe('2026-03-01T11:01:00.000Z');
  });

  test.each([
    ['a login wall', { ...reading('ann'), status: 'login-wall' as const }, /login-wall/],
    ['no handle', { ...reading('ann'), handle: null }, /no creator handle/],
  ])('%s records nothing and says why', async (_name, page, reason) => {
    const { ask } = testServer();
    const res = await ok(ask({ ...visit('ann'), reading: page }));
    expect(res.recorded).toBe(false);
    expect(res.reason).toMatch(reason);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });

  test('a visit where no number could be read records nothing', async () => {
    const { ask } = testServer();
    const empty = {
      ...visit('ann').snapshot,
      followers: null,
      following: null,
      posts: null,
      engagementRate: null,
      spamRatio: null,
    };
    expect((await ok(ask({ ...visit('ann'), snapshot: empty }))).recorded).toBe(false);
  });

  test('keeps numbers, not page text: no comment texts or authors, posts by id, spam examples cut', async () => {
    const { ask } = testServer();
    const page = reading('ann');
    const comment = {
      id: null,
      postId: null,
      author: 'x',
      text: 'y'.repeat(5000),
      likes: null,
      createdAt: null,
      isCreatorReply: false,
      isReply: false,
      source: 'dom' as const,
    };
    page.comments = Array.from({ length: 500 }, () => comment);
    const labelled = (label: string, i = 0) => ({
      ...comment,
      text: `${i} ${comment.text}`,
      label,
      reasons: ['r'.repeat(500)],
    });
    const verdict = {
      verdict: 'review',
      comments: [
        labelled('genuine'),
        ...Array.from({ length: 9 }, (_, i) => labelled('spam', i % 5)),
      ],
    };
    const { creator } = await ok(ask({ ...visit('ann'), reading: page, verdict }));
    const stored = creator!.lastReading!;
    expect(stored.reading.comments).toEqual([]);
    expect(stored.reading.posts).toEqual([]);
    expect(stored.postIds).toEqual(page.posts.map((p) => p.id));
    const examples = stored.verdict!.comments as Record<string, unknown>[];
    expect(examples.map((c) => (c.text as string).slice(0, 2))).toEqual(['0 ', '1 ', '2 ']);
    expect(examples.every((c) => c.label === 'spam' && !('author' in c))).toBe(true);
    expect((examples[0]!.text as string).length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(creator).length).toBeLessThan(4096);
  });
});

describe('the client', () => {
  test('talks to the background through runtime messaging', async () => {
    listen(fakeBrowser.runtime, createStoreServer(testContext()));
    const res = await sendMessage({
      type: 'creator/shortlist',
      key: { platform: 'tiktok', handle: '@Some.One' },
    });
    expect(res.ok && res.data.creator.handle).toBe('some.one');
  });

  test('refuses an invalid request before sending it', async () => {
    let sent = false;
    const res = await sendMessage({ type: 'campaign/set-active', id: '' }, async () => {
      sent = true;
    });
    expect(sent).toBe(false);
    expect(!res.ok && res.error.code).toBe('bad-request');
  });

  test.each([
    ['no answer', async () => undefined],
    ['a wrong shape', async () => ({ ok: true, data: { creator: 'x' } })],
  ])('turns %s into bad-response', async (_name, transport) => {
    const res = await sendMessage(
      { type: 'creator/get', key: { platform: 'tiktok', handle: 'x' } },
      transport,
    );
    expect(!res.ok && res.error.code).toBe('bad-response');
  });

  test('turns a failed send into unavailable', async () => {
    const res = await sendMessage({ type: 'settings/get' }, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(!res.ok && res.error.code).toBe('unavailable');
  });
});
