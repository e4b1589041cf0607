import { describe, expect, test } from 'vitest';
import { ColumnMapping, guessColumnMapping } from '../../../lib/results/column-mapping';
import { parseCsvTable } from '../../../lib/results/csv-table';
import { importResults } from '../../../lib/results/import-results';
import { formatRowError } from '../../../lib/results/import-rows';
import type { MatchCreator } from '../../../lib/results/match-rows';
import { fixture } from './fixtures';

const creators: MatchCreator[] = [
  {
    key: 'ig:jane_paints',
    handle: 'jane_paints',
    code: 'JANE15',
    link: 'https://acmepaints.com/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring&utm_content=jane_paints',
  },
  {
    key: 'tt:omar-draws',
    handle: 'omar-draws',
    code: 'OMAR10',
    link: 'https://acmepaints.com/kit?utm_content=omar-draws',
  },
  {
    key: 'ig:lee_sketches',
    handle: 'lee_sketches',
    code: 'LEE-ART',
    link: 'https://acmepaints.com/kit?utm_content=lee_sketches',
  },
  { key: 'ig:kim_paints', handle: 'kim_paints', code: 'KIM5', link: null },
];

function guessed(name: string) {
  return ColumnMapping.parse(guessColumnMapping(parseCsvTable(fixture(name))!.headers));
}

describe('importResults: Shopify sales by discount', () => {
  const outcome = importResults(
    fixture('shopify-sales-by-discount-synthetic.csv'),
    guessed('shopify-sales-by-discount-synthetic.csv'),
    creators,
  );

  test('sums orders and net sales per creator code, any case', () => {
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.creators).toEqual([
      {
        key: 'ig:jane_paints',
        values: { conversions: 58, revenue: 4113 },
        lines: [2],
        via: ['code'],
      },
      {
        key: 'tt:omar-draws',
        values: { conversions: 21, revenue: 1701.45 },
        lines: [3],
        via: ['code'],
      },
      {
        key: 'ig:lee_sketches',
        values: { conversions: 4, revenue: 270 },
        lines: [4],
        via: ['code'],
      },
      { key: 'ig:kim_paints', values: { conversions: 0, revenue: 0 }, lines: [6], via: ['code'] },
    ]);
  });

  test('lists the shop-wide codes as unmatched, with their lines', () => {
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    expect(outcome.unmatched.map((u) => [u.row.line, u.row.ids.code, u.reason])).toEqual([
      [5, 'WELCOME10', 'no-match'],
      [7, 'FREESHIP', 'no-match'],
    ]);
  });
});

describe('importResults: GA4 traffic by utm_content', () => {
  const outcome = importResults(
    fixture('ga4-traffic-by-utm-content-synthetic.csv'),
    guessed('ga4-traffic-by-utm-content-synthetic.csv'),
    creators,
  );

  test('matches utm_content to the creators’ tracked links, after the # preamble', () => {
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.creators).toEqual([
      {
        key: 'ig:jane_paints',
        values: { clicks: 1284, conversions: 57, revenue: 4398.5 },
        lines: [11],
        via: ['link'],
      },
      {
        key: 'tt:omar-draws',
        values: { clicks: 602, conversions: 20, revenue: 1690.45 },
        lines: [12],
        via: ['link'],
      },
      {
        key: 'ig:lee_sketches',
        values: { clicks: 247, conversions: 4, revenue: 268 },
        lines: [13],
        via: ['link'],
      },
    ]);
  });

  test('(not set), the newsletter and the grand total are listed, not dropped', () => {
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    expect(outcome.unmatched.map((u) => [u.row.line, u.row.ids.link])).toEqual([
      [14, '(not set)'],
      [15, 'spring_newsletter'],
    ]);
    expect(outcome.skipped.map((s) => [s.line, s.reason])).toEqual([[16, 'total-row']]);
  });
});

describe('importResults: a German sheet mapped by hand', () => {
  const mapping = ColumnMapping.parse({
    version: 1,
    columns: {
      handle: 'Creator',
      code: 'Code',
      clicks: 'Klicks',
      conversions: 'Bestellungen',
      revenue: 'Umsatz (EUR)',
      spend: 'Honorar (EUR)',
    },
    decimal: ',',
  });

  test('reads ; and decimal commas; an empty fee cell is null', () => {
    const outcome = importResults(
      fixture('sheet-semicolon-decimal-comma-synthetic.csv'),
      mapping,
      creators,
    );
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.creators.map((c) => [c.key, c.values])).toEqual([
      ['ig:jane_paints', { clicks: 1284, conversions: 57, revenue: 4398.5, spend: 800 }],
      ['tt:omar-draws', { clicks: 602, conversions: 20, revenue: 1690.45, spend: 500 }],
      ['ig:lee_sketches', { clicks: 247, conversions: 4, revenue: 268, spend: null }],
    ]);
    expect(outcome.unmatched).toEqual([]);
  });

  test('the same sheet read with the wrong decimal separator fails, it is not misread', () => {
    const outcome = importResults(
      fixture('sheet-semicolon-decimal-comma-synthetic.csv'),
      { ...mapping, decimal: '.' },
      creators,
    );
    expect(outcome.status).toBe('invalid');
  });
});

describe('importResults: a sheet with bad rows', () => {
  const text = fixture('creator-sheet-bad-rows-synthetic.csv');
  const outcome = importResults(text, guessed('creator-sheet-bad-rows-synthetic.csv'), creators);

  test('reports every bad cell with its physical line and field, and imports nothing', () => {
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.errors.map(formatRowError)).toEqual([
      'line 3: conversions: not a number "twenty-five"',
      'line 6: spend: negative amount "-650"',
    ]);
    expect(outcome).not.toHaveProperty('creators');
  });
});

describe('importResults: structural problems', () => {
  const mapping = ColumnMapping.parse({
    version: 1,
    columns: { code: 'Discount code', revenue: 'Net sales' },
  });

  test.each([
    ['an empty file', '', ['line 1: no header row']],
    [
      'a mapped column missing',
      '# x\nDiscount code,Total sales\nA,1\n',
      ['line 2: revenue (Net sales): no column "Net sales"'],
    ],
    [
      'a short row',
      'Discount code,Net sales,Orders\nJANE15,1\n',
      ['line 2: 2 cells where the header has 3'],
    ],
    [
      'an unterminated quote',
      'Discount code,Net sales\nJANE15,"12\n',
      ['line 2: Quoted field unterminated'],
    ],
  ])('%s', (_name, text, errors) => {
    const outcome = importResults(text, mapping, creators);
    expect(outcome.status === 'invalid' && outcome.errors.map(formatRowError)).toEqual(errors);
  });

  test('a stray comma at the end of a row is harmless', () => {
    const outcome = importResults('Discount code,Net sales\nJANE15,12,\n', mapping, creators);
    expect(outcome.status === 'ok' && outcome.creators[0]!.values).toEqual({ revenue: 12 });
  });

  test('several rows of one creator are summed', () => {
    const outcome = importResults(
      'Discount code,Net sales\nJANE15,12.10\njane15,0.20\nJANE15,\n',
      mapping,
      creators,
    );
    expect(outcome.status === 'ok' && outcome.creators).toEqual([
      { key: 'ig:jane_paints', values: { revenue: 12.3 }, lines: [2, 3, 4], via: ['code'] },
    ]);
  });
});
