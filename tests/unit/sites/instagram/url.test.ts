import { describe, expect, test } from 'vitest';
import { classifyInstagramUrl, type InstagramUrl } from '../../../../lib/sites/instagram/url';

const IG = 'https://www.instagram.com';
const profile = (handle: string, kind: InstagramUrl['kind'] = 'profile'): InstagramUrl => ({
  page: 'profile',
  kind,
  handle,
  postId: null,
});
const post = (
  kind: InstagramUrl['kind'],
  postId: string,
  handle: string | null = null,
): InstagramUrl => ({
  page: 'post',
  kind,
  handle,
  postId,
});
const other = (kind: InstagramUrl['kind'], handle: string | null = null): InstagramUrl => ({
  page: 'other',
  kind,
  handle,
  postId: null,
});

/** Real URLs from the fixtures and from og:url tags, each with its one expected reading. */
const cases: [string, InstagramUrl][] = [
  [`${IG}/pluto__travel/`, profile('pluto__travel')],
  [`${IG}/pluto__travel`, profile('pluto__travel')],
  [`${IG}/pluto__travel/?hl=en`, profile('pluto__travel')],
  ['https://instagram.com/NASA/', profile('nasa')],
  ['https://m.instagram.com/nasa/', profile('nasa')],
  [`${IG}/nina.mukhar_/`, profile('nina.mukhar_')],
  [`${IG}/anasaiaofficial/reels/`, profile('anasaiaofficial', 'reels-tab')],
  [`${IG}/anasaiaofficial/tagged/`, profile('anasaiaofficial', 'tagged-tab')],
  [`${IG}/nasa/followers/`, profile('nasa')],
  [`${IG}/nasa/following/`, profile('nasa')],
  [`${IG}/p/CPeC-Eenc8l/`, post('post', 'CPeC-Eenc8l')],
  [`${IG}/p/BWUDBntl3_Z/c/18016377334187271/`, post('post', 'BWUDBntl3_Z')],
  [`${IG}/p/BWUDBntl3_Z/liked_by/`, post('post', 'BWUDBntl3_Z')],
  [`${IG}/willyrex/p/CPeC-Eenc8l/`, post('post', 'CPeC-Eenc8l', 'willyrex')],
  [`${IG}/reel/C10MvewSSYl/`, post('reel', 'C10MvewSSYl')],
  [`${IG}/reel/C10MvewSSYl/?igsh=abc`, post('reel', 'C10MvewSSYl')],
  [`${IG}/reels/C10MvewSSYl/`, post('reel', 'C10MvewSSYl')],
  [`${IG}/ninamukhar/reel/C10MvewSSYl/`, post('reel', 'C10MvewSSYl', 'ninamukhar')],
  [`${IG}/tv/CN2VQ1yI_MA/`, post('tv', 'CN2VQ1yI_MA')],
  [`${IG}/stories/ninamukhar/3275298868401088037/`, other('story', 'ninamukhar')],
  [`${IG}/stories/ninamukhar/`, other('story', 'ninamukhar')],
  [`${IG}/stories/highlights/17890000000000000/`, other('story')],
  [`${IG}/explore/`, other('explore')],
  [`${IG}/explore/tags/watercolor/`, other('hashtag')],
  [`${IG}/explore/tags/slowfashion/?hl=en`, other('hashtag')],
  [`${IG}/explore/tags/`, other('explore')],
  [`${IG}/explore/search/keyword/?q=slow%20fashion`, other('search')],
  [`${IG}/explore/locations/405169137/tesla-factory/`, other('explore')],
  [`${IG}/accounts/login/?next=%2Fp%2FBWUDBntl3_Z%2F`, other('login')],
  [`${IG}/accounts/edit/`, other('other')],
  [`${IG}/direct/inbox/`, other('other')],
  [`${IG}/about/`, other('other')],
  [`${IG}/`, other('other')],
  [`${IG}/p/`, other('other')],
  [`${IG}/p/x/`, other('other')],
  [`${IG}/nasa/saved/all-posts/`, other('other')],
  [`${IG}/nasa/unknown-tab/`, other('other')],
  [`${IG}/.hidden/`, other('other')],
  [`${IG}/this-is-not-a-handle/`, other('other')],
  ['https://www.tiktok.com/@nasa', other('other')],
  ['https://evil.example/instagram.com/nasa/', other('other')],
  ['javascript:alert(1)', other('other')],
  ['not a url', other('other')],
  ['', other('other')],
  [`${IG}/%E0%A4%A/`, other('other')],
];

describe('classifyInstagramUrl', () => {
  test.each(cases)('%s', (url, expected) => {
    expect(classifyInstagramUrl(url)).toEqual(expected);
  });

  test('reserved paths are never handles', () => {
    for (const path of ['explore', 'accounts', 'direct', 'reels', 'stories', 'p', 'tv', 'reel']) {
      expect(classifyInstagramUrl(`${IG}/${path}/`).handle).toBeNull();
    }
  });

  // Each URL is a negative for every other page type (github-url-detection style).
  test.each(cases)('%s is exactly one kind', (url) => {
    const { page, kind } = classifyInstagramUrl(url);
    const pageOfKind: Record<InstagramUrl['kind'], InstagramUrl['page']> = {
      profile: 'profile',
      'reels-tab': 'profile',
      'tagged-tab': 'profile',
      post: 'post',
      reel: 'post',
      tv: 'post',
      story: 'other',
      explore: 'other',
      hashtag: 'other',
      search: 'other',
      login: 'other',
      other: 'other',
    };
    expect(pageOfKind[kind]).toBe(page);
  });
});
