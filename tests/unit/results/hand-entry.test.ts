import { describe, expect, test } from 'vitest';
import { CampaignResult } from '../../../lib/model/results';
import { readResultForm } from '../../../lib/results/hand-entry';

const at = '2026-03-20T12:00:00Z';

describe('readResultForm', () => {
  test('reads every field; the result passes the stored schema', () => {
    const read = readResultForm(
      {
        impressions: '40,000',
        clicks: '1200',
        conversions: '60',
        revenue: '$6,000.00',
        paymentOverride: '',
      },
      at,
    );
    expect(read).toEqual({
      ok: true,
      result: {
        impressions: 40000,
        clicks: 1200,
        conversions: 60,
        revenue: 6000,
        paymentOverride: null,
        basis: 'hand',
        byBasis: [],
        updatedAt: at,
      },
    });
    if (read.ok) expect(CampaignResult.safeParse(read.result).success).toBe(true);
  });

  const imported: CampaignResult = {
    impressions: null,
    clicks: 810,
    conversions: 37,
    revenue: 2960,
    paymentOverride: null,
    basis: 'link',
    byBasis: [{ basis: 'link', clicks: 810, conversions: 37, revenue: 2960, from: 'ga4.csv', at }],
    updatedAt: at,
  };
  test.each([
    ['conversions retyped', { conversions: '40', revenue: '2960' }, 'hand'],
    ['revenue retyped', { conversions: '37', revenue: '3000' }, 'hand'],
    [
      'only the payment typed',
      { conversions: '37', revenue: '2960', paymentOverride: '500' },
      'link',
    ],
  ] as const)('%s: the basis becomes %s; the imports kept per basis stay', (_, form, basis) => {
    const read = readResultForm({ clicks: '810', ...form }, at, '.', imported);
    expect(read.ok && read.result.basis).toBe(basis);
    expect(read.ok && read.result.byBasis).toEqual(imported.byBasis);
  });

  test('an empty form is all null, not zero', () => {
    expect(readResultForm({}, at)).toMatchObject({
      ok: true,
      result: {
        impressions: null,
        clicks: null,
        conversions: null,
        revenue: null,
        paymentOverride: null,
      },
    });
  });

  test('a zero is a zero', () => {
    expect(readResultForm({ conversions: '0' }, at)).toMatchObject({
      ok: true,
      result: { conversions: 0 },
    });
  });

  test('decimal commas when the user writes them', () => {
    expect(readResultForm({ revenue: '4.398,50' }, at, ',')).toMatchObject({
      ok: true,
      result: { revenue: 4398.5 },
    });
  });

  test('names each bad field', () => {
    expect(readResultForm({ clicks: 'many', revenue: '-5', paymentOverride: '800' }, at)).toEqual({
      ok: false,
      errors: [
        { field: 'clicks', message: 'not a number "many"' },
        { field: 'revenue', message: 'negative amount "-5"' },
      ],
    });
  });
});
