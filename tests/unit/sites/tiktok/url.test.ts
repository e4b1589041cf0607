import { describe, expect, test } from 'vitest';
import { classifyTikTokUrl } from '../../../../lib/sites/tiktok/url';

const P = (handle: string) => ({ page: 'profile', kind: 'profile', handle, videoId: null });
const V = (handle: string | null, videoId: string, kind = 'video') => ({
  page: 'video',
  kind,
  handle,
  videoId,
});
const O = (kind: string, handle: string | null = null) => ({
  page: 'other',
  kind,
  handle,
  videoId: null,
});

describe('classifyTikTokUrl', () => {
  test.each([
    // real URLs of the fixtures (og:url / canonical)
    ['https://www.tiktok.com/@illojuan', P('illojuan')],
    [
      'https://www.tiktok.com/@illojuan/video/7571863205253778710',
      V('illojuan', '7571863205253778710'),
    ],
    [
      'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518',
      V('mysticaquariumct', '7660566211100511518'),
    ],
    // profile variants
    ['https://www.tiktok.com/@IlloJuan/', P('illojuan')],
    ['https://www.tiktok.com/@illo.juan_2?lang=es&is_from_webapp=1', P('illo.juan_2')],
    ['https://m.tiktok.com/@illojuan#top', P('illojuan')],
    ['http://tiktok.com/@a', P('a')],
    ['https://www.tiktok.com/%40illojuan', P('illojuan')],
    // videos and photo posts
    [
      'https://www.tiktok.com/@illojuan/video/7571863205253778710?is_from_webapp=1&sender_device=pc',
      V('illojuan', '7571863205253778710'),
    ],
    [
      'https://www.tiktok.com/@illojuan/video/7571863205253778710/',
      V('illojuan', '7571863205253778710'),
    ],
    [
      'https://www.tiktok.com/@ana/photo/7400000000000000001',
      V('ana', '7400000000000000001', 'photo'),
    ],
    ['https://www.tiktok.com/@/video/7571863205253778710', V(null, '7571863205253778710')],
    ['https://m.tiktok.com/v/7571863205253778710.html', V(null, '7571863205253778710')],
    // other pages
    ['https://www.tiktok.com/', O('foryou')],
    ['https://www.tiktok.com/foryou?lang=en', O('foryou')],
    ['https://www.tiktok.com/explore', O('explore')],
    ['https://www.tiktok.com/search?q=watercolor', O('search')],
    ['https://www.tiktok.com/search/user?q=ana', O('search')],
    ['https://www.tiktok.com/live', O('live')],
    ['https://www.tiktok.com/@illojuan/live', O('live', 'illojuan')],
    ['https://www.tiktok.com/tag/watercolor', O('hashtag')],
    ['https://www.tiktok.com/tag/watercolor/extra', O('other')],
    ['https://www.tiktok.com/music/original-sound-IlloJuan-7571863209596881686', O('other')],
    ['https://www.tiktok.com/@illojuan/video/notanumber', O('other', 'illojuan')],
    ['https://www.tiktok.com/@illojuan/video/7571863205253778710/extra', O('other', 'illojuan')],
    ['https://www.tiktok.com/@illojuan/collection/paint-123', O('other', 'illojuan')],
    ['https://www.tiktok.com/login?redirect_url=%2F%40illojuan', O('other')],
    ['https://vm.tiktok.com/ZMabc123/', O('other')],
    // not TikTok, or not a URL
    ['https://www.instagram.com/illojuan/', O('other')],
    ['https://tiktok.com.evil.example/@illojuan', O('other')],
    ['https://evil.example/?u=https://www.tiktok.com/@illojuan', O('other')],
    ['javascript:alert(1)', O('other')],
    ['', O('other')],
    ['/@illojuan', O('other')],
    ['not a url at all', O('other')],
  ])('%s', (url, expected) => {
    expect(classifyTikTokUrl(url)).toEqual(expected);
  });

  test('never throws on non-strings', () => {
    expect(classifyTikTokUrl(undefined as unknown as string).page).toBe('other');
    expect(classifyTikTokUrl(42 as unknown as string).page).toBe('other');
  });
});
