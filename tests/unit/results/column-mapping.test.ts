import { describe, expect, test } from 'vitest';
import {
  ColumnMapping,
  guessColumnMapping,
  headerSignature,
  missingColumns,
} from '../../../lib/results/column-mapping';
import { columnSynonyms, normalizeHeader } from '../../../lib/results/column-synonyms';
import { parseCsvTable } from '../../../lib/results/csv-table';
import { fixture } from './fixtures';

const headersOf = (name: string) => parseCsvTable(fixture(name))!.headers;

describe('guessColumnMapping', () => {
  test('a Shopify discount report: code, orders, net sales (not total sales with taxes)', () => {
    expect(guessColumnMapping(headersOf('shopify-sales-by-discount-synthetic.csv'))).toEqual({
      version: 1,
      columns: { code: 'Discount code', conversions: 'Orders', revenue: 'Net sales' },
      decimal: '.',
    });
  });

  test('a GA4 utm_content export: ad content as link, sessions as clicks, purchases before key events', () => {
    expect(guessColumnMapping(headersOf('ga4-traffic-by-utm-content-synthetic.csv'))).toEqual({
      version: 1,
      columns: {
        link: 'Session manual ad content',
        clicks: 'Sessions',
        conversions: 'Ecommerce purchases',
        revenue: 'Total revenue',
      },
      decimal: '.',
    });
  });

  test('the CLI report format maps one to one', () => {
    expect(guessColumnMapping(headersOf('campaign-results-synthetic.csv')).columns).toEqual({
      handle: 'handle',
      code: 'code',
      spend: 'spend',
      revenue: 'revenue',
      conversions: 'conversions',
      clicks: 'clicks',
      impressions: 'impressions',
    });
  });

  test('unknown headers are left for the user: the guess does not validate', () => {
    const guess = guessColumnMapping(headersOf('sheet-semicolon-decimal-comma-synthetic.csv'));
    expect(guess.columns).toEqual({ handle: 'Creator', code: 'Code' });
    expect(ColumnMapping.safeParse(guess).success).toBe(false);
  });

  test.each([
    [['Revenue (USD)', 'Handle'], { handle: 'Handle', revenue: 'Revenue (USD)' }],
    [['utm_content', 'CLICKS'], { link: 'utm_content', clicks: 'CLICKS' }],
    [['Coupon', 'Total Sales ($)'], { code: 'Coupon', revenue: 'Total Sales ($)' }],
    [['Sales', 'Net sales'], { revenue: 'Net sales' }],
    [['Sessions', 'Clicks'], { clicks: 'Clicks' }],
    [[], {}],
  ])('%j', (headers, columns) => {
    expect(guessColumnMapping(headers).columns).toEqual(columns);
  });

  test('a header feeds one field at most', () => {
    const { columns } = guessColumnMapping(['code', 'code']);
    expect(Object.values(columns)).toEqual(['code']);
  });
});

describe('ColumnMapping', () => {
  test('round-trips a stored mapping and defaults the decimal separator', () => {
    const stored = { version: 1, columns: { code: 'Discount code', revenue: 'Net sales' } };
    expect(ColumnMapping.parse(stored)).toEqual({ ...stored, decimal: '.' });
  });

  test.each([
    ['no identifier column', { version: 1, columns: { revenue: 'Net sales' } }],
    ['no value column', { version: 1, columns: { code: 'Code' } }],
    ['an unknown field', { version: 1, columns: { code: 'Code', orders: 'Orders' } }],
    ['an empty header', { version: 1, columns: { code: '', revenue: 'Net sales' } }],
    ['another version', { version: 2, columns: { code: 'Code', revenue: 'Net sales' } }],
    ['a bad decimal', { version: 1, columns: { code: 'C', revenue: 'R' }, decimal: ' ' }],
  ])('rejects %s', (_name, value) => {
    expect(ColumnMapping.safeParse(value).success).toBe(false);
  });
});

describe('remembering a mapping', () => {
  test('the signature ignores case and punctuation but not order', () => {
    expect(headerSignature(['Discount code', 'Net sales ($)'])).toBe(
      headerSignature(['discount_code', 'NET SALES']),
    );
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
  });

  test('lists mapped columns a file does not have', () => {
    const mapping = ColumnMapping.parse({
      version: 1,
      columns: { code: 'Discount code', revenue: 'Net sales', clicks: 'Sessions' },
    });
    expect(missingColumns(mapping, ['Discount code', 'Net sales'])).toEqual([
      { field: 'clicks', column: 'Sessions' },
    ]);
  });
});

describe('column synonyms data', () => {
  test.each(Object.entries(columnSynonyms))('%s synonyms are normalized and unique', (_f, list) => {
    expect(list.map(normalizeHeader)).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
  });

  test('no synonym belongs to two fields', () => {
    const all = Object.values(columnSynonyms).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
