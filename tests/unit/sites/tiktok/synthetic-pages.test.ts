import { describe, expect, test } from 'vitest';
import { readFixture } from './load';

describe('sigi-profile-synthetic.html: the older SIGI_STATE', () => {
  const r = readFixture('sigi-profile-synthetic.html', 'https://www.tiktok.com/@paintwithana');

  test('profile from UserModule, only for the page handle', () => {
    expect(r).toMatchObject({ status: 'ok', page: 'profile', handle: 'paintwithana' });
    expect(r.profile).toMatchObject({
      handle: 'paintwithana',
      displayName: 'Ana Paints',
      bio: 'Watercolour skies every day.\nKits below ⬇️',
      externalUrl: 'https://example.com/kits',
      verified: true,
      private: false,
    });
  });

  test.each([
    ['followers', 12345, true, 'embedded-json', 0],
    // stats.heartCount -1694843840 overflowed; stats.heart 2600123456 is right; DOM "2.6B" agrees
    ['likes', 2_600_123_456, true, 'embedded-json', 0],
    ['posts', 412, true, 'embedded-json', 0],
    // UserModule 149 vs DOM "150": both exact, the embedded one wins, the DOM one is kept
    ['following', 149, true, 'embedded-json', 1],
  ] as const)('%s = %d', (name, value, exact, source, conflicts) => {
    const count = r.profile![name];
    expect(count).toMatchObject({ value, exact, source });
    expect(count.conflicts?.length ?? 0).toBe(conflicts);
  });

  test('the overflowed heartCount is never shown, and its discarding is recorded', () => {
    expect(JSON.stringify(r)).not.toContain('-1694843840,');
    expect(r.profile!.likes.detail).toContain('heartCount=-1694843840 discarded');
  });

  test('following conflict keeps the DOM reading', () => {
    expect(r.profile!.following.conflicts).toEqual([
      { value: 150, exact: true, source: 'dom', detail: '[data-e2e="following-count"] "150"' },
    ]);
  });

  test('ItemModule posts of this creator only, merged with the grid by id', () => {
    expect(r.posts.map((p) => p.id)).toEqual(['7200000000000000001', '7200000000000000002']);
    const [first, second] = r.posts;
    expect(first).toMatchObject({
      pinned: true,
      caption: 'My first sky #watercolor @brushco',
      hashtags: ['watercolor'],
      mentions: ['brushco'],
      takenAt: '2023-01-01T00:00:00.000Z',
      source: 'embedded-json',
    });
    expect(first!.likes).toMatchObject({ value: 5000, exact: true });
    // ItemModule playCount 88123 exact, the grid's "88.1K" agrees
    expect(first!.views).toMatchObject({ value: 88123, exact: true, source: 'embedded-json' });
    expect(first!.views.conflicts).toBeUndefined();
    expect(second).toMatchObject({ pinned: false, paidPartnership: null });
    expect(second!.views).toMatchObject({ value: 3210, exact: true });
  });
});

describe('profile-overflow-synthetic.html: wrapped stats without statsV2', () => {
  const r = readFixture('profile-overflow-synthetic.html', 'https://www.tiktok.com/@megastar');

  test('a wrapped positive heartCount loses to the displayed 4.4B', () => {
    expect(r.profile!.likes).toMatchObject({ value: 4_400_000_000, exact: false, source: 'dom' });
    expect(r.profile!.likes.detail).toContain('105032827 discarded (32-bit overflow)');
    expect(r.profile!.likes.conflicts).toBeUndefined();
  });

  test('a round stats value is not exact; the display agrees', () => {
    expect(r.profile!.followers).toMatchObject({
      value: 52_000,
      exact: false,
      source: 'embedded-json',
    });
    expect(r.profile!.following).toMatchObject({ value: 3, exact: true });
    expect(r.profile!.posts).toMatchObject({ value: 1234, exact: true });
  });
});

describe('video-comments-synthetic.html: the browse layout and rendered comments, DOM only', () => {
  const r = readFixture(
    'video-comments-synthetic.html',
    'https://www.tiktok.com/@paintwithana/video/7500000000000000001',
  );

  test('counts from the action bar', () => {
    const post = r.posts[0]!;
    expect(post.likes).toMatchObject({ value: 48_200, exact: false, source: 'dom' });
    expect(post.comments).toMatchObject({ value: 611, exact: true, source: 'dom' });
    expect(post.shares).toMatchObject({ value: 930, exact: true });
    expect(post.saves).toMatchObject({ value: 5120, exact: true });
    expect(post.views.value).toBeNull();
    expect(post).toMatchObject({
      caption: 'Pinned: how I paint skies #watercolor #arttok @brushco',
      hashtags: ['watercolor', 'arttok'],
      mentions: ['brushco'],
      paidPartnership: false,
    });
  });

  test.each([
    [0, 'skyfan', 'Which brush do you use for the clouds?', 1200, false, false],
    [1, 'paintwithana', 'A size 12 round, link in bio!', 15, true, true],
    [2, 'promo_bot_77', 'nice 🔥 <b>check my bio</b>', 3, false, false],
  ] as const)('comments[%d] by @%s', (i, author, text, likes, isReply, isCreatorReply) => {
    expect(r.comments[i]).toEqual({
      id: null,
      postId: '7500000000000000001',
      author,
      text,
      likes,
      createdAt: null,
      isReply,
      isCreatorReply,
      source: 'dom',
    });
  });

  test('no author numbers on this page: profile null and said so', () => {
    expect(r.profile).toBeNull();
    expect(r.missing.map((m) => m.field)).toContain('profile');
  });
});
