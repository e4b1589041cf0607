import { describe, expect, test } from 'vitest';
import type { CampaignResult } from '../../../lib/model/results';
import { applyImport, basisOfRows, guessImportBasis } from '../../../lib/results/import-results';

describe('applyImport', () => {
  const stored: CampaignResult = {
    impressions: 40_000,
    clicks: 1100,
    conversions: 50,
    revenue: 5000,
    paymentOverride: null,
    basis: 'hand',
    byBasis: [],
    updatedAt: '2026-03-10T00:00:00Z',
  };
  const at = '2026-04-01T09:00:00Z';

  test('replaces only the columns the file brings', () => {
    expect(
      applyImport(
        stored,
        { key: 'k', values: { conversions: 58, revenue: 4113 }, lines: [2], via: ['code'] },
        at,
      ),
    ).toEqual({
      ...stored,
      conversions: 58,
      revenue: 4113,
      paymentFrom: null,
      basis: 'code',
      byBasis: [
        {
          basis: 'code',
          clicks: null,
          conversions: 58,
          revenue: 4113,
          from: 'an imported file',
          at,
        },
      ],
      updatedAt: at,
    });
  });

  test('an empty cell keeps the stored value; an imported spend is the payment override, with its file', () => {
    const imported = applyImport(
      stored,
      { key: 'k', values: { clicks: null, spend: 650 }, lines: [2], via: ['handle'] },
      at,
      'payouts-march.csv',
    );
    expect(imported).toEqual({
      ...stored,
      paymentOverride: 650,
      paymentFrom: 'payouts-march.csv',
      basis: 'hand',
      byBasis: [],
      updatedAt: at,
    });
    // A later file without a spend column keeps the payment and where it came from.
    expect(
      applyImport(
        imported,
        { key: 'k', values: { clicks: 9 }, lines: [2], via: ['code'] },
        at,
        'ga4.csv',
      ),
    ).toMatchObject({ paymentOverride: 650, paymentFrom: 'payouts-march.csv', clicks: 9 });
  });

  test('a creator without a stored result starts from nulls', () => {
    expect(
      applyImport(undefined, { key: 'k', values: { clicks: 10 }, lines: [2], via: ['link'] }, at),
    ).toEqual({
      impressions: null,
      clicks: 10,
      conversions: null,
      revenue: null,
      paymentOverride: null,
      paymentFrom: null,
      // Clicks alone say nothing of conversions: the basis stays unstated, the link's clicks kept.
      basis: 'unknown',
      byBasis: [
        {
          basis: 'link',
          clicks: 10,
          conversions: null,
          revenue: null,
          from: 'an imported file',
          at,
        },
      ],
      updatedAt: at,
    });
  });

  test('a code file then a link file: the figures in use are the latest, both kept apart', () => {
    const shop = applyImport(
      stored,
      { key: 'k', values: { conversions: 52, revenue: 4160 }, lines: [2], via: ['code'] },
      '2026-04-01T09:00:00Z',
      'shopify.csv',
      'code',
    );
    const ga4 = applyImport(
      shop,
      {
        key: 'k',
        values: { clicks: 810, conversions: 37, revenue: 2960 },
        lines: [5],
        via: ['link'],
      },
      '2026-04-02T09:00:00Z',
      'ga4.csv',
      'link',
    );
    expect(ga4).toMatchObject({ clicks: 810, conversions: 37, revenue: 2960, basis: 'link' });
    expect(ga4.byBasis).toEqual([
      {
        basis: 'code',
        clicks: null,
        conversions: 52,
        revenue: 4160,
        from: 'shopify.csv',
        at: '2026-04-01T09:00:00Z',
      },
      {
        basis: 'link',
        clicks: 810,
        conversions: 37,
        revenue: 2960,
        from: 'ga4.csv',
        at: '2026-04-02T09:00:00Z',
      },
    ]);
    // A newer code file replaces the code side only.
    const again = applyImport(
      ga4,
      { key: 'k', values: { conversions: 55 }, lines: [2], via: ['code'] },
      '2026-04-03T09:00:00Z',
      'shopify-2.csv',
      'code',
    );
    expect(again.byBasis.map((f) => [f.basis, f.conversions, f.revenue, f.from])).toEqual([
      ['code', 55, 4160, 'shopify-2.csv'],
      ['link', 37, 2960, 'ga4.csv'],
    ]);
    expect(again.basis).toBe('code');
  });

  test('a file by handle counts by handle and is kept out of the comparison', () => {
    const sheet = applyImport(
      stored,
      { key: 'k', values: { conversions: 9 }, lines: [2], via: ['handle'] },
      at,
    );
    expect([sheet.basis, sheet.byBasis]).toEqual(['handle', []]);
  });
});

describe('the basis of a file', () => {
  const mapping = (columns: Record<string, string>) => ({
    version: 1 as const,
    columns,
    decimal: '.' as const,
  });
  test.each([
    ['a discount code column alone', { code: 'Discount code', revenue: 'Net sales' }, 'code'],
    [
      'a utm_content column alone',
      { link: 'Session manual ad content', clicks: 'Sessions' },
      'link',
    ],
    ['a handle column alone', { handle: 'Creator', conversions: 'Orders' }, 'handle'],
    ['a code and a link column', { code: 'Code', link: 'utm_content' }, null],
  ])('%s: %s', (_, columns, basis) => {
    expect(guessImportBasis(mapping(columns))).toBe(basis);
  });

  test.each([
    [['code'], 'code'],
    [['link'], 'link'],
    [['handle'], 'handle'],
    [['code', 'link'], 'unknown'],
    [['code', 'handle'], 'handle'],
  ] as const)('rows matched by %j count by %s', (via, basis) => {
    expect(basisOfRows(via)).toBe(basis);
  });
});
