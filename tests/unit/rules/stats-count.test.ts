import { describe, expect, test } from 'vitest';
import { count } from '../../../lib/rules/stats';

describe('count writes numbers as toLocaleString("en-US") does', () => {
  const values = [
    0,
    -0,
    0.4,
    -0.4,
    0.5,
    1,
    7,
    12,
    999,
    999.5,
    1000,
    1234.49,
    9999,
    10_000,
    123_456,
    999_999,
    1_000_000,
    12_345_678,
    2 ** 31,
    2 ** 32 + 0.5,
    987_654_321_012,
    999_999_999_999_999,
    1e15,
    1e21,
    2 ** 53,
    -1,
    -1234.6,
    -1e6,
    NaN,
    Infinity,
    -Infinity,
  ];
  test.each(values)('%s', (n) => {
    expect(count(n)).toBe(Math.round(n).toLocaleString('en-US'));
  });

  test('every whole number up to 100,000 and a spread of larger ones', () => {
    for (let n = 0; n <= 100_000; n++) expect(count(n)).toBe(n.toLocaleString('en-US'));
    for (let n = 100_001; n < 1e15; n = Math.floor(n * 1.37) + 11)
      expect(count(n)).toBe(n.toLocaleString('en-US'));
  });
});
