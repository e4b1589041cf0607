import { afterEach, expect, test } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import es from '../../../public/_locales/es/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import pt from '../../../public/_locales/pt/messages.json';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { BUILTIN_TEMPLATES } from '../../../lib/outreach/builtin-templates';
import { buildDraft, type DraftInput } from '../../../lib/outreach/draft';
import { dmLength } from '../../../lib/outreach/dm-length';
import { findPlaceholders } from '../../../lib/outreach/placeholders';
import {
  DRAFT_MESSAGE_KEYS,
  draftWordsFrom,
  uiDraftLanguage,
  type DraftWords,
} from '../../../lib/outreach/draft-words';
import type { Template } from '../../../lib/model/template';

afterEach(() => setMessageSource(null));

const LOCALES = {
  es: [es, 'es-ES'],
  fr: [fr, 'fr-FR'],
  pt: [pt, 'pt-BR'],
  de: [de, 'de-DE'],
} as const;
const useLocale = (lang: keyof typeof LOCALES) => {
  const [messages, locale] = LOCALES[lang];
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(messages, key) ? substitute(messages[key as keyof typeof messages], args) : '',
    locale,
  });
};

const now = new Date('2026-05-20T12:00:00Z');
const input: DraftInput = {
  creator: {
    platform: 'instagram',
    handle: 'jane.paints',
    displayName: 'Jane Doe',
    topic: 'watercolour painting',
    followingSince: '2025-12-02',
  },
  recentPost: {
    url: 'https://www.instagram.com/p/C9xYz12AbCd/',
    excerpt: 'Spring palette',
    standout: null,
  },
  campaign: {
    brand: 'Acme Paints',
    product: 'a travel watercolour set',
    startDate: '2026-06-01',
    endDate: null,
    offer: {
      model: 'bonus',
      flatFee: 500,
      bonusAmount: 300,
      bonusTarget: 5000,
      currency: 'EUR',
      postsCount: 2,
    },
  },
  code: 'JANE15',
  link: 'https://acme.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.paints',
  sender: 'Sam Lee',
};
const ENGLISH_PHRASES =
  /\b(for about|for a few|flat|commission|bonus when|from June|I've followed|Interested\?)\b/;

test.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])(
  'in %s every built-in draft is in that language, keeps its placeholders and fits an Instagram DM',
  (lang) => {
    const english = BUILTIN_TEMPLATES.map((tpl) => tpl.body);
    useLocale(lang);
    BUILTIN_TEMPLATES.forEach((tpl, i) => {
      expect(tpl.body, tpl.id).not.toBe(english[i]);
      expect(
        findPlaceholders(tpl.body)
          .map((g) => g.name)
          .sort(),
      ).toEqual(
        findPlaceholders(english[i]!)
          .map((g) => g.name)
          .sort(),
      );
      const draft = buildDraft(tpl, input, { now }).text;
      expect(draft, `${lang} ${tpl.id}`).not.toMatch(ENGLISH_PHRASES);
      expect(dmLength(draft, 'instagram').over, `${lang} ${tpl.id}`).toBe(false);
    });
  },
);

test('a German draft writes its dates and money the German way', () => {
  useLocale('de');
  const draft = buildDraft(BUILTIN_TEMPLATES[0]!, input, { now }).text;
  expect(draft).toContain('ab dem 1. Juni 2026');
  expect(draft).toMatch(
    /500\s€ pauschal \+ 300\s€ Bonus, wenn deine Verkäufe 5\.000\s€ erreichen für 2 Beiträge/,
  );
  expect(draft).toContain('Ich folge dir seit etwa 5 Monaten');
});

const wordsOf = (lang: keyof typeof LOCALES): DraftWords => {
  const messages = LOCALES[lang][0];
  return draftWordsFrom(
    lang,
    Object.fromEntries(
      DRAFT_MESSAGE_KEYS.map((key) => [key, messages[key as keyof typeof messages]]),
    ),
  );
};

test.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])(
  'with the UI in English, a draft written in %s is the draft a browser in that language writes',
  (lang) => {
    const written = BUILTIN_TEMPLATES.map(
      (tpl) => buildDraft(tpl, input, { now, words: wordsOf(lang) }).text,
    );
    useLocale(lang);
    expect(written).toEqual(BUILTIN_TEMPLATES.map((tpl) => buildDraft(tpl, input, { now }).text));
  },
);

test("the user's own template keeps its text; only the phrases that fill it take the draft's language", () => {
  const own: Template = {
    id: 'custom-1',
    name: 'Short',
    kind: 'custom',
    body: 'Hallo {firstName}, ich folge dir {followingFor}. Angebot: {offer} ({campaignDates}).',
    builtIn: false,
    language: 'de',
  };
  const draft = buildDraft(own, input, { now, words: wordsOf('de') }).text;
  // Intl writes a no-break space between an amount and its currency sign.
  expect(draft.replace(/\s/g, ' ')).toBe(
    'Hallo Jane, ich folge dir seit etwa 5 Monaten. Angebot: 500 € pauschal + 300 € Bonus, wenn deine Verkäufe 5.000 € erreichen für 2 Beiträge (ab dem 1. Juni 2026).',
  );
  // A stored template that replaced a built-in (same id) is the user's text, not the built-in's.
  const replaced: Template = { ...BUILTIN_TEMPLATES[0]!, body: 'Hey {firstName}!' };
  expect(buildDraft(replaced, input, { now, words: wordsOf('es') }).text).toBe('Hey Jane!');
  expect(buildDraft(BUILTIN_TEMPLATES[0]!, input, { now, words: wordsOf('es') }).text).toMatch(
    /^¡Hola, Jane!/,
  );
});

test("the UI language a draft starts in is the browser's where the extension speaks it, else English", () => {
  expect(uiDraftLanguage('pt-BR')).toBe('pt');
  expect(uiDraftLanguage('de_AT')).toBe('de');
  expect(uiDraftLanguage('FR')).toBe('fr');
  expect(uiDraftLanguage('it-IT')).toBe('en');
  expect(uiDraftLanguage('zh-Hans-CN')).toBe('en');
});
