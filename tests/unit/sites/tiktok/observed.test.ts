import { describe, expect, test } from 'vitest';
import { isTikTokDataUrl, tiktokResponseKind } from '../../../../lib/sites/tiktok/observed';

describe('isTikTokDataUrl / tiktokResponseKind', () => {
  test.each([
    [
      'https://www.tiktok.com/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=MS4w',
      'item-list',
    ],
    ['https://www.tiktok.com/api/post/item_list?aid=1988', 'item-list'],
    ['https://www.tiktok.com/api/creator/item_list/?aid=1988&type=1', 'item-list'],
    [
      'https://www.tiktok.com/api/comment/list/?aweme_id=7571863205253778710&count=20&cursor=0',
      'comment-list',
    ],
    [
      'https://www.tiktok.com/api/comment/list/reply/?comment_id=1&item_id=7571863205253778710',
      'comment-replies',
    ],
    ['https://www.tiktok.com/api/user/detail/?uniqueId=illojuan&secUid=', 'user-detail'],
    ['https://www.tiktok.com/api/item/detail/?itemId=7571863205253778710', 'item-detail'],
    ['https://m.tiktok.com/api/post/item_list/?aid=1988', 'item-list'],
    ['/api/comment/list/?aweme_id=1', 'comment-list'],
    // not data responses
    ['https://www.tiktok.com/api/recommend/item_list/?aid=1988', null],
    ['https://www.tiktok.com/api/post/item_list/extra/', null],
    ['https://www.tiktok.com/@illojuan', null],
    ['https://mon.tiktokv.com/monitor_browser/collect/batch/', null],
    ['https://evil.example/api/post/item_list/', null],
    ['https://tiktok.com.evil.example/api/post/item_list/', null],
    ['https://evil.example/?next=https://www.tiktok.com/api/post/item_list/', null],
    ['https://www.instagram.com/api/v1/users/web_profile_info/', null],
    ['', null],
  ])('%s → %s', (url, kind) => {
    expect(tiktokResponseKind(url)).toBe(kind);
    expect(isTikTokDataUrl(url)).toBe(kind !== null);
  });

  test('non-strings and huge strings are not data URLs', () => {
    expect(isTikTokDataUrl(undefined as unknown as string)).toBe(false);
    expect(
      isTikTokDataUrl(`https://www.tiktok.com/api/post/item_list/?x=${'a'.repeat(10_000)}`),
    ).toBe(false);
  });
});
