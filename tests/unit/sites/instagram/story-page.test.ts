import { describe, expect, test } from 'vitest';
import { PageReading } from '../../../../lib/model/reading';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import { fixtureText, NOW, readFixture, vs } from './fixtures';

const STORY = 'https://www.instagram.com/stories/pluto__travel/3523456789012345678/';

describe("story-synthetic.html: a story page carries its owner's profile counts", () => {
  const r = readFixture('story-synthetic.html', STORY);
  test("is read as the owner's numbers on a page that is not the profile", () => {
    expect(PageReading.parse(r)).toEqual(r);
    expect([r.platform, r.page, r.status, r.handle]).toEqual([
      'instagram',
      'other',
      'ok',
      'pluto__travel',
    ]);
    expect(r.statusReason).toBe(
      "a story: the counts shown are its owner's (@pluto__travel) profile counts; open the profile to measure engagement",
    );
  });
  test.each([
    ['followers', [2362, true, 'meta']],
    ['following', [136, true, 'meta']],
    ['posts', [224, true, 'meta']],
    ['likes', [null, false, null]],
  ] as const)('%s', (field, expected) => {
    expect(vs(r.profile?.[field])).toEqual(expected);
  });
  test('name and bio from the description; the story is no post; the tray account is not the owner', () => {
    expect(r.profile).toMatchObject({
      handle: 'pluto__travel',
      displayName: 'Pluto',
      bio: 'Home of travel — Plan a trip and find the best things to do in one simple, fun and beautiful app.',
    });
    expect(r.posts).toEqual([]);
    expect(r.comments).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('Another Account');
  });
});

describe('story pages whose owner cannot be read', () => {
  test("a highlight (/stories/highlights/<id>/) names no owner: says to open the owner's profile", () => {
    const r = readFixture(
      'story-synthetic.html',
      'https://www.instagram.com/stories/highlights/17912345678901234/',
    );
    expect([r.page, r.status, r.profile]).toEqual(['other', 'unreadable', null]);
    expect(r.statusReason).toMatch(/open the owner's profile/);
  });
  test("a story of another account than the page's description names: no counts taken", () => {
    const r = readFixture(
      'story-synthetic.html',
      'https://www.instagram.com/stories/other.account/1/',
    );
    expect([r.status, r.profile]).toEqual(['unreadable', null]);
    expect(r.statusReason).toBe(
      "a story page: its owner's profile counts are not on it; open the profile",
    );
  });
  test('a story page saved without its description reads nothing', () => {
    const html = fixtureText('story-synthetic.html').replace(/<meta[\s\S]*?\/>/g, '');
    const r = readInstagramPage({ document: parseHtmlDocument(html), url: STORY, now: NOW });
    expect([r.status, r.profile]).toEqual(['unreadable', null]);
  });
});
