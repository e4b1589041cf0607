import { describe, expect, test } from 'vitest';
import { PageReading } from '../../../../lib/model/reading';
import { readFixture, readResponse, vs } from './fixtures';

/**
 * One table per real capture: every value the page states (read from the raw file by hand) and
 * null for what it does not state.
 */

describe('profile-logged-out-2024-12.html (@pluto__travel, meta only)', () => {
  const r = readFixture(
    'profile-logged-out-2024-12.html',
    'https://www.instagram.com/pluto__travel/',
  );
  test('is a valid reading of the profile', () => {
    expect(PageReading.parse(r)).toEqual(r);
    expect([r.page, r.status, r.handle]).toEqual(['profile', 'ok', 'pluto__travel']);
  });
  test.each([
    ['followers', [2362, true, 'meta']],
    ['following', [136, true, 'meta']],
    ['posts', [224, true, 'meta']],
    ['likes', [null, false, null]],
  ] as const)('%s', (field, expected) => {
    expect(vs(r.profile?.[field])).toEqual(expected);
  });
  test('name and bio from the meta tags; what the page does not state is null', () => {
    expect(r.profile).toMatchObject({
      displayName: 'Pluto',
      bio: 'Home of travel — Plan a trip and find the best things to do in one simple, fun and beautiful app.',
      externalUrl: null,
      verified: null,
      private: null,
      category: null,
    });
    expect(r.profile?.followers.detail).toContain('"2,362"');
    expect(r.posts).toEqual([]);
    expect(r.comments).toEqual([]);
  });
});

describe.each([
  {
    file: 'post-photo-logged-out-2024-12.html',
    url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
    author: 'willyrex',
    name: 'Willyrex',
    likes: 298_000,
    comments: 553,
    takenAt: '2021-05-29',
    caption: 'Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀',
    isVideo: null,
  },
  {
    file: 'reel-logged-out-2024-12.html',
    url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/',
    author: 'jaimelorentelo',
    name: 'Jaime Lorente',
    likes: 152_000,
    comments: 784,
    takenAt: '2021-04-19',
    caption: null,
    isVideo: true,
  },
])('$file (logged out, meta only)', (p) => {
  const r = readFixture(p.file, p.url);
  const post = r.posts[0]!;
  test('status, author, one post', () => {
    expect([r.page, r.status, r.handle, r.posts.length]).toEqual(['post', 'ok', p.author, 1]);
    expect(post.id).toBe(p.url.split('/').at(-2));
  });
  test('rounded likes, exact comments, from the meta description', () => {
    expect(vs(post.likes)).toEqual([p.likes, false, 'meta']);
    expect(vs(post.comments)).toEqual([p.comments, true, 'meta']);
  });
  test('date, caption, author; no views, shares, saves, no author counts', () => {
    expect(post).toMatchObject({
      author: p.author,
      takenAt: p.takenAt,
      caption: p.caption,
      isVideo: p.isVideo,
    });
    for (const c of [post.views, post.shares, post.saves]) expect(c.value).toBeNull();
    expect(r.profile?.displayName).toBe(p.name);
    expect(r.profile?.followers.value).toBeNull();
    expect(r.comments).toEqual([]);
  });
});

describe('reel-logged-in-2024-03.html (data-sjs Relay blocks)', () => {
  const r = readFixture(
    'reel-logged-in-2024-03.html',
    'https://www.instagram.com/reel/C10MvewSSYl/',
  );
  const post = r.posts[0]!;
  test('the reel from xdt_api__v1__media__shortcode__web_info', () => {
    expect([r.status, r.handle, post.id, post.author]).toEqual([
      'ok',
      'ninamukhar',
      'C10MvewSSYl',
      'ninamukhar',
    ]);
    expect(vs(post.likes)).toEqual([1479, true, 'embedded-json']);
    expect(vs(post.comments)).toEqual([29, true, 'embedded-json']);
    expect(post.likes.conflicts).toBeUndefined(); // the meta "1,479 likes" agrees
    expect(post.views.value).toBeNull(); // view_count: null
    expect(post).toMatchObject({
      takenAt: '2024-01-07T22:25:00.000Z',
      isVideo: true,
      paidPartnership: false,
      likesHidden: false,
    });
    expect(post.caption).toMatch(/^Can’t wait for this editorial @isaacealvarez/);
    expect(post.mentions).toEqual(['isaacealvarez', 'anasaiaofficial', 'edgir_81', 'ninamukhar']);
  });
  test('the author: name from JSON, no follower count on this page', () => {
    expect(r.profile).toMatchObject({
      handle: 'ninamukhar',
      displayName: 'Nina Mukhar',
      verified: true,
    });
    expect(r.profile?.followers.value).toBeNull();
  });
  test('the 15 server-rendered comments', () => {
    expect(r.comments).toHaveLength(15);
    expect(r.comments.every((c) => c.postId === 'C10MvewSSYl' && !c.isReply)).toBe(true);
    expect(r.comments.slice(0, 3).map((c) => [c.id, c.author, c.likes, c.createdAt])).toEqual([
      ['18278957755095859', 'galysia_stefyrak', 0, '2024-01-07T23:14:35.000Z'],
      ['18415568854030115', 'anaid6355', 3, '2024-01-07T22:41:27.000Z'],
      ['18007176827243730', 'anasaiaofficial', 10, '2024-01-07T23:03:18.000Z'],
    ]);
    expect(r.comments[0]?.text).toBe('WOW 👏👏👏 now do me 😂');
  });
  test("a post page lists the post itself only, not the author's grid (xdt_api__v1__profile_timeline)", () => {
    expect(r.posts.map((p) => p.id)).toEqual(['C10MvewSSYl']);
  });
});

describe('post-rendered-with-comments-2021-10.html (window._sharedData + rendered DOM)', () => {
  const r = readFixture(
    'post-rendered-with-comments-2021-10.html',
    'https://www.instagram.com/p/BWUDBntl3_Z/',
  );
  const post = r.posts[0]!;
  test('the post', () => {
    expect([r.status, r.handle, post.id]).toEqual(['ok', 'teslamotors', 'BWUDBntl3_Z']);
    expect(vs(post.likes)).toEqual([159_071, true, 'embedded-json']);
    expect(post.likes.conflicts).toBeUndefined(); // the DOM's "159,071 likes" agrees
    expect(vs(post.comments)).toEqual([1747, true, 'embedded-json']);
    expect(post).toMatchObject({
      takenAt: '2017-07-09T04:58:10.000Z',
      caption: 'The first Model 3 production car',
      isVideo: false,
      paidPartnership: false,
    });
  });
  test('the author as the page states it', () => {
    expect(r.profile).toMatchObject({
      handle: 'teslamotors',
      displayName: 'Tesla',
      verified: true,
      private: false,
    });
    expect(vs(r.profile?.followers)).toEqual([8_808_002, true, 'embedded-json']);
    expect(vs(r.profile?.posts)).toEqual([683, true, 'embedded-json']);
    expect(r.profile?.following.value).toBeNull();
  });
  test('24 comments and 4 replies from JSON; the 12 rendered ones are the same ids', () => {
    expect(r.comments).toHaveLength(28);
    expect(r.comments.filter((c) => c.isReply)).toHaveLength(4);
    expect(r.comments.every((c) => c.source === 'embedded-json')).toBe(true);
    expect(r.comments[0]).toMatchObject({ author: 'tourguideecuador', text: 'Wow', likes: 0 });
  });
});

describe('comments-rendered-2026-fr-*.html (French comment lists, DOM only)', () => {
  const url = 'https://www.instagram.com/p/DWD5jrEoGa8/';
  const r = readFixture('comments-rendered-2026-fr-with-replies.html', url);
  test('one thread: the comment and its 14 replies', () => {
    expect(r.status).toBe('ok');
    expect(r.comments).toHaveLength(15);
    expect(r.comments[0]).toEqual({
      id: '18109876459691320',
      postId: 'DWD5jrEoGa8',
      author: 'davi_na_dagher',
      text: 'On veut savoir la fin du careme et non pas Ramadan svp',
      likes: 79,
      createdAt: '2026-03-19T09:39:23.000Z',
      isCreatorReply: false,
      isReply: false,
      source: 'dom',
    });
    expect(r.comments.slice(1).every((c) => c.isReply)).toBe(true);
    expect(r.comments[1]).toMatchObject({
      author: 'johan_demorieux',
      text: '@davi_na_dagher google est ton ami',
      likes: 81,
    });
    expect(r.comments[2]?.likes).toBe(102);
  });
  test('likes not shown are null, not zero', () => {
    const noLikes = r.comments.find((c) => c.id === '18091884907896868');
    expect(noLikes).toMatchObject({ author: 'davi_na_dagher', likes: null });
  });
  test('no numbers of the post on a bare comment list', () => {
    expect(r.posts[0]?.likes.value).toBeNull();
    expect(r.posts[0]?.comments.value).toBeNull();
  });
  test.each([
    'comments-rendered-2026-fr-image-comment.html',
    'comments-rendered-2026-fr-fb-comments.html',
  ])('%s: an image comment and a Facebook count carry no text to read', (file) => {
    expect(readFixture(file, url).comments).toEqual([]);
  });
});

describe('responses the page fetched (document null)', () => {
  test('web-profile-info-2024-03.json: nasa', () => {
    const r = readResponse(
      'web-profile-info-2024-03.json',
      'https://www.instagram.com/nasa/',
      'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa',
    );
    expect([r.status, r.handle]).toEqual(['ok', 'nasa']);
    expect(vs(r.profile?.followers)).toEqual([97_956_738, true, 'network']);
    expect(vs(r.profile?.following)).toEqual([77, true, 'network']);
    expect(vs(r.profile?.posts)).toEqual([4116, true, 'network']);
    expect(r.profile).toMatchObject({
      displayName: 'NASA',
      bio: '🚀 🌎  Exploring the universe and our home planet. Verification: nasa.gov/socialmedia',
      externalUrl: 'https://www.nasa.gov/',
      verified: true,
      private: false,
      category: 'Government Agencies',
    });
  });

  test('profile-grid-graphql-2024-03.json: 12 posts of anasaiaofficial', () => {
    const r = readResponse(
      'profile-grid-graphql-2024-03.json',
      'https://www.instagram.com/anasaiaofficial/',
    );
    expect(r.status).toBe('ok');
    expect(r.posts).toHaveLength(12);
    expect(r.posts[0]).toMatchObject({
      id: 'CygtX9ivC0U',
      takenAt: '2023-10-17T19:09:29.000Z',
      pinned: true,
      isVideo: true,
    });
    expect(vs(r.posts[0]!.likes)).toEqual([817_982, true, 'network']);
    expect(r.posts[0]!.comments.value).toBe(3000);
    expect(r.posts[0]!.views.value).toBeNull();
    expect(r.posts[2]).toMatchObject({ id: 'CmaYvrqrNWz', isVideo: false });
    expect(r.posts.filter((p) => p.pinned).map((p) => p.id)).toEqual([
      'CygtX9ivC0U',
      'CszG_zEMnYL',
      'CmaYvrqrNWz',
    ]);
    expect(r.posts[11]).toMatchObject({ id: 'C3d2Y7dvr61' });
    expect(vs(r.posts[11]!.likes)).toEqual([54_238, true, 'network']);
    expect(r.profile?.followers.value).toBeNull();
  });

  test.each([
    [
      'post-graphql-2025-06-reel.json',
      'https://www.instagram.com/reel/DJ_1LHjIUKb/',
      12_410,
      128,
      323_383,
      true,
    ],
    [
      'post-graphql-2025-06-carousel.json',
      'https://www.instagram.com/p/DKHRsO_tx_o/',
      7327,
      19,
      null,
      false,
    ],
  ] as const)('%s', (file, url, likes, comments, views, isVideo) => {
    const r = readResponse(file, url);
    const post = r.posts[0]!;
    expect([r.status, r.handle, post.author]).toEqual(['ok', 'simonemediafr', 'simonemediafr']);
    expect(vs(post.likes)).toEqual([likes, true, 'network']);
    expect(vs(post.comments)).toEqual([comments, true, 'network']);
    expect(post.views.value).toBe(views);
    expect(post.isVideo).toBe(isVideo);
    expect(post.paidPartnership).toBe(false);
    expect(vs(r.profile?.followers)).toEqual([540_265, true, 'network']);
    expect(vs(r.profile?.posts)).toEqual([5977, true, 'network']);
    expect(r.profile).toMatchObject({ displayName: 'Simone Media', verified: true });
    expect(r.comments.length).toBeGreaterThan(0);
    expect(new Set(r.comments.map((c) => c.id)).size).toBe(r.comments.length);
  });

  test('comments-graphql-2024-03.json: the next 6 comments of the reel', () => {
    const r = readResponse(
      'comments-graphql-2024-03.json',
      'https://www.instagram.com/reel/C10MvewSSYl/',
    );
    expect(r.comments).toHaveLength(6);
    expect(r.comments[0]).toMatchObject({
      id: '18301894081127036',
      author: 'yasmeinhairmua',
      text: 'Wow looks so awesome😍😍😍',
      likes: 0,
      createdAt: '2024-01-07T23:02:12.000Z',
      isReply: false,
      source: 'network',
    });
  });
});

describe("reel-logged-in-2024-03.html read at the author's profile URL", () => {
  const r = readFixture('reel-logged-in-2024-03.html', 'https://www.instagram.com/ninamukhar/');
  test('the embedded grid gives the recent posts of that profile; no counts are stated', () => {
    expect(r.status).toBe('ok');
    expect(r.posts).toHaveLength(20);
    expect(r.posts[0]).toMatchObject({ id: 'CirKmrKOVFH', author: 'ninamukhar', pinned: true });
    expect(vs(r.posts[0]!.likes)).toEqual([66, true, 'embedded-json']);
    expect(r.posts[0]!.comments.value).toBe(16);
    expect(r.profile?.followers.value).toBeNull();
  });
});
