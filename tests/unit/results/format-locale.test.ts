import { afterEach, describe, expect, test } from 'vitest';
import { setMessageSource } from '../../../lib/i18n/messages';
import {
  formatCount,
  formatMoney,
  formatMultiple,
  formatPercent,
} from '../../../lib/results/format';

const inLocale = (locale: string) => setMessageSource({ message: () => '', locale });

afterEach(() => setMessageSource(null));

describe("results' ratios follow the UI language's way of writing numbers", () => {
  test.each([
    ['en-US', '3.45%', '3.20×', '1,234.50', '12,345'],
    ['fr-FR', /^3,45\s%$/, '3,20×', /^1\s234,50$/, /^12\s345$/],
    ['de-DE', /^3,45\s%$/, '3,20×', '1.234,50', '12.345'],
    ['pt-BR', '3,45%', '3,20×', '1.234,50', '12.345'],
  ])('%s', (locale, percent, multiple, money, count) => {
    inLocale(locale);
    const check = (got: string, want: string | RegExp) =>
      typeof want === 'string' ? expect(got).toBe(want) : expect(got).toMatch(want);
    check(formatPercent(0.0345), percent);
    check(formatMultiple(3.2), multiple);
    check(formatMoney(1234.5), money);
    check(formatCount(12345), count);
  });

  test('an undefined ratio is a dash in every language, never NaN or Infinity', () => {
    inLocale('fr-FR');
    expect(formatPercent(null)).toBe('—');
    expect(formatMultiple(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  test('digits are kept as asked', () => {
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatMultiple(2, 1)).toBe('2.0×');
  });
});
