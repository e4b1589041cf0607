import { describe, expect, test } from 'vitest';
import { PageReading } from '../../../../lib/model/reading';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import { fixtureText, NOW, readFixture, vs } from './fixtures';

const EMBED = 'https://www.instagram.com/reel/DEmbedAb12c/embed/captioned/';

describe('embed-captioned-synthetic.html: the counts an embed page renders', () => {
  const r = readFixture('embed-captioned-synthetic.html', EMBED);
  test('is a reading of the post, by its author', () => {
    expect(PageReading.parse(r)).toEqual(r);
    expect([r.page, r.status, r.handle]).toEqual(['post', 'ok', 'watercolor.maya']);
    expect(r.posts.map((p) => p.id)).toEqual(['DEmbedAb12c']);
  });
  test.each([
    ['likes', [12_408, true, 'dom'], 'embed likes: "12,408 likes"'],
    ['comments', [318, true, 'dom'], 'embed comments link: "318"'],
    ['views', [null, false, null], undefined],
    ['shares', [null, false, null], undefined],
  ] as const)('%s', (field, expected, detail) => {
    const count = r.posts[0]![field];
    expect(vs(count)).toEqual(expected);
    if (detail) expect(count.detail).toBe(detail);
  });
  test('the author; no follower count (an embed shows none), no comments listed', () => {
    expect(r.posts[0]!.author).toBe('watercolor.maya');
    expect(r.profile?.followers.value ?? null).toBeNull();
    expect(r.comments).toEqual([]);
  });
});

test('a /p/<code>/embed/ page with a rounded like count reads it as rounded', () => {
  const html = fixtureText('embed-captioned-synthetic.html')
    .replace('12,408 likes', '1.2M likes')
    .replace('View all 318 comments', 'View all 4,051 comments');
  const r = readInstagramPage({
    document: parseHtmlDocument(html),
    url: 'https://www.instagram.com/p/DEmbedAb12c/embed/',
    now: NOW,
  });
  expect(vs(r.posts[0]!.likes)).toEqual([1_200_000, false, 'dom']);
  expect(vs(r.posts[0]!.comments)).toEqual([4051, true, 'dom']);
});

test('the same markup on a post page that is not an embed is not read as embed counts', () => {
  const r = readFixture(
    'embed-captioned-synthetic.html',
    'https://www.instagram.com/reel/DEmbedAb12c/',
  );
  expect(r.posts[0]?.likes.value ?? null).toBeNull();
});
