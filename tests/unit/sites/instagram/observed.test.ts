import { describe, expect, test } from 'vitest';
import { isInstagramDataUrl } from '../../../../lib/sites/instagram/observed';

describe('isInstagramDataUrl', () => {
  test.each([
    'https://www.instagram.com/graphql/query',
    'https://www.instagram.com/graphql/query/',
    '/graphql/query',
    'https://www.instagram.com/api/graphql',
    'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa',
    '/api/v1/users/web_profile_info/?username=pluto__travel',
    'https://www.instagram.com/api/v1/feed/user/pluto__travel/username/?count=12',
    'https://i.instagram.com/api/v1/feed/user/528817151/?count=12&max_id=abc',
    'https://www.instagram.com/api/v1/media/3275298868401088037/comments/?can_support_threading=true',
    'https://www.instagram.com/api/v1/media/3275298868401088037_25519719/info/',
    'https://www.instagram.com/api/v1/clips/user/',
  ])('hands over %s', (url) => {
    expect(isInstagramDataUrl(url)).toBe(true);
  });

  test.each([
    '',
    'https://www.instagram.com/',
    'https://www.instagram.com/nasa/',
    'https://www.instagram.com/ajax/bz',
    'https://www.instagram.com/api/v1/web/fxcal/ig_sso_users/',
    'https://www.instagram.com/api/v1/media/abc/comments/',
    'https://www.instagram.com/api/v1/feed/timeline/',
    'https://www.instagram.com/logging/falco',
    'https://static.cdninstagram.com/rsrc.php/v3/graphql/query',
    'https://evil.example/graphql/query',
    'https://evil.example/?u=https://www.instagram.com/graphql/query',
    'https://www.instagram.com.evil.example/graphql/query',
    'https://scontent.cdninstagram.com/v/t51.2885-15/1.jpg',
  ])('ignores %s', (url) => {
    expect(isInstagramDataUrl(url)).toBe(false);
  });
});
