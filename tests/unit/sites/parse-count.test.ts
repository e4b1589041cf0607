import { describe, expect, test } from 'vitest';
import { MAGNITUDE_WORDS, parseCount } from '../../../lib/sites/parse-count';
import { countLines } from '../../../scripts/cli/count';

/**
 * Every locale Node's ICU ships: each two- and three-letter language code Intl says it supports
 * (canonicalised, so aliases count once), plus the regional variants whose numbers differ.
 */
function shippedLocales(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes: string[] = [];
  for (const a of letters)
    for (const b of letters) {
      codes.push(a + b);
      for (const c of letters) codes.push(a + b + c);
    }
  const languages = Intl.NumberFormat.supportedLocalesOf(codes);
  const regional = ['ar-EG', 'de-AT', 'de-CH', 'en-GB', 'en-IN', 'es-MX', 'fr-CA', 'pt-PT'];
  return [...new Set([...languages, ...regional, 'zh-TW', 'zh-HK'])].sort();
}

const LOCALES = shippedLocales();
const NUMBERS = [7, 999, 1234, 12345, 123456, 1234567, 20_500_000, 987654321, 4_200_000_000];

interface Row {
  n: number;
  style: 'grouped' | 'short' | 'long';
  text: string;
}

function rowsOf(lang: string): Row[] {
  return NUMBERS.flatMap((n) => [
    { n, style: 'grouped' as const, text: new Intl.NumberFormat(lang).format(n) },
    ...(['short', 'long'] as const).map((compactDisplay) => ({
      n,
      style: compactDisplay,
      text: new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay }).format(n),
    })),
  ]);
}

/**
 * Words Intl itself uses for two magnitudes in one locale (Nepali "करोड" is 10^6 in the long form,
 * 10^7 in the short one): such a display cannot be read, and the parser must say so (null).
 */
function ambiguousWords(lang: string): Set<string> {
  const seen = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(`${lang}-u-nu-latn`, {
      notation: 'compact',
      compactDisplay,
    });
    for (let exponent = 3; exponent <= 15; exponent++) {
      const n = 2 * 10 ** exponent;
      const parts = format.formatToParts(n);
      const word = parts
        .filter((p) => !['integer', 'decimal', 'fraction', 'group', 'literal'].includes(p.type))
        .map((p) => p.value)
        .join('');
      const shown = Number(
        parts
          .filter((p) => p.type === 'integer')
          .map((p) => p.value)
          .join(''),
      );
      const magnitude = Math.round(Math.log10(n / shown));
      if (seen.has(word) && seen.get(word) !== magnitude) ambiguous.add(word);
      seen.set(word, magnitude);
    }
  }
  return ambiguous;
}

/** What is wrong with the reading of one Intl output, or null when it reads back right. */
function misread(lang: string, { n, style, text }: Row, ambiguous: Set<string>): string | null {
  const parsed = parseCount(text, lang);
  const wrong = `${style} ${n}: "${text}" read as ${JSON.stringify(parsed)}`;
  const word = text.replace(/[\p{Nd}\s.,\u00a0\u202f\u200f\u061c\u066b\u066c'’]/gu, '');
  if (style !== 'grouped' && ambiguous.has(word)) return parsed.value === null ? null : wrong;
  if (parsed.value === null) return wrong;
  if (style === 'grouped') return parsed.value === n && parsed.exact ? null : wrong;
  // A compact display keeps at least two significant digits: within 5% of the number.
  if (Math.abs(parsed.value - n) / n > 0.05) return wrong;
  // Unabbreviated compact output ("1234" in de) is the number itself.
  const unabbreviated = parsed.value === n && /^\P{L}*$/u.test(text);
  return parsed.exact === unabbreviated ? null : wrong;
}

describe('parseCount reads back what Intl displays in every locale Node ships', () => {
  test('the locale list is generated from Intl and holds the languages Node ships', () => {
    expect(LOCALES.length).toBeGreaterThan(200);
    for (const lang of ['bn', 'fil', 'my', 'ne', 'si', 'te', 'yue', 'zu'])
      expect(LOCALES).toContain(lang);
  });

  test.each(LOCALES)('%s: grouped, compact short and long', (lang) => {
    const ambiguous = ambiguousWords(lang);
    const wrong = rowsOf(lang)
      .map((row) => misread(lang, row, ambiguous))
      .filter((problem) => problem !== null);
    expect(wrong).toEqual([]);
  });
});

/** Numbering systems whose digits Intl writes (decimal ones; algorithmic ones fall back to latn). */
const DIGIT_SYSTEMS = Intl.supportedValuesOf('numberingSystem').filter(
  (system) =>
    new Intl.NumberFormat(`en-u-nu-${system}`).resolvedOptions().numberingSystem === system,
);

describe('parseCount reads the native digits of every numbering system Intl uses', () => {
  test('there are many of them', () => {
    expect(DIGIT_SYSTEMS.length).toBeGreaterThan(50);
  });

  test.each(DIGIT_SYSTEMS)('%s', (system) => {
    const grouped = new Intl.NumberFormat(`en-u-nu-${system}`).format(1234567);
    const compact = new Intl.NumberFormat(`en-u-nu-${system}`, { notation: 'compact' }).format(
      1_234_567,
    );
    expect(parseCount(grouped, 'en')).toEqual({ value: 1_234_567, exact: true });
    expect(parseCount(compact, 'en')).toEqual({ value: 1_200_000, exact: false });
  });
});

describe('parseCount reads number words, compact words with native digits, unit words', () => {
  test.each([
    ['mille', 'fr', 1000, false],
    ['mille', 'it', 1000, false],
    ['mille', undefined, 1000, false],
    ['১.২ হা', 'bn', 1200, false],
    ['১.২ হাজার', 'bn', 1200, false],
    ['১২ লাখ', 'bn', 1_200_000, false],
    ['২৩,৪৫৬', 'bn', 23456, true],
    ['1.2 libo', 'fil', 1200, false],
    ['3 milyon', 'fil', 3_000_000, false],
    ['1.1kk', undefined, 1_100_000, false],
    ['1.1kk', 'ru', 1_100_000, false],
    ['12K views', undefined, 12_000, false],
    ['1.2M views', 'en', 1_200_000, false],
    ['1,234 likes', 'en', 1234, true],
    ['1 like', undefined, 1, true],
    ['5.3M plays', undefined, 5_300_000, false],
    // Without a language, the words of every language Intl knows, where they mean one thing.
    ['১.২ হাজার', undefined, 1200, false],
    ['১২ লাখ', undefined, 1_200_000, false],
    ['1.2 libo', undefined, 1200, false],
    ['3 milyon', undefined, 3_000_000, false],
    ['12 тыс.', undefined, 12_000, false],
    ['१२ हज़ार', undefined, 12_000, false],
  ] as const)('"%s" (%s) = %d, exact %s', (text, lang, value, exact) => {
    expect(parseCount(text, lang)).toEqual({ value, exact });
  });

  test.each([
    ['views', undefined],
    ['k', 'fr'],
    ['mila', 'it'],
    ['likes 12', undefined],
    // "mil" is a thousand in Spanish and Portuguese, a million in Czech: no guess.
    ['1,2 mil', undefined],
  ] as const)('"%s" (%s) is null', (text, lang) => {
    expect(parseCount(text, lang).value).toBeNull();
  });
});

describe('parseCount on strings seen on Instagram and TikTok pages', () => {
  test.each([
    ['2,362', undefined, 2362, true],
    ['2.362', 'de', 2362, true],
    ['2.362', undefined, 2362, true],
    ['136', undefined, 136, true],
    ['534K', undefined, 534_000, false],
    ['5,064', undefined, 5064, true],
    ['104 mila', 'it', 104_000, false],
    ['562', 'it', 562, true],
    ['298K', undefined, 298_000, false],
    ['1.2M', undefined, 1_200_000, false],
    ['1,2 Mio.', 'de', 1_200_000, false],
    ['12,3 k', 'fr', 12_300, false],
    ['1 234', 'fr', 1234, true],
    ['12,3万', 'ja', 123_000, false],
    ['12.3万', 'zh-CN', 123_000, false],
    ['1,2 млн', 'ru', 1_200_000, false],
    ['1,1 k', 'fr', 1100, false],
    ['1.1m', undefined, 1_100_000, false],
    ['14.1m', 'en', 14_100_000, false],
    ['783.4K', undefined, 783_400, false],
    ['3.9M', undefined, 3_900_000, false],
    ['97,956,738', undefined, 97_956_738, true],
    ['1\u00a0234', 'fr', 1234, true],
    ['1\u202f234\u202f567', 'fr', 1_234_567, true],
    ['12,3\u00a0k', 'fr', 12_300, false],
    ['\u200f1.2K', 'he', 1200, false],
    ['1.2K\u200f', 'he', 1200, false],
    ['\u200f\u200e12,345', 'ar', 12345, true],
    ['١٢٬٣٤٥', 'ar', 12345, true],
    ['١٫٢ ألف', 'ar', 1200, false],
    ['1’234’567', 'de-CH', 1_234_567, true],
    ['12,34,567', 'en-IN', 1_234_567, true],
    ['1.2L', 'en-IN', 120_000, false],
    ['1,2 mil', 'es', 1200, false],
    ['1,2 mi', 'pt-BR', 1_200_000, false],
    ['12 B', 'tr', 12_000, false],
    ['12B', 'en', 12_000_000_000, false],
    ['1.234 Mio.', 'de', 1_234_000_000, false],
    ['1.234K', 'en', 1234, false],
    ['12 mil M', 'es', 12_000_000_000, false],
    ['elfu 1.2', 'sw', 1200, false],
    ['  42  ', undefined, 42, true],
    ['0', undefined, 0, true],
  ] as const)('"%s" (%s) = %d, exact %s', (text, lang, value, exact) => {
    expect(parseCount(text, lang)).toEqual({ value, exact });
  });
});

describe('parseCount refuses what is not one count', () => {
  test.each([
    ['', undefined],
    ['   ', undefined],
    ['abc', undefined],
    ['K', undefined],
    ['-5', undefined],
    ['1.2', undefined],
    ['1,5', 'de'],
    ['12,34', undefined],
    ['1 2', undefined],
    ['1,23,4', undefined],
    ['1,234.567', undefined],
    ['1,234 567', undefined],
    ['1.2 potatoes', undefined],
    ['followers 1.2K', undefined],
    ['1.2K followers', undefined],
    ['12.346 M', undefined], // grouping or decimal? depends on the language: say so, do not guess
    ['1,2 mil', undefined], // thousand in es/pt, million in cs/ro
    ['99999999999999999999', undefined],
    ['1.2e5', undefined],
  ] as const)('"%s" (%s) is null', (text, lang) => {
    expect(parseCount(text, lang).value).toBeNull();
  });

  test('a malformed language tag falls back to the language-neutral reading', () => {
    expect(parseCount('2,362', 'not a tag')).toEqual({ value: 2362, exact: true });
  });
});

describe('MAGNITUDE_WORDS', () => {
  const entries = Object.entries(MAGNITUDE_WORDS);
  test('languages are sorted and lower case', () => {
    const tags = entries.map(([tag]) => tag);
    expect(tags).toEqual([...tags].sort());
    for (const tag of tags) expect(tag).toBe(tag.toLowerCase());
  });
  test.each(entries)(
    '%s: forms are unique, lower case, without trailing dot, exponents rise',
    (_tag, spec) => {
      const groups = spec.split(/(?<=:\d+) /);
      const exponents = groups.map((g) => Number(g.slice(g.lastIndexOf(':') + 1)));
      expect(exponents).toEqual([...exponents].sort((a, b) => a - b));
      const forms = groups.flatMap((g) => g.slice(0, g.lastIndexOf(':')).split('|'));
      expect(new Set(forms).size).toBe(forms.length);
      for (const form of forms) {
        expect(form).toBe(form.toLowerCase());
        expect(form).not.toMatch(/\.$|^\s|\s$|\d/);
      }
    },
  );
});

describe('parseCount with a language uses that language and English only', () => {
  test.each([
    ['104 Mi', 'it', null], // "104 Mi piace": "Mi" is not a unit in Italian (it is "mi" = million in Portuguese)
    ['104 Mi', 'pt', 104_000_000],
    ['104 Mi', undefined, 104_000_000],
    ['1.2K', 'it', 1200],
    ['12 tys.', 'de', null],
    ['12 tys.', 'pl', 12_000],
    ['12 tys.', undefined, 12_000],
  ] as const)('"%s" (%s) = %s', (text, lang, value) => {
    expect(parseCount(text, lang).value).toBe(value);
  });
});

describe('scout count: one JSON object per input line', () => {
  test.each([
    [
      '1.2M\n2.362\n',
      undefined,
      ['{"value":1200000,"exact":false}', '{"value":2362,"exact":true}'],
    ],
    [
      '12,3 k\r\n\r\nabc',
      'fr',
      [
        '{"value":12300,"exact":false}',
        '{"value":null,"exact":false}',
        '{"value":null,"exact":false}',
      ],
    ],
    ['', undefined, []],
    ['104 mila', 'it', ['{"value":104000,"exact":false}']],
  ] as const)('%j (%s)', (input, lang, lines) => {
    expect(countLines(input, lang)).toEqual(lines);
  });
});
