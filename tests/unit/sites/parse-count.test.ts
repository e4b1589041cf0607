import { describe, expect, test } from 'vitest';
import { MAGNITUDE_WORDS, parseCount } from '../../../lib/sites/parse-count';
import { countLines } from '../../../scripts/cli/count';

/** Locales whose Intl compact output the parser must read back (CLDR via Node's ICU). */
const LOCALES = [
  'af',
  'am',
  'ar',
  'ar-EG',
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'de-AT',
  'de-CH',
  'el',
  'en',
  'en-GB',
  'en-IN',
  'es',
  'es-MX',
  'et',
  'fa',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'ga',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ja',
  'ka',
  'kk',
  'ko',
  'lt',
  'lv',
  'mr',
  'ms',
  'nb',
  'nl',
  'pa',
  'pl',
  'pt',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'th',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'zh',
  'zh-TW',
  'zh-HK',
  'zu',
];
const NUMBERS = [7, 999, 1234, 12345, 123456, 1234567, 20_500_000, 987654321, 4_200_000_000];

const rows = LOCALES.flatMap((lang) =>
  NUMBERS.flatMap((n) => [
    { lang, n, style: 'grouped', text: new Intl.NumberFormat(lang).format(n) },
    ...(['short', 'long'] as const).map((compactDisplay) => ({
      lang,
      n,
      style: compactDisplay,
      text: new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay }).format(n),
    })),
  ]),
);

describe('parseCount reads Intl output back', () => {
  test('the table covers at least 39 locales', () => {
    expect(new Set(rows.map((r) => r.lang)).size).toBeGreaterThanOrEqual(39);
  });

  test.each(rows)('$lang $style $n: "$text"', ({ lang, n, style, text }) => {
    const parsed = parseCount(text, lang);
    expect(parsed.value).not.toBeNull();
    if (style === 'grouped') {
      expect(parsed).toEqual({ value: n, exact: true });
      return;
    }
    // A compact display keeps at least two significant digits: within 5% of the number.
    expect(Math.abs(parsed.value! - n) / n).toBeLessThanOrEqual(0.05);
    // Unabbreviated compact output ("1234" in de) is the number itself.
    expect(parsed.exact).toBe(parsed.value === n && /^\P{L}*$/u.test(text));
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
