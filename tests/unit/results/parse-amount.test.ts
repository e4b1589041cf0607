import { describe, expect, test } from 'vitest';
import { parseAmount, type DecimalSeparator } from '../../../lib/results/parse-amount';

describe('parseAmount', () => {
  test.each<[string, DecimalSeparator, number | null]>([
    ['0', '.', 0],
    ['12', '.', 12],
    ['1234.5', '.', 1234.5],
    ['1,234.50', '.', 1234.5],
    ['1,234,567', '.', 1234567],
    ['$1,234.50', '.', 1234.5],
    ['USD 12.00', '.', 12],
    ['12.00 EUR', '.', 12],
    ['£7', '.', 7],
    ['1 234.5', '.', 1234.5],
    ['1\u202f234', '.', 1234],
    ["1'234.5", '.', 1234.5],
    ['1.2E+03', '.', 1200],
    ['0.658', '.', 0.658],
    ['1.234', '.', 1.234],
    ['1.234', ',', 1234],
    ['1.234,50', ',', 1234.5],
    ['4.398,50', ',', 4398.5],
    ['1,5', ',', 1.5],
    ['1 234,5', ',', 1234.5],
    ['€ 1.234,56', ',', 1234.56],
    ['', '.', null],
    ['   ', '.', null],
  ])('%j with decimal %j is %s', (cell, decimal, value) => {
    expect(parseAmount(cell, decimal)).toEqual({ ok: true, value });
  });

  test.each<[string, DecimalSeparator, RegExp]>([
    ['abc', '.', /not a number/],
    ['twenty-five', '.', /not a number/],
    ['1,5', '.', /not a number/],
    ['1,23,456', '.', /not a number/],
    ['1.234,5', '.', /not a number/],
    ['1,234.5', ',', /not a number/],
    ['12..5', '.', /not a number/],
    ['n/a', '.', /not a number/],
    ['—', '.', /not a number/],
    ['Infinity', '.', /not a number/],
    ['0x10', '.', /not a number/],
    ['-3', '.', /negative/],
    ['-$3.00', '.', /negative/],
    ['$-3.00', '.', /negative/],
    ['(120.00)', '.', /negative/],
    ['5%', '.', /percentage/],
    ['9007199254740992', '.', /too large to count exactly/],
    ['$12,345,678,901,234,567.00', '.', /too large to count exactly/],
    ['1e20', '.', /too large to count exactly/],
  ])('%j with decimal %j is an error', (cell, decimal, message) => {
    const parsed = parseAmount(cell, decimal);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toContain(cell.trim());
    }
  });

  test('the largest exactly countable amount is read', () => {
    expect(parseAmount('9,007,199,254,740,991')).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    });
  });
});
