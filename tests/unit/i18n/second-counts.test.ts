import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { setMessageSource, substitute, type LocaleMessage } from '../../../lib/i18n/messages';
import { saidText } from '../../../lib/i18n/said';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { implausiblePost } from '../../../lib/rules/engagement/implausible';
import { briefFlags } from '../../../lib/rules/fit/brief-flags';
import { computeFit } from '../../../lib/rules/fit/fit';
import { accountFlags } from '../../../lib/rules/flags/account';
import { post, reading } from '../rules/build';

/**
 * Rules sentences whose counted word follows a count other than their first ("5 likes but only
 * 1 view", "follows 300 accounts but has 1 follower") say each count's word for that count.
 */

const root = resolve(import.meta.dirname, '..', '..', '..');
const LOCALES = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', pt: 'pt-BR', de: 'de-DE' } as const;
function speak(lang: keyof typeof LOCALES) {
  const messages = JSON.parse(
    readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8'),
  ) as Record<string, LocaleMessage>;
  setMessageSource({
    message: (key, args) => (Object.hasOwn(messages, key) ? substitute(messages[key]!, args) : ''),
    locale: LOCALES[lang],
  });
}
afterEach(() => setMessageSource(null));

const t = { ...defaultRuleSettings.thresholds, followingMin: 1 };
const brief = { name: 'Kit', followers: { min: 10, max: 100 } };
const exceeds = (following: number, followers: number) => {
  const flag = accountFlags(reading({ following, followers }), t).find(
    (f) => f.id === 'following-exceeds-followers',
  )!;
  return saidText(flag.said, flag.message);
};
const aboveViews = (likes: number, views: number) => {
  const [problem] = implausiblePost(post({ likes, views, comments: 0, shares: 0 }));
  return saidText(problem!.said, problem!.text);
};
const range = (followers: number) => {
  const flag = briefFlags(reading({ followers }), brief)[0]!;
  return saidText(flag.said, flag.message);
};
const fitPart = (followers: number) => {
  const part = computeFit(reading({ followers }), brief, []).components.find(
    (c) => c.id === 'followers',
  )!;
  return saidText(part.said, part.message);
};

describe.each([
  ['en', 'has 1 follower.', 'has 0 followers.', 'Follows 1 account', '1 like but only 0 views'],
  [
    'es',
    'tiene 1 seguidor.',
    'tiene 0 seguidores.',
    'Sigue a 1 cuenta',
    '1 me gusta pero solo 0 reproducciones',
  ],
  ['fr', 'a 1 abonné.', 'a 0 abonné.', 'Suit 1 compte', '1 j’aime mais seulement 0 vue'],
  ['pt', 'tem 1 seguidor.', 'tem 0 seguidor.', 'Segue 1 conta', '1 curtida, mas só 0 visualização'],
  [
    'de',
    'hat aber 1 Follower.',
    'hat aber 0 Follower.',
    'Folgt 1 Konto',
    '1 Like, aber nur 0 Aufrufe',
  ],
] as const)('%s', (lang, hasOne, hasZero, followsOne, likeNoViews) => {
  test('following more than follow it: each count with its own word', () => {
    speak(lang);
    expect(exceeds(10, 1)).toContain(hasOne);
    expect(exceeds(10, 0)).toContain(hasZero);
    expect(exceeds(1, 0)).toContain(followsOne);
  });
  test('counts above the views: the count and the views each with their own word', () => {
    speak(lang);
    expect(aboveViews(1, 0)).toBe(likeNoViews);
  });
});

test.each([
  ['en', 0, '0 followers outside', '0 followers is below'],
  ['en', 1, '1 follower outside', '1 follower is below'],
  ['en', 2, '2 followers outside', '2 followers is below'],
  ['fr', 0, '0 abonné hors', '0 abonné, c’est sous'],
  ['fr', 2, '2 abonnés hors', '2 abonnés, c’est sous'],
  ['pt', 0, '0 seguidor fora', '0 seguidor está abaixo'],
  ['pt', 1, '1 seguidor fora', '1 seguidor está abaixo'],
  ['es', 1, '1 seguidor fuera', '1 seguidor está por debajo'],
  ['es', 0, '0 seguidores fuera', '0 seguidores está por debajo'],
  ['de', 1, '1 Follower außerhalb', '1 Follower liegt unter'],
] as const)('%s: %i followers below the brief’s range', (lang, n, fit, flag) => {
  speak(lang);
  expect(fitPart(n)).toContain(fit);
  expect(range(n)).toContain(flag);
});

test('a count within the range has its word for its count too', () => {
  speak('en');
  expect(
    computeFit(reading({ followers: 1 }), { name: 'K', followers: { max: 5 } }, []).components.find(
      (c) => c.id === 'followers',
    )!.said,
  ).toEqual({
    key: 'fcFollowersWithin',
    args: [{ count: 1 }, { said: { key: 'followerSpan', args: [{ count: 0 }, { count: 5 }] } }],
  });
  expect(saidText({ key: 'fcFollowersWithin', args: [{ count: 1 }, '0–5'] }, 'english')).toBe(
    "1 follower within the brief's range 0–5",
  );
});

test("the brief's range is written with the UI language's digit groups", () => {
  const fitLine = (followers: number, range: { min?: number; max?: number }) => {
    const part = computeFit(reading({ followers }), { name: 'K', followers: range }, []);
    const c = part.components.find((x) => x.id === 'followers')!;
    return saidText(c.said, c.message);
  };
  speak('en');
  expect(fitLine(12_000, { min: 10_000, max: 100_000 })).toBe(
    "12,000 followers within the brief's range 10,000–100,000",
  );
  expect(fitLine(9_000, { min: 10_000 })).toBe(
    "9,000 followers outside the brief's range 10,000 or more",
  );
  speak('de');
  expect(fitLine(12_000, { min: 10_000, max: 100_000 })).toContain('10.000–100.000');
  speak('fr');
  expect(fitLine(9_000, { min: 10_000 })).toContain('10\u202f000 ou plus');
  // Stored by an earlier version as digits and as English-grouped text.
  expect(saidText({ key: 'fcFollowersOutside', args: ['9000', '10000–∞'] }, 'english')).toContain(
    '10\u202f000 ou plus',
  );
  expect(
    saidText({ key: 'flAboveRangeFar', args: [{ count: 200_000 }, '10,000–100,000'] }, 'english'),
  ).toContain('10\u202f000–100\u202f000');
});

describe('sentences stored by earlier versions', () => {
  const following = (followers: number) => ({
    key: 'flFollowingExceeds',
    args: [{ count: 400 }, { count: followers }],
  });
  const likes = (views: number) => ({
    key: 'implAboveViews',
    args: [{ count: 9 }, { word: 'fieldLikes' }, { count: views }],
  });
  test('read with each count’s own word', () => {
    speak('en');
    expect(saidText(following(200), 'english')).toBe('Follows 400 accounts but has 200 followers.');
    expect(saidText(following(1), 'english')).toBe('Follows 400 accounts but has 1 follower.');
    expect(saidText(likes(1), 'english')).toBe('9 likes but only 1 view');
    speak('fr');
    expect(saidText(following(0), 'english')).toBe('Suit 400 comptes mais a 0 abonné.');
    expect(saidText({ key: 'fcFollowersWithin', args: ['1', '0–100'] }, 'english')).toBe(
      '1 abonné dans la fourchette du brief 0–100',
    );
    expect(saidText({ key: 'fcFollowersOutside', args: ['12345', '0–100'] }, 'english')).toBe(
      '12\u202f345 abonnés hors de la fourchette du brief 0–100',
    );
  });
  test('of another shape, still read with their older message', () => {
    speak('en');
    expect(
      saidText(
        { key: 'implAboveViews', args: [{ count: 9 }, { word: 'fieldSaves' }, { count: 2 }] },
        'english',
      ),
    ).toBe('9 saves but only 2 views');
    expect(saidText({ key: 'flFollowingExceeds', args: ['400', '1'] }, 'english')).toBe(
      'Follows 400 accounts but has 1 followers.',
    );
    expect(saidText({ key: 'fcFollowersWithin', args: ['—', '0–100'] }, 'english')).toBe(
      "— followers within the brief's range 0–100",
    );
  });
});
