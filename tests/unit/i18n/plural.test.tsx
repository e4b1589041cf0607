import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test } from 'vitest';
import { Figures } from '../../../components/dashboard/campaign-header';
import type { CampaignGlance } from '../../../lib/dashboard/campaign-glance';
import { ENGLISH } from '../../../lib/i18n/english';
import {
  setMessageSource,
  substitute,
  type LocaleMessage,
  type MessageKey,
} from '../../../lib/i18n/messages';
import { countedText, isSingular } from '../../../lib/i18n/plural';
import { saidText } from '../../../lib/i18n/said';

const root = resolve(import.meta.dirname, '..', '..', '..');
const messagesOf = (lang: string) =>
  JSON.parse(
    readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8'),
  ) as Record<string, LocaleMessage>;

/** The UI in `lang`'s messages with `locale`'s numbers and plural rules, as the browser gives them. */
function speak(lang: string, locale: string) {
  const messages = messagesOf(lang);
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(messages, key) ? substitute(messages[key]!, args) : '',
    locale,
  });
}

afterEach(() => setMessageSource(null));

const glance = (signed: number): CampaignGlance => ({
  members: 3,
  creators: 3,
  signed,
  deliverables: 0,
  conversions: null,
  revenue: null,
  budget: null,
});
/** What the campaign page's header shows under the creator count. */
function signedFigure(signed: number): string {
  const html = renderToStaticMarkup(
    createElement(Figures, { glance: glance(signed), currency: 'EUR' }),
  );
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  return doc.querySelector('[data-testid="scout-campaign-figure-creators"] .sub')!.textContent!;
}

test.each([
  ['en', 'en-US', 0, '0 signed'],
  ['en', 'en-US', 1, '1 signed'],
  ['es', 'es-ES', 0, '0 firmados'],
  ['es', 'es-ES', 1, '1 firmado'],
  ['es', 'es-ES', 2, '2 firmados'],
  ['fr', 'fr-FR', 0, '0 signé'],
  ['fr', 'fr-FR', 1, '1 signé'],
  ['fr', 'fr-FR', 2, '2 signés'],
  ['pt', 'pt-BR', 0, '0 assinado'],
  ['pt', 'pt-BR', 1, '1 assinado'],
  ['pt', 'pt-BR', 2, '2 assinados'],
  ['pt', 'pt-PT', 0, '0 assinados'],
  ['de', 'de-DE', 1, '1 unterschrieben'],
])('the campaign header says %s (%s) %i signed as "%s"', (lang, locale, n, words) => {
  speak(lang, locale);
  expect(signedFigure(n)).toBe(words);
});

test('a count is written the UI language’s way in the singular and the plural', () => {
  speak('de', 'de-DE');
  expect(countedText(1234, 'countPostsOne', 'countPostsMany')).toBe('1.234 Beiträge');
  speak('fr', 'fr-FR');
  expect(countedText(0, 'countPostsOne', 'countPostsMany')).toBe('0 publication');
  expect(countedText(1.5, 'countPostsOne', 'countPostsMany')).toBe('2 publications');
  expect(isSingular(null)).toBe(false);
});

describe('counted words are pairs', () => {
  const keys = Object.keys(ENGLISH);
  const base = (k: string) => k.replace(/(One|Many)$/, '');
  /** A singular's plural: xMany, or x for a rules sentence stored under its older key. */
  const pluralOf = (one: string) =>
    keys.includes(`${base(one)}Many`)
      ? `${base(one)}Many`
      : keys.includes(base(one))
        ? base(one)
        : null;
  const singulars = keys.filter((k) => k.endsWith('One') && pluralOf(k) !== null);
  const names = (m: LocaleMessage) =>
    [...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
  /**
   * Singulars the rules choose for exactly one (they import no UI language, and 1 is singular in
   * all five), kept as they were written so that sentences stored with them read the same.
   */
  const ONLY_FOR_ONE = ['flCompetitorOne', 'flExcludedOne', 'flUndisclosedOne', 'implFlagOne'];

  test('every xMany has its xOne', () => {
    // "follows many accounts, followed by few": a word, not a count.
    const plurals = keys.filter((k) => k.endsWith('Many') && k !== 'audFollowingMany');
    expect(plurals.filter((k) => !keys.includes(`${base(k)}One`))).toEqual([]);
  });
  test.each(['en', 'es', 'fr', 'pt', 'de'])(
    '%s: the singular shows the count as the plural does (French says "0 signé")',
    (lang) => {
      const messages = messagesOf(lang);
      const apart = singulars
        .filter((k) => !ONLY_FOR_ONE.includes(k))
        .filter(
          (k) =>
            JSON.stringify(names(messages[k]!)) !== JSON.stringify(names(messages[pluralOf(k)!]!)),
        );
      expect(apart).toEqual([]);
    },
  );

  test('code chooses a singular only through plural() or countedText(), never by n === 1', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.(ts|tsx)$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const direct = ['lib', 'components', 'entrypoints'].flatMap((d) =>
      files(join(root, d)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(\w+One)'/g)]
          .filter((m) => singulars.includes(m[1]!))
          .map((m) => `${file.slice(root.length + 1)}: ${m[1]}`),
      ),
    );
    expect(direct).toEqual([]);
  });

  /**
   * Messages that write $COUNT$ before a word without being a pair, and why the word reads right:
   * the word is not what is counted ("and 3 more", "3 from the page's JSON"), or the count is
   * never 0 or 1 where the message is said (1 has a message of its own, or a setting keeps it up).
   */
  const NOT_COUNTED_WORD = [
    'accountsLookFake', // "3 of 40 accounts": the word is the total's
    'andMore',
    'andMoreCreators',
    'commentedOnPostsOpened',
    'flTooManySponsored',
    'followersLookFake',
    'matchBrief',
    'observationLine',
    'observationRounded',
    'planCreatorsLine',
    'problemCouldntReadMore',
    'provenanceExact',
    'provenanceRounded',
    'withoutFeeSet',
  ];
  const NEVER_ONE = [
    'ageDays', // 48 hours and more; under that in hours
    'attributionTooFew', // the minimum of conversions, a constant above 1
    'audienceChartLabel', // the chart needs two visits
    'competitorWhenDaysAfter', // the day after has its own message
    'competitorWhenDaysBefore', // the day before has its own message
    'crCopyPasted', // the same text twice or more
    'crSameAccount', // near-identical comments on two posts or more
    'dfMonths', // at least 2 months; under that in weeks
    'dfYears', // 2 years and more; "over a year" before that
    'exBeyond', // the number of recent posts the settings read
    'flGeneric', // said with enough comments to judge
    'flLikesEven', // said over the minimum of posts
    'flMassFollowing', // above the settings' maximum
    'flFollowingExceeds', // stored by earlier versions, said now as flFollowingExceedsCounts
    'ofForPosts', // one post is ofForOnePost
    'prospectSeenTimes', // once is prospectSeenOnce
    'prospectSeenTimesPlaces', // once is prospectSeenOnce
    'rpAboutTimesComments', // a post that drew several times the usual
    'rpAboutTimesLikes', // a post that drew several times the usual
  ];
  test('a count written before a word has a singular, or a reason here why it needs none', () => {
    const unpaired = keys.filter(
      (k) =>
        !k.endsWith('One') &&
        !k.endsWith('Many') &&
        !keys.includes(`${k}One`) &&
        /\$COUNT\$ \p{L}/u.test(ENGLISH[k as MessageKey].message),
    );
    expect(unpaired.filter((k) => ![...NOT_COUNTED_WORD, ...NEVER_ONE].includes(k))).toEqual([]);
    // A key that is gone or has become a pair leaves these lists too.
    expect([...NOT_COUNTED_WORD, ...NEVER_ONE].filter((k) => !unpaired.includes(k))).toEqual([]);
  });
});

describe('rules sentences say their counts the UI language’s way', () => {
  test.each([
    ['fr', 'fr-FR', 0, 'langue non vérifiée : seulement 0 texte assez long'],
    ['fr', 'fr-FR', 1, 'langue non vérifiée : seulement 1 texte assez long'],
    ['fr', 'fr-FR', 2, 'langue non vérifiée : seulement 2 textes assez longs'],
    ['es', 'es-ES', 0, 'idioma no comprobado: solo 0 textos lo bastante largos'],
    ['en', 'en-US', 1, 'language not checked: only 1 text long enough to tell'],
  ])('%s (%s): %i texts', (lang, locale, n, words) => {
    speak(lang, locale);
    expect(saidText({ key: 'fcFewTexts', args: [{ count: n }] }, 'english')).toBe(words);
  });
  test('a singular stored for one stays as the rules chose it', () => {
    speak('fr', 'fr-FR');
    expect(saidText({ key: 'flCompetitorOne', args: [] }, 'english')).toBe(
      'Mentionne un concurrent à 1 endroit.',
    );
    expect(saidText({ key: 'flCompetitorMany', args: [{ count: 3 }] }, 'english')).toBe(
      'Mentionne un concurrent à 3 endroits.',
    );
  });
});

test('a drop of engagement over one day says "1 day" (a setting may allow it), in French 0 too', () => {
  const said = (days: number) => ({
    key: 'growthEngagementDrop',
    args: [{ percent: 0.04 }, { percent: 0.02 }, { percent: 0.5 }, { count: days }],
  });
  expect(saidText(said(1), 'english')).toBe('Engagement fell from 4.0% to 2.0% (−50.0%) in 1 day.');
  speak('fr', 'fr-FR');
  expect(saidText(said(0), 'english')).toContain('en 0 jour.');
  expect(saidText(said(12), 'english')).toContain('en 12 jours.');
});
