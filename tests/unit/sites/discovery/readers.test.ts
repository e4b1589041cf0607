import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readInstagramDiscovery } from '../../../../lib/sites/instagram/discovery';
import { readTikTokDiscovery } from '../../../../lib/sites/tiktok/discovery';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const text = (name: string) => readFileSync(fixtures + name, 'utf8');
const json = (name: string): unknown => JSON.parse(text(name));
const doc = (name: string) => parseHtmlDocument(text(name));
const NOW = new Date('2026-12-01T10:00:00Z');
const authors = (posts: { author: string }[]) => posts.map((p) => p.author);

describe('Instagram hashtag and search pages', () => {
  test('tags/web_info: the top and recent sections, clips included, with counts', () => {
    const url = 'https://www.instagram.com/explore/tags/slowfashion/';
    const r = readInstagramDiscovery({
      document: null,
      url,
      responses: [
        {
          url: 'https://www.instagram.com/api/v1/tags/web_info/?tag_name=slowfashion',
          body: json('instagram/tag-web-info-synthetic.json'),
        },
      ],
      now: NOW,
    })!;
    expect(r).toMatchObject({
      platform: 'instagram',
      page: 'hashtag',
      tag: 'slowfashion',
      status: 'ok',
      tagPosts: 9312455,
    });
    expect(authors(r.posts)).toEqual([
      'mara.thrifts',
      'slowstitch_studio',
      'linenandlight',
      'mara.thrifts',
      'ecomodiste',
      'user84736251',
      'slowstitch_studio',
    ]);
    expect(r.posts[3]).toMatchObject({
      id: 'DJn5Kp6oZaQ',
      likes: 12040,
      comments: 230,
      views: 210330,
      source: 'network',
    });
  });

  test('top_serp GraphQL search response: media authors, not the account suggestions', () => {
    const r = readInstagramDiscovery({
      document: null,
      url: 'https://www.instagram.com/explore/search/keyword/?q=slow%20fashion',
      responses: [
        {
          url: 'https://www.instagram.com/graphql/query',
          rootField: 'xdt_api__v1__fbsearch__top_serp_graphql',
          body: json('instagram/search-top-serp-synthetic.json'),
        },
      ],
      now: NOW,
    })!;
    expect(r).toMatchObject({ page: 'search', tag: 'slow fashion', status: 'ok', tagPosts: null });
    expect(authors(r.posts)).toEqual(['linenandlight', 'greenwardrobe.co']);
  });

  test('real media objects (a 2024 profile grid response) are read by their shape', () => {
    const r = readInstagramDiscovery({
      document: null,
      url: 'https://www.instagram.com/explore/',
      responses: [
        {
          url: 'https://www.instagram.com/graphql/query',
          body: json('instagram/profile-grid-graphql-2024-03.json'),
        },
      ],
      now: NOW,
    })!;
    expect(r.status).toBe('ok');
    expect(r.posts).toHaveLength(12);
    expect(new Set(authors(r.posts))).toEqual(new Set(['anasaiaofficial']));
    expect(r.posts.every((p) => p.likes !== null)).toBe(true);
  });

  test('a grid with no authors read says so, never an empty success', () => {
    const r = readInstagramDiscovery({
      document: doc('instagram/empty-shell-synthetic.html'),
      url: 'https://www.instagram.com/explore/tags/slowfashion/',
      now: NOW,
    })!;
    expect(r.status).toBe('unreadable');
    expect(r.statusReason).toMatch(/couldn't read the posts' authors/);
  });

  test('not a discovery page: null', () => {
    expect(
      readInstagramDiscovery({ document: null, url: 'https://www.instagram.com/p/CPeC-Eenc8l/' }),
    ).toBeNull();
  });
});

describe('TikTok tag, search and explore pages', () => {
  test('challenge item_list: the authors, with exact statsV2 counts', () => {
    const r = readTikTokDiscovery({
      document: null,
      url: 'https://www.tiktok.com/tag/slowfashion',
      responses: [
        {
          url: 'https://www.tiktok.com/api/challenge/item_list/?challengeID=1234',
          body: json('tiktok/challenge-item-list-synthetic.json'),
        },
      ],
      now: NOW,
    })!;
    expect(r).toMatchObject({ page: 'hashtag', tag: 'slowfashion', status: 'ok' });
    expect(authors(r.posts)).toEqual([
      'thrift.with.jo',
      'ecolena',
      'thrift.with.jo',
      'user2938475610',
      'mendandwear',
    ]);
    expect(r.posts[0]).toMatchObject({ likes: 88210, comments: 512, views: 1204000 });
  });

  test('search/general/full: videos in data[].item, users list ignored', () => {
    const r = readTikTokDiscovery({
      document: null,
      url: 'https://www.tiktok.com/search?q=slow%20fashion',
      responses: [
        {
          url: 'https://www.tiktok.com/api/search/general/full/?keyword=slow%20fashion',
          body: json('tiktok/search-general-synthetic.json'),
        },
      ],
      now: NOW,
    })!;
    expect(authors(r.posts)).toEqual(['ecolena', 'mendandwear']);
  });

  test('tag page HTML: the tag count from challengeInfo and authors from video links; hostile hrefs ignored', () => {
    const r = readTikTokDiscovery({
      document: doc('tiktok/tag-page-synthetic.html'),
      url: 'https://www.tiktok.com/tag/ecofashion',
      now: NOW,
    })!;
    expect(r).toMatchObject({ tag: 'ecofashion', tagPosts: 184213, status: 'ok' });
    expect(authors(r.posts)).toEqual(['thrift.with.jo', 'ecolena', 'secondhand.sol']);
    expect(r.posts.every((p) => p.source === 'dom')).toBe(true);
  });

  test('a real 2026 video page item is read by its shape (explore page carrying it)', () => {
    const r = readTikTokDiscovery({
      document: doc('tiktok/video-logged-out-2026-07.html'),
      url: 'https://www.tiktok.com/explore',
      now: NOW,
    })!;
    expect(r.status).toBe('ok');
    expect(authors(r.posts)).toEqual(['mysticaquariumct']);
    expect(r.posts[0]!.id).toBe('7660566211100511518');
  });

  test('malformed responses are ignored, never thrown', () => {
    const r = readTikTokDiscovery({
      document: null,
      url: 'https://www.tiktok.com/explore',
      responses: [
        {
          url: 'x',
          body: { itemList: [{ id: '123', author: { uniqueId: '<b>x</b>' }, stats: {} }, null, 5] },
        },
        { url: 'x', body: 'not json' },
        42 as never,
      ],
      now: NOW,
    })!;
    expect(r.status).toBe('unreadable');
  });
});
