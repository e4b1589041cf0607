import { describe, expect, test } from 'vitest';
import {
  classifyInstagramDiscoveryUrl,
  classifyInstagramUrl,
} from '../../../../lib/sites/instagram/url';
import { classifyTikTokDiscoveryUrl, classifyTikTokUrl } from '../../../../lib/sites/tiktok/url';

const IG = 'https://www.instagram.com';
const TT = 'https://www.tiktok.com';

describe('discovery pages: Instagram', () => {
  test.each([
    [`${IG}/explore/tags/slowfashion/`, { page: 'hashtag', tag: 'slowfashion' }],
    [`${IG}/explore/tags/SlowFashion/?hl=fr`, { page: 'hashtag', tag: 'slowfashion' }],
    [
      `${IG}/explore/tags/%E3%83%95%E3%82%A1%E3%83%83%E3%82%B7%E3%83%A7%E3%83%B3/`,
      { page: 'hashtag', tag: 'ファッション' },
    ],
    [`https://instagram.com/explore/tags/ecofashion`, { page: 'hashtag', tag: 'ecofashion' }],
    [`${IG}/explore/search/keyword/?q=slow%20fashion`, { page: 'search', tag: 'slow fashion' }],
    [`${IG}/explore/search/keyword/?q=%23ecofashion`, { page: 'search', tag: '#ecofashion' }],
    [`${IG}/explore/search/`, { page: 'search', tag: null }],
    [`${IG}/explore/`, { page: 'explore', tag: null }],
  ])('%s', (url, expected) => {
    expect(classifyInstagramDiscoveryUrl(url)).toEqual(expected);
    // and never a profile or post page
    expect(classifyInstagramUrl(url).page).toBe('other');
  });

  // Negatives: the pages of the other kinds, other sites, and lookalikes.
  test.each([
    `${IG}/slowfashion/`,
    `${IG}/p/CPeC-Eenc8l/`,
    `${IG}/reel/C10MvewSSYl/`,
    `${IG}/explore/locations/405169137/tesla-factory/`,
    `${IG}/explore/tags/`,
    `${IG}/explore/tags/not-a-tag!/`,
    `${IG}/stories/ninamukhar/`,
    `${TT}/tag/slowfashion`,
    'https://evil.example/explore/tags/slowfashion/',
    'not a url',
  ])('%s is not an Instagram discovery page', (url) => {
    expect(classifyInstagramDiscoveryUrl(url)).toBeNull();
  });
});

describe('discovery pages: TikTok', () => {
  test.each([
    [`${TT}/tag/slowfashion`, { page: 'hashtag', tag: 'slowfashion' }],
    [`${TT}/tag/SlowFashion?lang=en`, { page: 'hashtag', tag: 'slowfashion' }],
    [`${TT}/tag/%E6%97%B6%E5%B0%9A`, { page: 'hashtag', tag: '时尚' }],
    [`${TT}/search?q=slow%20fashion&t=1733000000000`, { page: 'search', tag: 'slow fashion' }],
    [`${TT}/search/video?q=thrift+flip`, { page: 'search', tag: 'thrift flip' }],
    [`${TT}/search/user?q=ana`, { page: 'search', tag: 'ana' }],
    [`${TT}/explore`, { page: 'explore', tag: null }],
    [`https://m.tiktok.com/tag/ecofashion`, { page: 'hashtag', tag: 'ecofashion' }],
  ])('%s', (url, expected) => {
    expect(classifyTikTokDiscoveryUrl(url)).toEqual(expected);
    expect(classifyTikTokUrl(url).page).toBe('other');
  });

  test.each([
    `${TT}/@illojuan`,
    `${TT}/@illojuan/video/7571863205253778710`,
    `${TT}/`,
    `${TT}/foryou`,
    `${TT}/live`,
    `${TT}/tag/`,
    `${TT}/tag/slow/fashion`,
    `${TT}/music/original-sound-IlloJuan-7571863209596881686`,
    `${IG}/explore/tags/slowfashion/`,
    'https://tiktok.com.evil.example/tag/slowfashion',
    '',
  ])('%s is not a TikTok discovery page', (url) => {
    expect(classifyTikTokDiscoveryUrl(url)).toBeNull();
  });
});
