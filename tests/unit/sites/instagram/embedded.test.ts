import { describe, expect, test } from 'vitest';
import { embeddedPayloads } from '../../../../lib/sites/instagram/embedded';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import { fixtureDoc, NOW, vs } from './fixtures';

const relay = (data: unknown) =>
  JSON.stringify({
    require: [
      [
        'ScheduledServerJS',
        'handle',
        null,
        [
          {
            __bbox: {
              require: [
                [
                  'RelayPrefetchedStreamCache',
                  'next',
                  [],
                  ['adp_Q', { __bbox: { complete: true, result: { data } } }],
                ],
              ],
            },
          },
        ],
      ],
    ],
  });

const user = {
  username: 'nasa',
  id: '528817151',
  follower_count: 97_956_738,
  following_count: 77,
  media_count: 4116,
};

describe('embedded JSON', () => {
  test('data-sjs blocks are found anywhere in the tree, compact or not', () => {
    const doc = parseHtmlDocument(
      `<html><head></head><body><div><div><script type="application/json" data-sjs>${relay({ user })}</script></div></div></body></html>`,
    );
    const r = readInstagramPage({
      document: doc,
      url: 'https://www.instagram.com/nasa/',
      now: NOW,
    });
    expect(vs(r.profile?.followers)).toEqual([97_956_738, true, 'embedded-json']);
    expect(r.profile?.followers.detail).toBe('user.follower_count');
  });

  test('a PolarisQueryPreloaderCache response kept as a JSON string is read', () => {
    const block = JSON.stringify({
      require: [
        [
          'PolarisQueryPreloaderCache',
          'add',
          [],
          [{ request: {}, result: { response: JSON.stringify({ data: { user } }) } }],
        ],
      ],
    });
    const doc = parseHtmlDocument(`<script type="application/json">${block}</script>`);
    const r = readInstagramPage({
      document: doc,
      url: 'https://www.instagram.com/nasa/',
      now: NOW,
    });
    expect(vs(r.profile?.following)).toEqual([77, true, 'embedded-json']);
  });

  test('</script> escaped as <\\/script> inside a payload', () => {
    const media = {
      code: 'C10MvewSSYl',
      like_count: 3,
      user: { username: 'nasa' },
      caption: { text: 'a <\\/script> b' },
    };
    const text = relay({ xdt_api__v1__media__shortcode__web_info: { items: [media] } }).replace(
      '<\\\\/script>',
      '<\\/script>',
    );
    const doc = parseHtmlDocument(`<script type="application/json" data-sjs>${text}</script>`);
    const r = readInstagramPage({
      document: doc,
      url: 'https://www.instagram.com/reel/C10MvewSSYl/',
      now: NOW,
    });
    expect(r.posts[0]?.caption).toBe('a </script> b');
  });

  test('config blocks are skipped unparsed; a broken data block is counted, not thrown', () => {
    expect(embeddedPayloads(fixtureDoc('profile-logged-out-2024-12.html'))).toEqual({
      roots: [],
      failed: 0,
    });
    expect(embeddedPayloads(fixtureDoc('reel-logged-in-2024-03.html')).roots).toHaveLength(3);
    const broken = parseHtmlDocument(
      '<script type="application/json">{"xdt_api__v1__x": [</script>',
    );
    expect(embeddedPayloads(broken)).toEqual({ roots: [], failed: 1 });
  });
});
