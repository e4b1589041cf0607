import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import { readTikTokPage } from '../../../../lib/sites/tiktok/read-page';
import { fixtureDoc, readFixture, NOW } from './load';

describe('page states', () => {
  test.each([
    [
      'login-wall-synthetic.html',
      'https://www.tiktok.com/@paintwithana',
      'login-wall',
      /login wall/,
    ],
    ['captcha-synthetic.html', 'https://www.tiktok.com/@paintwithana', 'login-wall', /captcha/],
    [
      'not-found-synthetic.html',
      'https://www.tiktok.com/@nosuchuser',
      'not-found',
      /statusCode 10221/,
    ],
    [
      'empty-shell-synthetic.html',
      'https://www.tiktok.com/@paintwithana',
      'unreadable',
      /empty app shell/,
    ],
    ['private-synthetic.html', 'https://www.tiktok.com/@quietone', 'private', /privateAccount/],
  ] as const)('%s → %s', (file, url, status, reason) => {
    const r = readFixture(file, url);
    expect(r.status).toBe(status);
    expect(r.statusReason).toMatch(reason);
    if (status !== 'private') {
      expect(r.profile).toBeNull();
      expect(r.posts).toEqual([]);
    }
  });

  test('a private account keeps the counts it shows', () => {
    const r = readFixture('private-synthetic.html', 'https://www.tiktok.com/@quietone');
    expect(r.profile).toMatchObject({ private: true, displayName: 'Quiet One' });
    expect(r.profile!.followers).toMatchObject({ value: 310, exact: true });
    expect(r.profile!.posts).toMatchObject({ value: 15, exact: true });
  });

  test.each([
    ['<p>Couldn’t find this account</p>', 'not-found'],
    ['<h2>This account is private</h2>', 'private'],
    ['<p>Video currently unavailable</p>', 'not-found'],
  ])('the error page text alone: %s → %s', (body, status) => {
    const doc = parseHtmlDocument(`<html><body><div id="app">${body}</div></body></html>`);
    const r = readTikTokPage({ document: doc, url: 'https://www.tiktok.com/@someone', now: NOW });
    expect(r.status).toBe(status);
  });

  test('statusCode 10222 in user-detail: private without numbers', () => {
    const doc = parseHtmlDocument(
      '<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"statusCode":10222}}}</script></body></html>',
    );
    const r = readTikTokPage({ document: doc, url: 'https://www.tiktok.com/@someone', now: NOW });
    expect(r).toMatchObject({ status: 'private', profile: null });
  });

  test('statusCode 10204 in video-detail: not found', () => {
    const doc = parseHtmlDocument(
      '<html><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.video-detail":{"statusCode":10204,"statusMsg":"item doesn\'t exist"}}}</script></body></html>',
    );
    const r = readTikTokPage({
      document: doc,
      url: 'https://www.tiktok.com/@a/video/7000000000000000000',
      now: NOW,
    });
    expect(r.status).toBe('not-found');
  });
});

describe('other pages: ok, page other, no creator numbers', () => {
  test.each([
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/search?q=illojuan',
    'https://www.tiktok.com/@illojuan/live',
    'https://www.tiktok.com/live',
  ])('%s', (url) => {
    // even over a document full of a creator's data
    const r = readTikTokPage({
      document: fixtureDoc('profile-rendered-2025-12.html'),
      url,
      now: NOW,
    });
    expect(r).toMatchObject({
      status: 'ok',
      page: 'other',
      profile: null,
      posts: [],
      comments: [],
    });
  });
});

describe('single-page navigation: data for another handle or video is stale', () => {
  test('the @illojuan page read under another profile URL is unreadable, with why', () => {
    const r = readFixture('profile-rendered-2025-12.html', 'https://www.tiktok.com/@someoneelse');
    expect(r).toMatchObject({
      status: 'unreadable',
      profile: null,
      posts: [],
      handle: 'someoneelse',
    });
    expect(r.statusReason).toMatch(/another account or video/);
    expect(r.statusReason).toContain('@illojuan');
  });

  test('the video page read under another video URL of the same creator keeps no stats', () => {
    const r = readFixture(
      'video-rendered-2025-12.html',
      'https://www.tiktok.com/@illojuan/video/7437176835944795424',
    );
    expect(r.posts).toEqual([]);
    expect(r.profile).toBeNull();
    expect(r.status).toBe('unreadable');
  });

  test('after scrolling the feed to the next video, its own article is read, not the first video', () => {
    // the second article plays 7586458564600827138 by @lacasa2edicion: like-count "35.3K", share-count "24.8K"
    const r = readFixture(
      'video-rendered-2025-12.html',
      'https://www.tiktok.com/@lacasa2edicion/video/7586458564600827138',
    );
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]).toMatchObject({
      id: '7586458564600827138',
      author: 'lacasa2edicion',
      source: 'dom',
    });
    expect(r.posts[0]!.likes).toMatchObject({ value: 35_300, exact: false, source: 'dom' });
    expect(r.posts[0]!.shares).toMatchObject({ value: 24_800, exact: false });
    // @illojuan's embedded numbers and meta description are not used for it
    expect(r.profile).toBeNull();
    expect(r.posts[0]!.likes.conflicts).toBeUndefined();
  });

  test('item-list responses of the previous profile are dropped', () => {
    const r = readFixture('profile-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan', [
      {
        url: 'https://www.tiktok.com/api/post/item_list/?secUid=x',
        body: {
          itemList: [
            {
              id: '7100000000000000001',
              author: { uniqueId: 'previous' },
              statsV2: { diggCount: '5' },
            },
          ],
        },
      },
    ]);
    expect(r.posts.map((p) => p.id)).not.toContain('7100000000000000001');
    expect(r.posts).toHaveLength(18);
  });
});

describe('never throws', () => {
  const throwing = new Proxy({} as Document, {
    get() {
      throw new Error('boom');
    },
  });
  test.each([
    [
      'a document that throws on every access',
      { document: throwing, url: 'https://www.tiktok.com/@x' },
    ],
    ['no url', { document: null } as never],
    ['url not a string', { document: null, url: 5 } as never],
    ['invalid now', { document: null, url: 'https://www.tiktok.com/@x', now: new Date('nope') }],
    [
      'responses not an array',
      { document: null, url: 'https://www.tiktok.com/@x', responses: 'x' } as never,
    ],
    ['undefined input', undefined as never],
  ])('%s', (_name, input) => {
    const r = readTikTokPage(input);
    expect(r.platform).toBe('tiktok');
    expect(['unreadable', 'ok']).toContain(r.status);
  });

  test('a thrown failure is reported as unreadable with its reason', () => {
    const r = readTikTokPage({ document: throwing, url: 'https://www.tiktok.com/@x' });
    expect(r).toMatchObject({ status: 'unreadable', page: 'profile', handle: 'x' });
    expect(r.statusReason).toContain('boom');
  });
});
