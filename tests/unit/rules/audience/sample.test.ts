import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AudienceThresholds, type ListAccount } from '../../../../lib/model/audience';
import { briefMatches, briefTerms } from '../../../../lib/rules/audience/brief-match';
import {
  distinctAccounts,
  summarizeAudience,
  toAggregate,
} from '../../../../lib/rules/audience/sample';
import { detectFrancLanguage } from '../../../../lib/rules/fit/language';
import { readInstagramAccountList } from '../../../../lib/sites/instagram/account-list';
import { readTikTokUserList } from '../../../../lib/sites/tiktok/user-list';

const t = AudienceThresholds.parse({});
const json = (path: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/${path}`, 'utf8')) as unknown;
const brief = {
  name: 'Spring watercolour kit',
  keywords: ['watercolor', 'acuarela'],
  languages: ['es'],
  countries: ['MX'],
};
const account = (over: Partial<ListAccount>): ListAccount => ({
  id: null,
  handle: 'someone',
  displayName: null,
  bio: null,
  defaultPicture: null,
  private: null,
  verified: null,
  posts: null,
  followers: null,
  following: null,
  ...over,
});

describe('brief matching', () => {
  const terms = briefTerms(brief)!;
  test('language of name and bio, keywords in name, bio or handle, countries named or flagged', () => {
    const a = account({
      handle: 'lucia.acuarelas',
      displayName: 'Lucía 🎨',
      bio: 'Pinto paisajes con acuarela todos los días en Ciudad de México 🇲🇽',
    });
    expect(briefMatches(a, terms, detectFrancLanguage).map((m) => m.text)).toEqual([
      'writes in es',
      '"acuarela" in the bio',
      'MX ("🇲🇽")',
    ]);
    expect(
      briefMatches(account({ handle: 'emma_watercolor', displayName: 'Emma' }), terms).map(
        (m) => m.text,
      ),
    ).toEqual(['"watercolor" in the handle']);
  });
  test('a name alone says nothing about a language; other countries do not match', () => {
    expect(
      briefMatches(account({ displayName: 'Carlos Hernández' }), terms, detectFrancLanguage),
    ).toEqual([]);
    expect(briefMatches(account({ bio: 'photographer based in Madrid, España' }), terms)).toEqual(
      [],
    );
  });
  test('no brief or an empty one: nothing to match', () => {
    expect(briefTerms(null)).toBeNull();
    expect(briefTerms({ name: 'x' })).toBeNull();
  });
});

describe('the sample of a list', () => {
  const ig = [
    readInstagramAccountList(
      json('instagram/friendships-followers-synthetic.json'),
      'https://www.instagram.com/api/v1/friendships/1/followers/?count=12',
    )!,
    readInstagramAccountList(
      json('instagram/friendships-followers-page2-synthetic.json'),
      'https://www.instagram.com/api/v1/friendships/1/followers/?count=12&max_id=24',
    )!,
  ];

  test('pages are merged into distinct accounts; a page seen twice adds nothing', () => {
    expect(distinctAccounts(ig)).toHaveLength(35);
    expect(distinctAccounts([...ig, ig[0]!])).toHaveLength(35);
  });

  test('Instagram followers: share, Wilson interval, examples with reasons, likely fakes first', () => {
    const s = summarizeAudience(distinctAccounts(ig), {
      platform: 'instagram',
      kind: 'followers',
      thresholds: t,
    });
    expect(s.sample).toBe(35);
    expect(s.tooFew).toBe(false);
    // Every account with two or more signs, counted by hand from the fixture.
    const byHand = s.accounts.filter(
      (a) => a.reasons.length >= 2 && a.reasons[0] !== 'verified account',
    );
    expect(s.suspicious).toBe(byHand.length);
    expect(s.suspicious).toBeGreaterThanOrEqual(10);
    expect(s.suspiciousShare).toBeCloseTo(s.suspicious / 35, 10);
    expect(s.interval!.low).toBeLessThan(s.suspiciousShare!);
    expect(s.interval!.high).toBeGreaterThan(s.suspiciousShare!);
    expect(s.examples).toHaveLength(10);
    expect(s.examples.every((e) => e.suspicious && e.reasons.length >= 2)).toBe(true);
    expect(s.matching).toBeNull();
    const people = ['jane_doe_1990', 'blink182fan', 'nightschool_art', 'studio.rivera'];
    for (const handle of people)
      expect(s.accounts.find((a) => a.handle === handle)!.suspicious).toBe(false);
  });

  test('TikTok followers with a brief: counts give more signs; matching share over the sample', () => {
    const list = readTikTokUserList(
      json('tiktok/user-list-synthetic.json'),
      'https://www.tiktok.com/api/user/list/?scene=67',
    )!;
    const s = summarizeAudience(list.accounts, {
      platform: 'tiktok',
      kind: 'followers',
      thresholds: t,
      brief,
      detectLanguage: detectFrancLanguage,
    });
    expect(s.sample).toBe(32);
    const rose = s.accounts.find((a) => a.handle === 'rose_4829174')!;
    expect(rose.suspicious).toBe(true);
    expect(rose.reasons).toEqual(
      expect.arrayContaining(['default profile picture', 'no videos', 'follows 3,000 accounts']),
    );
    expect(s.accounts.find((a) => a.handle === 'greta_b')!.reasons).toEqual(
      expect.arrayContaining(['private and empty', 'name same as the handle']),
    );
    expect(s.matching).toBeGreaterThan(0);
    expect(s.matchingShare).toBeCloseTo(s.matching! / 32, 10);
    const lucia = s.accounts.find((a) => a.handle === 'lucia.acuarelas')!;
    expect(lucia.matches).toEqual(expect.arrayContaining(['MX ("🇲🇽")']));
  });

  test('under 30 accounts the sample is too few; an empty list has no share', () => {
    const few = summarizeAudience(distinctAccounts(ig).slice(0, 29), {
      platform: 'instagram',
      kind: 'followers',
      thresholds: t,
    });
    expect(few.tooFew).toBe(true);
    const none = summarizeAudience([], { platform: 'instagram', kind: 'followers', thresholds: t });
    expect(none).toMatchObject({ sample: 0, suspiciousShare: null, interval: null });
  });

  test('what is kept: figures and at most ten handles', () => {
    const s = summarizeAudience(distinctAccounts(ig), {
      platform: 'instagram',
      kind: 'followers',
      thresholds: t,
    });
    const kept = toAggregate(s);
    expect(kept.examples).toHaveLength(10);
    expect(Object.keys(kept.examples[0]!).sort()).toEqual([
      'handle',
      'reasons',
      'said',
      'suspicious',
    ]);
    expect(JSON.stringify(kept)).not.toContain('full_name');
  });
});
