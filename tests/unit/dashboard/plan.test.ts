import { describe, expect, test } from 'vitest';
import { fillFromTemplate, planToForm, readPlanForm } from '../../../lib/dashboard/plan-form';
import { memberCosts, planProgress } from '../../../lib/dashboard/plan-view';
import { campaignResults } from '../../../lib/dashboard/results-view';
import type { CampaignPlan } from '../../../lib/model/plan';
import { T, camp, entry, record, thresholds } from './build';

const plan: CampaignPlan = {
  objective: 'sales',
  objectiveNote: null,
  kpis: [
    { metric: 'conversions', target: 100 },
    { metric: 'cpa', target: 30 },
    { metric: 'ctr', target: 0.015 },
  ],
  budget: {
    total: 20_000,
    currency: 'USD',
    lines: [
      { part: 'creator-payments', amount: 12_000 },
      { part: 'commission-pool', amount: 3_000 },
    ],
  },
  creators: { min: 10, max: 20 },
};

describe('the plan form', () => {
  test('a new plan starts as sales with its KPIs and 10–20 creators', () => {
    const form = planToForm(null);
    expect(form.kpis.map((k) => k.metric)).toEqual(['conversions', 'cpa', 'roas']);
    expect([form.creatorsMin, form.creatorsMax]).toEqual(['10', '20']);
  });

  test('a stored plan reads back the same (percentages shown as typed)', () => {
    const form = planToForm(plan);
    expect(form.kpis.find((k) => k.metric === 'ctr')?.target).toBe('1.5');
    expect(readPlanForm(form)).toEqual({ ok: true, plan });
  });

  test('the template splits the typed total', () => {
    const form = fillFromTemplate({ ...planToForm(null), total: '20000' });
    expect(form.lines).toEqual({
      'creator-payments': '12000',
      'commission-pool': '3000',
      'content-licensing': '2000',
      tools: '1000',
      buffer: '2000',
    });
    expect(fillFromTemplate({ ...planToForm(null), total: 'lots' }).lines['tools']).toBe('');
  });

  test.each([
    [{ kpis: [{ metric: 'cpa', target: '' }] }, 'enter a target or remove the row'],
    [{ kpis: [{ metric: 'cpa', target: '1,000' }] }, 'write a plain number'],
    [{ kpis: [{ metric: 'ctr', target: '150' }] }, 'at most 100%'],
    [
      {
        kpis: [
          { metric: 'cpa', target: '3' },
          { metric: 'cpa', target: '4' },
        ],
      },
      'listed twice',
    ],
    [{ creatorsMin: '20', creatorsMax: '10' }, 'the least not above the most'],
    [{ creatorsMin: '2.5', creatorsMax: '10' }, 'whole numbers'],
    [{ creatorsMin: '', creatorsMax: '10' }, 'give both'],
    [{ total: '', lines: { ...planToForm(null).lines, tools: '500' } }, 'enter the total'],
    [{ total: '100', currency: 'dollars' }, 'three-letter code'],
  ] as const)('%j is refused: %s', (patch, message) => {
    const read = readPlanForm({ ...planToForm(null), kpis: [], ...patch } as never);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.join(' ')).toContain(message);
  });
});

describe('the plan against the campaign', () => {
  const campaign = { ...camp('c1'), plan };
  const result = (conversions: number, revenue: number) => ({
    impressions: 100_000,
    clicks: 2_000,
    conversions,
    revenue,
    paymentOverride: null,
    basis: 'hand' as const,
    byBasis: [],
    updatedAt: T,
  });
  const records = [
    record('ann', { campaigns: [entry('c1', { status: 'live', results: result(40, 6000) })] }),
    record('bob', { campaigns: [entry('c1', { status: 'signed' })] }),
    record('cat', { campaigns: [entry('c1', { status: 'shortlisted' })] }),
    record('dan', { campaigns: [entry('c1', { status: 'declined' })] }),
    record('eve', { campaigns: [entry('other', { status: 'signed' })] }),
  ];

  test('each member’s fee and what their results say is owed, from the offer in force', () => {
    expect(memberCosts(records, campaign)).toEqual([
      { status: 'live', fixed: 500, owed: 800, commission: 300 },
      { status: 'signed', fixed: 500, owed: null, commission: null },
      { status: 'shortlisted', fixed: 500, owed: null, commission: null },
      { status: 'declined', fixed: 500, owed: null, commission: null },
    ]);
  });

  test('budget, creators and KPIs from the same figures as the results view', () => {
    const totals = campaignResults(records, campaign, thresholds).report.totals;
    const progress = planProgress(records, campaign, totals)!;
    expect(progress.creators).toEqual({ count: 3, state: 'below', min: 10, max: 20 });
    expect(progress.budget).toMatchObject({
      committed: { creators: 2, amount: 1300 },
      spent: { creators: 1, amount: 800 },
      inTalks: { creators: 1, amount: 500 },
      left: 18_700,
    });
    expect(progress.kpis.map((k) => [k.metric, k.actual, k.state])).toEqual([
      ['conversions', 40, 'behind'],
      ['cpa', 20, 'met'],
      ['ctr', 0.02, 'met'],
    ]);
  });

  test('a campaign without a plan has no progress', () => {
    const totals = campaignResults(records, camp('c1'), thresholds).report.totals;
    expect(planProgress(records, camp('c1'), totals)).toBeNull();
  });
});
