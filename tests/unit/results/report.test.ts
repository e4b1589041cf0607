import { describe, expect, test } from 'vitest';
import { Offer } from '../../../lib/model/offer';
import { CampaignResult } from '../../../lib/model/results';
import { buildReport, reportInputFromResult, totalsOf } from '../../../lib/results/report';
import type { ReportInput } from '../../../lib/results/report';

const row = (
  handle: string,
  spend: number | null,
  revenue: number | null,
  conversions: number | null,
  clicks: number | null,
  impressions: number | null = null,
): ReportInput => ({ key: handle, handle, spend, revenue, conversions, clicks, impressions });

describe('buildReport', () => {
  const report = buildReport([
    row('jane', 800, 6000, 60, 1200, 40_000),
    row('omar', 500, 2000, 25, 500, 20_000),
    row('lee', 500, 400, 5, 250, null),
    row('gift', 0, 900, 10, 100, 5000),
    row('kim', 300, 150, 0, 0, 8000),
  ]);

  test('per creator ratios and groups, in input order', () => {
    expect(
      report.creators.map(({ handle, roas, cpa, cvr, ctr, group }) => ({
        handle,
        roas,
        cpa,
        cvr,
        ctr,
        group,
      })),
    ).toEqual([
      { handle: 'jane', roas: 7.5, cpa: 800 / 60, cvr: 0.05, ctr: 0.03, group: 'top' },
      { handle: 'omar', roas: 4, cpa: 20, cvr: 0.05, ctr: 0.025, group: 'middle' },
      { handle: 'lee', roas: 0.8, cpa: 100, cvr: 0.02, ctr: null, group: 'bottom' },
      { handle: 'gift', roas: null, cpa: 0, cvr: 0.1, ctr: 0.02, group: 'middle' },
      { handle: 'kim', roas: 0.5, cpa: null, cvr: null, ctr: 0, group: 'bottom' },
    ]);
  });

  test('totals sum what is known and count what is missing', () => {
    expect(report.totals).toMatchObject({
      creators: 5,
      spend: 2100,
      revenue: 9450,
      conversions: 100,
      clicks: 2050,
      impressions: 73_000,
      missing: { impressions: 1, clicks: 0, conversions: 0, revenue: 0, spend: 0 },
    });
  });

  test('total ratios use only the creators that have both sides', () => {
    // CTR leaves out lee (no impressions): 1800 clicks over 73,000 impressions.
    expect(report.totals.ctr).toBeCloseTo(1800 / 73_000);
    expect(report.totals.cvr).toBeCloseTo(100 / 2050);
    expect(report.totals.cpa).toBeCloseTo(2100 / 100);
    expect(report.totals.roas).toBeCloseTo(9450 / 2100);
    // gift (nothing paid, ROAS null) is unranked: jane's 60 of the ranked 90 conversions.
    expect(report.topConversionShare).toBeCloseTo(60 / 90);
  });

  test('an empty campaign has null totals, not zeros or NaN', () => {
    expect(buildReport([])).toEqual({
      creators: [],
      totals: {
        creators: 0,
        impressions: null,
        clicks: null,
        conversions: null,
        revenue: null,
        spend: null,
        ctr: null,
        cvr: null,
        cpa: null,
        roas: null,
        missing: { impressions: 0, clicks: 0, conversions: 0, revenue: 0, spend: 0 },
        problems: [],
      },
      topConversionShare: null,
    });
  });

  test.each([
    [
      'all zero',
      [row('a', 0, 0, 0, 0, 0)],
      { spend: 0, roas: null, cpa: null, cvr: null, ctr: null },
    ],
    ['all missing', [row('a', null, null, null, null)], { spend: null, roas: null, cpa: null }],
    [
      'money totals are rounded to cents',
      [row('a', 0.1, 1, 1, 1), row('b', 0.2, 1, 1, 1)],
      { spend: 0.3 },
    ],
  ])('totals: %s', (_name, inputs, expected) => {
    expect(totalsOf(inputs)).toMatchObject(expected);
  });
});

describe('reportInputFromResult', () => {
  const result = (fields: Partial<CampaignResult>): CampaignResult =>
    CampaignResult.parse({
      impressions: 10_000,
      clicks: 300,
      conversions: 30,
      revenue: 6000,
      paymentOverride: null,
      basis: 'code',
      byBasis: [],
      updatedAt: '2026-03-01T00:00:00Z',
      ...fields,
    });
  const hybrid = Offer.parse({ model: 'hybrid', flatFee: 500, commissionPct: 5 });

  test('spend is what the offer computes', () => {
    const input = reportInputFromResult('ig:jane', 'jane', result({}), hybrid);
    expect(input).toMatchObject({ key: 'ig:jane', handle: 'jane', spend: 800, revenue: 6000 });
    expect(input.payment.source).toBe('offer');
  });

  test('the override wins', () => {
    const input = reportInputFromResult(
      'ig:jane',
      'jane',
      result({ paymentOverride: 700 }),
      hybrid,
    );
    expect(input.spend).toBe(700);
    expect(input.payment.source).toBe('override');
  });

  test('no offer and no override: spend null, so CPA and ROAS are null too', () => {
    const input = reportInputFromResult('ig:jane', 'jane', result({}), null);
    expect(input.spend).toBeNull();
    expect(buildReport([input]).creators[0]).toMatchObject({ roas: null, cpa: null, cvr: 0.1 });
  });
});
