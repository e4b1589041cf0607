import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isInstagramDataUrl } from '../../../../lib/sites/instagram/observed';
import {
  isAnonymousPicture,
  readInstagramAccountList,
} from '../../../../lib/sites/instagram/account-list';
import { isTikTokDataUrl } from '../../../../lib/sites/tiktok/observed';
import { readTikTokUserList } from '../../../../lib/sites/tiktok/user-list';

const json = (path: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/${path}`, 'utf8')) as unknown;
const IG_FOLLOWERS =
  'https://www.instagram.com/api/v1/friendships/9299519515/followers/?count=12&search_surface=follow_list_page';

describe('Instagram lists', () => {
  test('real 2020 GraphQL followers page: 24 accounts, the two default pictures found by their cache key', () => {
    const list = readInstagramAccountList(
      json('instagram/followers-graphql-2020-08.json'),
      'https://www.instagram.com/graphql/query/?query_hash=c76146de99bb02f6415203be841dd25a&variables=%7B%22id%22%3A%22787132%22%2C%22first%22%3A24%7D',
    )!;
    expect(list.kind).toBe('followers');
    expect(list.ownerId).toBe('787132');
    expect(list.hasMore).toBe(true);
    expect(list.accounts).toHaveLength(24);
    expect(list.accounts.filter((a) => a.private)).toHaveLength(7);
    expect(list.accounts.filter((a) => a.defaultPicture).map((a) => a.handle)).toEqual([
      'kap624193',
      'sabri_mini80',
    ]);
    expect(list.accounts[0]).toMatchObject({
      id: '41055093479',
      handle: 'martinasalomao0602',
      displayName: 'Martina S',
      posts: null,
      followers: null,
    });
  });

  test('real 2020 GraphQL following page', () => {
    const list = readInstagramAccountList(
      json('instagram/followings-graphql-2020-08.json'),
      'https://www.instagram.com/nasa/',
    )!;
    expect(list.kind).toBe('following');
    expect(list.accounts).toHaveLength(24);
    expect(list.accounts.filter((a) => a.verified)).toHaveLength(18);
  });

  test('v1 friendships followers: the owner id from the URL, big_list, a malformed user skipped', () => {
    const page1 = readInstagramAccountList(
      json('instagram/friendships-followers-synthetic.json'),
      IG_FOLLOWERS,
    )!;
    expect(page1).toMatchObject({ kind: 'followers', ownerId: '9299519515', hasMore: true });
    expect(page1.accounts).toHaveLength(24);
    const page2 = readInstagramAccountList(
      json('instagram/friendships-followers-page2-synthetic.json'),
      IG_FOLLOWERS.replace('count=12', 'count=12&max_id=24'),
    )!;
    expect(page2.hasMore).toBe(false);
    expect(page2.accounts).toHaveLength(11);
    const bot = [...page1.accounts, ...page2.accounts].find((a) => a.handle === 'user84736291');
    expect(bot).toMatchObject({ defaultPicture: true, displayName: '', verified: false });
  });

  test('likers', () => {
    const list = readInstagramAccountList(
      json('instagram/media-likers-synthetic.json'),
      'https://www.instagram.com/api/v1/media/3429710427128574561/likers/',
    )!;
    expect(list).toMatchObject({ kind: 'likers', mediaId: '3429710427128574561' });
    expect(list.accounts).toHaveLength(15);
  });

  test('2024–2026 web GraphQL followers connection: edges of nodes, has_next_page', () => {
    const list = readInstagramAccountList(
      json('instagram/followers-graphql-connection-synthetic.json'),
      'https://www.instagram.com/graphql/query',
    )!;
    expect(list).toMatchObject({ kind: 'followers', hasMore: true });
    expect(list.accounts).toHaveLength(12);
    expect(list.accounts.filter((a) => a.defaultPicture)).toHaveLength(4);
    expect(list.accounts.filter((a) => a.private)).toHaveLength(7);
    expect(list.accounts[0]).toMatchObject({ id: '64724551698', handle: 'jesicaa9691' });
  });

  test('the following connection, the app root field with users[], and GraphQL likers', () => {
    const following = readInstagramAccountList(
      {
        data: {
          xdt_api__v1__friendships__following__connection: {
            edges: [{ node: { pk: '1', username: 'a.b' } }],
            page_info: { has_next_page: false },
          },
        },
      },
      'https://www.instagram.com/graphql/query',
    )!;
    expect(following).toMatchObject({ kind: 'following', hasMore: false });
    const app = readInstagramAccountList(
      {
        data: {
          xdt_api__v1__friendships__followers: {
            users: [{ pk: '2', username: 'c_d', has_anonymous_profile_picture: true }],
            next_max_id: '50',
          },
        },
      },
      'https://i.instagram.com/graphql/query',
    )!;
    expect(app).toMatchObject({ kind: 'followers', hasMore: true });
    expect(app.accounts[0]).toMatchObject({ handle: 'c_d', defaultPicture: true });
    const likers = readInstagramAccountList(
      json('instagram/likers-graphql-synthetic.json'),
      'https://www.instagram.com/graphql/query',
    )!;
    expect(likers.kind).toBe('likers');
    expect(likers.accounts).toHaveLength(8);
  });

  test('other GraphQL root fields are no list', () => {
    expect(
      readInstagramAccountList(
        { data: { xdt_api__v1__feed__reels_tray: { users: [{ username: 'a' }] } } },
        'https://www.instagram.com/graphql/query',
      ),
    ).toBeNull();
  });

  test('other responses with users[] and foreign shapes are no list', () => {
    const body = json('instagram/friendships-followers-synthetic.json');
    expect(
      readInstagramAccountList(body, 'https://www.instagram.com/api/v1/web/search/topsearch/'),
    ).toBeNull();
    expect(readInstagramAccountList({ users: [{ position: 1 }] }, 'https://x/')).toBeNull();
    expect(readInstagramAccountList(null, IG_FOLLOWERS)).toBeNull();
    expect(readInstagramAccountList([1, 2], IG_FOLLOWERS)).toBeNull();
    expect(
      readInstagramAccountList({ data: { user: { username: 'x' } } }, IG_FOLLOWERS),
    ).toBeNull();
  });

  test('the anonymous picture is told by its cache key', () => {
    expect(
      isAnonymousPicture('https://x/a.jpg?ig_cache_key=YW5vbnltb3VzX3Byb2ZpbGVfcGlj.2-ccb7-4'),
    ).toBe(true);
    expect(
      isAnonymousPicture('https://x/a.jpg?_nc_ht=x&ig_cache_key=GJR6YyePFfIcTDFAAAPfgns.2'),
    ).toBe(false);
    expect(isAnonymousPicture('https://x/a.jpg')).toBe(false);
    expect(isAnonymousPicture(null)).toBeNull();
    expect(isAnonymousPicture('https://x/a.jpg?ig_cache_key=%%%')).toBe(false);
  });

  test('the observer hands list responses over', () => {
    expect(isInstagramDataUrl(IG_FOLLOWERS)).toBe(true);
    expect(isInstagramDataUrl('/api/v1/friendships/1/following/?count=12')).toBe(true);
    expect(isInstagramDataUrl('https://www.instagram.com/api/v1/media/1_2/likers/')).toBe(true);
    expect(isInstagramDataUrl('https://www.instagram.com/api/v1/friendships/show/1/')).toBe(false);
  });
});

describe('TikTok user lists', () => {
  const URL_FOLLOWERS =
    'https://www.tiktok.com/api/user/list/?aid=1988&count=30&maxCursor=0&minCursor=0&scene=67&secUid=MS4wLjABAAAA';

  test('userList with user and stats; statsV2 preferred; malformed entry skipped', () => {
    const list = readTikTokUserList(json('tiktok/user-list-synthetic.json'), URL_FOLLOWERS)!;
    expect(list.kind).toBe('followers');
    expect(list.hasMore).toBe(true);
    expect(list.accounts).toHaveLength(32);
    const tom = list.accounts.find((a) => a.handle === 'paintwithtom')!;
    expect(tom).toMatchObject({
      displayName: 'Tom',
      bio: 'watercolor tutorials every sunday. london',
      posts: 120,
      followers: 3400,
      following: 300,
      defaultPicture: false,
    });
    expect(list.accounts.find((a) => a.handle === 'user8473629105732')!.defaultPicture).toBe(true);
    expect(list.accounts.find((a) => a.handle === 'tomas.r')!.private).toBe(true);
  });

  test('scene 21 is the following list; other bodies are no list', () => {
    const body = json('tiktok/user-list-synthetic.json');
    expect(readTikTokUserList(body, URL_FOLLOWERS.replace('scene=67', 'scene=21'))!.kind).toBe(
      'following',
    );
    expect(readTikTokUserList({ itemList: [] }, URL_FOLLOWERS)).toBeNull();
    expect(readTikTokUserList({ userList: [{ user: 3 }] }, URL_FOLLOWERS)).toBeNull();
    expect(readTikTokUserList('x', URL_FOLLOWERS)).toBeNull();
  });

  test('counts that are not counts are unknown, never a number', () => {
    const list = readTikTokUserList(
      {
        userList: [{ user: { uniqueId: 'a_b' }, stats: { videoCount: -3, followerCount: 'many' } }],
      },
      URL_FOLLOWERS,
    )!;
    expect(list.accounts[0]).toMatchObject({ posts: null, followers: null, following: null });
  });

  test("the app's followers list (unique_id, follower_count, secret), as scrapers save it", () => {
    const list = readTikTokUserList(json('tiktok/follower-list-app-synthetic.json'), 'file')!;
    expect(list).toMatchObject({ kind: 'followers', hasMore: true });
    expect(list.accounts).toHaveLength(12);
    const web = readTikTokUserList(json('tiktok/user-list-synthetic.json'), URL_FOLLOWERS)!;
    for (const a of list.accounts) {
      const same = web.accounts.find((w) => w.handle === a.handle)!;
      expect(a).toEqual({ ...same, verified: false });
    }
    expect(readTikTokUserList({ followings: [] }, 'file')).toMatchObject({
      kind: 'following',
      accounts: [],
    });
    expect(readTikTokUserList({ followers: [{ nickname: 'x' }] }, 'file')).toBeNull();
  });

  test('the observer hands user lists over', () => {
    expect(isTikTokDataUrl(URL_FOLLOWERS)).toBe(true);
  });
});
