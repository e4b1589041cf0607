import { describe, expect, test } from 'vitest';
import { cpa, ctr, cvr, ratio, ratiosOf, roas } from '../../../lib/results/ratios';
import {
  NOT_APPLICABLE,
  formatCount,
  formatMoney,
  formatMultiple,
  formatPercent,
} from '../../../lib/results/format';

const N = null;

describe('ratio', () => {
  test.each([
    [1, 4, 0.25],
    [0, 4, 0],
    [4, 0, N],
    [0, 0, N],
    [N, 4, N],
    [4, N, N],
    [N, N, N],
    [5, -1, N],
    [Number.NaN, 2, N],
    [2, Number.POSITIVE_INFINITY, N],
    [Number.POSITIVE_INFINITY, 2, N],
    [3, 1e-12, 3e12],
  ])('%s ÷ %s = %s', (numerator, denominator, expected) => {
    expect(ratio(numerator, denominator)).toBe(expected);
  });
});

describe('the four campaign ratios', () => {
  test.each([
    // name, fn, a, b, expected
    ['CTR = clicks ÷ impressions', ctr, 250, 10_000, 0.025],
    ['CTR with no impressions', ctr, 250, 0, N],
    ['CTR with impressions unknown', ctr, 250, N, N],
    ['CTR with no clicks', ctr, 0, 10_000, 0],
    ['CVR = conversions ÷ clicks', cvr, 10, 250, 0.04],
    ['CVR with no clicks', cvr, 10, 0, N],
    ['CVR with codes converting without clicks', cvr, 30, 20, 1.5],
    ['CVR with conversions unknown', cvr, N, 250, N],
    ['CPA = payment ÷ conversions', cpa, 800, 40, 20],
    ['CPA with no conversions', cpa, 800, 0, N],
    ['CPA of an unpaid creator', cpa, 0, 40, 0],
    ['CPA with payment unknown', cpa, N, 40, N],
    ['ROAS = revenue ÷ payment', roas, 6000, 800, 7.5],
    ['ROAS with nothing paid', roas, 6000, 0, N],
    ['ROAS with no revenue', roas, 0, 800, 0],
    ['ROAS with revenue unknown', roas, N, 800, N],
  ] as const)('%s: %s, %s -> %s', (_name, fn, a, b, expected) => {
    expect(fn(a, b)).toBe(expected);
  });

  test('ratiosOf computes all four from counts', () => {
    expect(
      ratiosOf({ impressions: 20_000, clicks: 400, conversions: 20, revenue: 2400, spend: 600 }),
    ).toEqual({ ctr: 0.02, cvr: 0.05, cpa: 30, roas: 4 });
  });

  test('ratiosOf of an all-zero row is null everywhere', () => {
    expect(ratiosOf({ impressions: 0, clicks: 0, conversions: 0, revenue: 0, spend: 0 })).toEqual({
      ctr: N,
      cvr: N,
      cpa: N,
      roas: N,
    });
  });
});

describe('formatters', () => {
  test.each([
    [formatPercent, 0.0345, '3.45%'],
    [formatPercent, 0, '0.00%'],
    [formatPercent, 1.5, '150.00%'],
    [formatPercent, N, NOT_APPLICABLE],
    [formatPercent, Number.NaN, NOT_APPLICABLE],
    [formatPercent, Number.POSITIVE_INFINITY, NOT_APPLICABLE],
    [formatMultiple, 3.2, '3.20×'],
    [formatMultiple, 0, '0.00×'],
    [formatMultiple, N, NOT_APPLICABLE],
    [formatMoney, 1234.5, '1,234.50'],
    [formatMoney, 0, '0.00'],
    [formatMoney, N, NOT_APPLICABLE],
    [formatMoney, undefined, NOT_APPLICABLE],
    [formatCount, 12345, '12,345'],
    [formatCount, 2.5, '2.5'],
    [formatCount, N, NOT_APPLICABLE],
  ] as const)('%o(%s) = %s', (format, value, text) => {
    expect(format(value)).toBe(text);
  });

  test('the dash is an em dash', () => {
    expect(NOT_APPLICABLE).toBe('\u2014');
  });
});
