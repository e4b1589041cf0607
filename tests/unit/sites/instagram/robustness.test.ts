import { describe, expect, test } from 'vitest';
import { PageReading } from '../../../../lib/model/reading';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import { NOW } from './fixtures';

const PROFILE = 'https://www.instagram.com/nasa/';
const POST = 'https://www.instagram.com/p/CPeC-Eenc8l/';

function deep(n: number): unknown {
  let v: unknown = { username: 'nasa', follower_count: 1 };
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

const hostileBodies: unknown[] = [
  null,
  undefined,
  42,
  'text',
  [],
  { data: null },
  { data: { user: { username: 'nasa', edge_followed_by: { count: -5 } } } },
  {
    data: {
      user: { username: 'nasa', edge_followed_by: { count: 'lots' }, follower_count: 1e300 },
    },
  },
  { data: { user: { username: 12, follower_count: 10 } } },
  { items: [{ code: 'CPeC-Eenc8l', like_count: Number.NaN, comment_count: -1, user: 'nasa' }] },
  { items: [{ code: 'CPeC-Eenc8l', like_count: 5, taken_at: 1e20, user: { username: 'nasa' } }] },
  {
    data: {
      xdt_api__v1__media__media_id__comments__connection: {
        edges: [{ node: { text: 5 } }, null, 7],
      },
    },
  },
  deep(10_000),
];

describe('readInstagramPage never throws', () => {
  test.each(hostileBodies.map((body, i) => [i, body]))('hostile response body #%i', (_i, body) => {
    for (const url of [PROFILE, POST]) {
      const r = readInstagramPage({
        document: null,
        url,
        responses: [{ url: 'https://www.instagram.com/graphql/query', body }],
        now: NOW,
      });
      expect(() => PageReading.parse(r)).not.toThrow();
      for (const c of [r.profile?.followers, r.posts[0]?.likes]) {
        if (c?.value !== null && c?.value !== undefined)
          expect(Number.isSafeInteger(c.value) && c.value >= 0).toBe(true);
      }
    }
  });

  test.each([
    ['', PROFILE],
    [
      '<html><body><header><a href="/nasa/followers/"><span title="lots">many</span> followers</a></header></body></html>',
      PROFILE,
    ],
    [
      '<meta name="description" content="999999999999999999999 Followers, -1 Following, x Posts - a">',
      PROFILE,
    ],
    ['<script type="application/json">{"xdt_broken": </script>', POST],
    ['<script>window._sharedData = {not json};</script>', POST],
    ['<a href="/p/CPeC-Eenc8l/c/1/"><time datetime="not a date">x</time></a><span>hi</span>', POST],
    ['<a href="/p/CPeC-Eenc8l/liked_by/">1.2.3.4 likes</a>', POST],
  ])('hostile page %#', (html, url) => {
    const r = readInstagramPage({ document: parseHtmlDocument(html), url, now: NOW });
    expect(() => PageReading.parse(r)).not.toThrow();
  });

  test('a document whose methods throw becomes "unreadable" with the reason', () => {
    const doc = new Proxy({} as Document, {
      get() {
        throw new Error('detached document');
      },
    });
    const r = readInstagramPage({ document: doc, url: PROFILE, now: NOW });
    expect(r.status).toBe('unreadable');
    expect(r.statusReason).toMatch(/detached document/);
    expect(() => PageReading.parse(r)).not.toThrow();
  });

  test.each([
    [{ document: null, url: 'not a url' }],
    [{ document: null, url: '' }],
    [{ document: null, url: PROFILE, responses: 'nope' as never }],
    [{ document: null, url: PROFILE, responses: [null, 5, { url: 1 }] as never }],
    [{ document: null, url: PROFILE, now: new Date(Number.NaN) }],
    [{ document: null, url: 5 as never }],
    [null as never],
  ])('odd input %#', (input) => {
    const r = readInstagramPage(input);
    expect(() => PageReading.parse(r)).not.toThrow();
    expect(r.status).not.toBe('ok');
  });

  test('readAt is the given time', () => {
    expect(readInstagramPage({ document: null, url: PROFILE, now: NOW }).readAt).toBe(
      NOW.toISOString(),
    );
  });
});

test('an impossible date is left out, the rest of the post is read', () => {
  const r = readInstagramPage({
    document: null,
    url: POST,
    responses: [
      {
        url: 'https://www.instagram.com/graphql/query',
        body: {
          items: [
            { code: 'CPeC-Eenc8l', like_count: 5, taken_at: 1e20, user: { username: 'nasa' } },
          ],
        },
      },
    ],
    now: NOW,
  });
  expect(r.status).toBe('ok');
  expect(r.posts[0]).toMatchObject({ takenAt: null, likes: { value: 5 } });
});
