import { describe, expect, test } from 'vitest';
import { readFixture } from './load';

/**
 * Every value here was read by hand from the raw fixture files with grep, not from the reader's
 * output (see tests/fixtures/SOURCES.md for what each file is).
 */

describe('profile-rendered-2025-12.html (@illojuan)', () => {
  const r = readFixture('profile-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan');

  test('page, handle, status', () => {
    expect(r).toMatchObject({
      platform: 'tiktok',
      page: 'profile',
      handle: 'illojuan',
      status: 'ok',
    });
    expect(r.readAt).toBe('2026-08-01T00:00:00.000Z');
  });

  // statsV2 {"followerCount":"783427","followingCount":"0","heartCount":"3922256","videoCount":"19"};
  // stats {"followerCount":783400,"heartCount":3900000} are the rounded forms.
  test.each([
    ['followers', 783427, true, 'userInfo.statsV2.followerCount'],
    ['following', 0, true, 'userInfo.statsV2.followingCount'],
    ['likes', 3922256, true, 'userInfo.statsV2.heartCount'],
    ['posts', 19, true, 'userInfo.statsV2.videoCount'],
  ] as const)('profile.%s = %d (exact %s) from %s', (name, value, exact, path) => {
    const count = r.profile![name];
    expect(count).toMatchObject({ value, exact, source: 'embedded-json' });
    expect(count.detail).toContain(path);
    // the DOM ("783.4K", "3.9M", "0") agrees within its rounding: no conflict
    expect(count.conflicts).toBeUndefined();
  });

  test.each([
    ['displayName', 'IlloJuan'],
    ['bio', 'Timing, saludos desde Almería'],
    ['externalUrl', 'twitch.tv/illojuan'],
    ['verified', true],
    ['private', false],
    ['category', null],
  ] as const)('profile.%s', (field, value) => {
    expect(r.profile![field]).toBe(value);
  });

  // 18 data-e2e="user-post-item", hrefs /@illojuan/video/<id>, video-views texts in order
  const grid: [string, number][] = [
    ['7571863205253778710', 192_100],
    ['7437176835944795424', 1_900_000],
    ['7116173993534622982', 4_400_000],
    ['7105891287777168645', 2_300_000],
    ['7102366922930425093', 2_000_000],
    ['7099595944211090694', 1_000_000],
    ['7098681530863684870', 2_500_000],
    ['7098393849482988805', 1_100_000],
    ['7097743763434392837', 1_900_000],
    ['7096601458853809413', 548_800],
    ['7096225181743566085', 434_500],
    ['7096097997234261254', 414_600],
    ['7095805005466307846', 4_800_000],
    ['7095098992198995205', 826_400],
    ['7094965266555161861', 4_000_000],
    ['7094604544478383366', 513_900],
    ['6781214772584025350', 414_100],
    ['6781208758358985989', 344_900],
  ];
  test('18 grid videos in page order', () => {
    expect(r.posts.map((p) => p.id)).toEqual(grid.map(([id]) => id));
  });
  test.each(grid.map(([id, views], i) => [i, id, views] as const))(
    'posts[%d] %s views %d (rounded, from the grid)',
    (i, id, views) => {
      const post = r.posts[i]!;
      expect(post).toMatchObject({
        id,
        author: 'illojuan',
        source: 'dom',
        isVideo: true,
        pinned: false,
      });
      expect(post.views).toMatchObject({ value: views, exact: false, source: 'dom' });
      expect(post.url).toBe(`https://www.tiktok.com/@illojuan/video/${id}`);
      // the grid shows no likes/comments: null with a reason, never 0
      expect(post.likes.value).toBeNull();
      expect(post.likes.reason).toMatch(/grid/);
    },
  );

  test('captions and hashtags from the cover alt text (the "created by" suffix cut)', () => {
    // alt="Al volante, tolerancia 0 👍 #deditoarriba #aversitiktoknomecensuramasvideoa #pepinodemar #paella created by IlloJuan with …"
    expect(r.posts[2]!.caption).toBe(
      'Al volante, tolerancia 0 👍 #deditoarriba #aversitiktoknomecensuramasvideoa #pepinodemar #paella',
    );
    expect(r.posts[2]!.hashtags).toEqual([
      'deditoarriba',
      'aversitiktoknomecensuramasvideoa',
      'pepinodemar',
      'paella',
    ]);
    expect(r.posts[0]!.mentions).toEqual(['burgerking_es', 'esperanzagraciaoficial']);
  });

  test('what could not be read is listed', () => {
    expect(r.missing.map((m) => m.field)).toEqual(
      expect.arrayContaining(['posts.likes', 'posts.comments', 'posts.shares', 'posts.saves']),
    );
    expect(r.missing.find((m) => m.field === 'posts.likes')!.reason).toMatch(/^18 of 18/);
  });
});

describe('video-rendered-2025-12.html (@illojuan, sponsored)', () => {
  const url = 'https://www.tiktok.com/@illojuan/video/7571863205253778710';
  const r = readFixture('video-rendered-2025-12.html', url);
  const post = r.posts[0]!;

  test('page, handle, status, one post: the page video, not the recommendation after it', () => {
    expect(r).toMatchObject({ page: 'video', handle: 'illojuan', status: 'ok' });
    expect(r.posts).toHaveLength(1);
    expect(post).toMatchObject({ id: '7571863205253778710', author: 'illojuan', isVideo: true });
  });

  // statsV2 {"diggCount":"25500","shareCount":"2156","commentCount":"146","playCount":"192100","collectCount":"1311"}
  test.each([
    ['likes', 25_500, false],
    ['comments', 146, true],
    ['views', 192_100, false],
    ['shares', 2_156, true],
    ['saves', 1_311, true],
  ] as const)('%s = %d (exact %s)', (name, value, exact) => {
    expect(post[name]).toMatchObject({ value, exact, source: 'embedded-json' });
    expect(post[name].detail).toContain(`statsV2.`);
    // like-count "25.5K", comment-count "146", share-count "2156", undefined-count "1311": consistent
    expect(post[name].conflicts).toBeUndefined();
  });

  test('date, caption, hashtags, mentions, paid partnership', () => {
    expect(post.takenAt).toBe('2025-11-12T15:36:28.000Z'); // "createTime":"1762961788"
    expect(post.caption).toMatch(/^La nueva locurilla de fin de año/);
    expect(post.caption).toMatch(/Espero que os guste ❤️$/);
    // the desc has no hashtag (the meta description's #illojuan #burgerking come from an AI summary)
    expect(post.hashtags).toEqual([]);
    expect(post.mentions).toEqual(['burgerking_es', 'esperanzagraciaoficial']);
    // isAd is false, the page shows data-e2e="sponsored-tag" "Paid partnership"
    expect(post.paidPartnership).toBe(true);
    expect(post.pinned).toBe(false);
  });

  // authorStatsV2 {"followerCount":"783400","followingCount":"0","heartCount":"3900000","videoCount":"19"}
  test.each([
    ['followers', 783_400, false],
    ['following', 0, true],
    ['likes', 3_900_000, false],
    ['posts', 19, true],
  ] as const)('author %s = %d (exact %s) from authorStats', (name, value, exact) => {
    expect(r.profile![name]).toMatchObject({ value, exact, source: 'embedded-json' });
    expect(r.profile![name].detail).toContain('authorStatsV2');
  });

  test('author profile fields', () => {
    expect(r.profile).toMatchObject({
      handle: 'illojuan',
      displayName: 'IlloJuan',
      verified: true,
      private: false,
    });
  });

  test('no comments rendered: empty, and said so', () => {
    expect(r.comments).toEqual([]);
    expect(r.missing.map((m) => m.field)).toContain('comments');
  });
});

describe('video-logged-out-2026-07.html (@mysticaquariumct)', () => {
  const r = readFixture(
    'video-logged-out-2026-07.html',
    'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518',
  );
  const post = r.posts[0]!;

  test('status and post', () => {
    expect(r).toMatchObject({ page: 'video', handle: 'mysticaquariumct', status: 'ok' });
    expect(post).toMatchObject({
      id: '7660566211100511518',
      author: 'mysticaquariumct',
      caption: 'Duck’s fish era has officially begun. 🐟✨',
      hashtags: [],
      takenAt: '2026-07-09T16:29:32.000Z', // "createTime":"1783614572"
      paidPartnership: null, // isAd false, no rendered page to show a label
    });
  });

  // statsV2 {"diggCount":"21000","shareCount":"4060","commentCount":"82","playCount":"76000","collectCount":"3000"}
  test.each([
    ['likes', 21_000, false],
    ['comments', 82, true],
    ['views', 76_000, false],
    ['shares', 4_060, true],
    ['saves', 3_000, true],
  ] as const)('%s = %d (exact %s)', (name, value, exact) => {
    expect(post[name]).toMatchObject({ value, exact, source: 'embedded-json' });
  });

  // authorStatsV2 {"followerCount":"1900000","followingCount":"72","heartCount":"62400000","videoCount":"815"}
  test.each([
    ['followers', 1_900_000, false],
    ['following', 72, true],
    ['likes', 62_400_000, false],
    ['posts', 815, true],
  ] as const)('author %s = %d (exact %s)', (name, value, exact) => {
    expect(r.profile![name]).toMatchObject({ value, exact });
  });

  test('author fields', () => {
    expect(r.profile).toMatchObject({
      displayName: 'Mystic Aquarium',
      bio: 'We protect aquatic life and empower communities to save our oceans.',
      verified: false,
      private: false,
    });
  });
});
