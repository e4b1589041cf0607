import { describe, expect, test } from 'vitest';
import { csvRow } from '../../../lib/dashboard/csv-rows';
import { buildRows } from '../../../lib/dashboard/rows';
import type { Offer } from '../../../lib/model/offer';
import {
  emptyOfferForm,
  offerErrorText,
  readOfferForm,
  workedExample,
} from '../../../lib/dashboard/offer-form';
import { campaignResults, conversionShares, roasBars } from '../../../lib/dashboard/results-view';
import { tiers, thresholds, entry, snap, record, hybrid, camp, result } from './build';

describe('offer form and worked example', () => {
  test.each([
    [hybrid, 6000, '$500 + 5% of $6,000 = $800'],
    [{ model: 'affiliate', commissionPct: 10, currency: 'USD' }, 6000, '10% of $6,000 = $600'],
    [{ model: 'flat', flatFee: 750, currency: 'USD' }, 6000, '$750 whatever the sales'],
    [
      { model: 'product', productValue: 60, commissionPct: 5, currency: 'USD' },
      1000,
      'product worth $60 + 5% of $1,000 = $110',
    ],
    [
      { model: 'hybrid', flatFee: 300, commissionPct: 3, currency: 'EUR' },
      1234.56,
      '€300 + 3% of €1,234.56 = €337.04',
    ],
    [hybrid, 0, '$500 + 5% of $0 = $500'],
    [
      { model: 'bonus', flatFee: 500, bonusAmount: 300, bonusTarget: 5000, currency: 'USD' },
      6000,
      '$500 + $300 bonus ($6,000 reaches the $5,000 target) = $800',
    ],
    [
      { model: 'bonus', flatFee: 500, bonusAmount: 300, bonusTarget: 5000, currency: 'USD' },
      4000,
      '$500, no bonus ($4,000 is below the $5,000 target) = $500',
    ],
  ] as [Offer, number, string][])('%o on %d', (offer, revenue, text) => {
    expect(workedExample(offer, revenue)).toMatchObject({ ok: true, text });
  });

  test('a bonus offer needs its fee, bonus and target; the target above 0', () => {
    const form = { ...emptyOfferForm('bonus'), flatFee: '500', commissionPct: '5' };
    expect(readOfferForm({ ...form, bonusAmount: '300', bonusTarget: '5000' })).toEqual({
      ok: true,
      offer: { model: 'bonus', flatFee: 500, bonusAmount: 300, bonusTarget: 5000, currency: 'USD' },
    });
    expect(readOfferForm(form)).toMatchObject({
      ok: false,
      errors: [
        { field: 'bonusAmount', message: 'needed for this kind of offer' },
        { field: 'bonusTarget', message: 'needed for this kind of offer' },
      ],
    });
    expect(readOfferForm({ ...form, bonusAmount: '300', bonusTarget: '0' })).toMatchObject({
      ok: false,
      errors: [{ field: 'bonusTarget', message: 'a sales amount above 0' }],
    });
  });

  test('the form keeps only the fields of its model and refuses text', () => {
    expect(
      readOfferForm({ ...emptyOfferForm('flat'), flatFee: '500', commissionPct: '5' }),
    ).toEqual({ ok: true, offer: { model: 'flat', flatFee: 500, currency: 'USD' } });
    expect(
      readOfferForm({ ...emptyOfferForm('hybrid'), flatFee: '1,500', commissionPct: '' }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'flatFee', message: 'write a plain number such as 500 or 4.5' },
        { field: 'commissionPct', message: 'needed for this kind of offer' },
      ],
    });
    expect(readOfferForm({ ...emptyOfferForm('affiliate'), commissionPct: '101' }).ok).toBe(false);
  });

  test('what is wrong is said with the form’s own field names, never ids or schema messages', () => {
    const read = readOfferForm({
      ...emptyOfferForm('hybrid'),
      flatFee: '',
      commissionPct: '5',
      currency: 'euro',
      postsCount: '0',
    });
    expect(read.ok).toBe(false);
    const text = read.ok ? '' : offerErrorText(read.errors);
    expect(text).toBe('Flat fee: needed for this kind of offer');
    const schema = readOfferForm({
      ...emptyOfferForm('affiliate'),
      commissionPct: '5',
      currency: 'euro',
      postsCount: '0',
    });
    const said = schema.ok ? '' : offerErrorText(schema.errors);
    expect(said).toBe(
      'Currency: a three-letter currency code such as USD or EUR; Posts: a whole number of posts, 1 or more',
    );
    expect(said).not.toMatch(/[a-z][A-Z]|Invalid|expected/);
  });
});

describe('campaign results', () => {
  const records = [
    record('ann', { campaigns: [entry('a', { results: result(60, 6000) })] }),
    record('bob', {
      campaigns: [
        entry('a', {
          results: result(10, 1000, 1000),
          offerOverride: { model: 'flat', flatFee: 50, currency: 'USD' },
        }),
      ],
    }),
    record('cat', { campaigns: [entry('a')] }),
    record('dan', { campaigns: [entry('b', { results: result(99, 9999) })] }),
  ];

  test('payment comes from the override, else the creator’s offer, else the campaign’s', () => {
    const view = campaignResults(records, camp('a'), thresholds);
    expect(view.lines.map((l) => [l.handle, l.spend, l.payment.source, l.roas])).toEqual([
      ['ann', 800, 'offer', 7.5],
      ['bob', 1000, 'override', 1],
      ['cat', null, 'none', null],
    ]);
    expect(view.report.totals).toMatchObject({ spend: 1800, revenue: 7000, conversions: 70 });
    expect(view.matchers.map((m) => m.key)).toEqual([
      'instagram:ann',
      'instagram:bob',
      'instagram:cat',
    ]);
    expect(roasBars(view.lines)).toEqual({
      bars: [
        { label: '@ann', value: 7.5 },
        { label: '@bob', value: 1 },
      ],
      without: 1,
    });
    expect(conversionShares(view.lines).map((b) => b.value)).toEqual([60, 10]);
  });

  test('the engagement drop uses the snapshots since the campaign start', () => {
    const dropping = record('eve', {
      campaigns: [entry('a')],
      snapshots: [
        snap('2026-03-01T00:00:00.000Z', 1, 0.06),
        snap('2026-03-15T00:00:00.000Z', 1, 0.02),
      ],
    });
    expect(campaignResults([dropping], camp('a'), thresholds).lines[0]!.drop.alert).toBe(true);
    const later = { ...camp('a'), startsOn: '2026-03-10' };
    expect(campaignResults([dropping], later, thresholds).lines[0]!.drop.alert).toBe(false);
  });

  test('the CSV row carries the results and the payment', () => {
    const [row] = buildRows([records[0]!], [camp('a')], tiers, { kind: 'all' }, null);
    expect(csvRow(row!, new Map([['a', camp('a')]]))).toMatchObject({
      payment: 800,
      roas: 7.5,
      revenue: 6000,
      campaign: 'Campaign a',
    });
  });
});
