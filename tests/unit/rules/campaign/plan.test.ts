import { describe, expect, test } from 'vitest';
import type { PipelineStatus } from '../../../../lib/model/creator';
import type { Budget } from '../../../../lib/model/plan';
import { budgetFromTemplate, linesGap } from '../../../../lib/rules/campaign/budget-template';
import {
  budgetStage,
  budgetUse,
  creatorsAgainstTarget,
  type MemberCost,
} from '../../../../lib/rules/campaign/budget-use';
import { kpiProgress, type KpiActuals } from '../../../../lib/rules/campaign/kpi-progress';

describe('the budget template', () => {
  test('the method’s $20,000 example splits into its five lines', () => {
    expect(budgetFromTemplate(20_000)).toEqual([
      { part: 'creator-payments', amount: 12_000 },
      { part: 'commission-pool', amount: 3_000 },
      { part: 'content-licensing', amount: 2_000 },
      { part: 'tools', amount: 1_000 },
      { part: 'buffer', amount: 2_000 },
    ]);
  });

  test.each([0, 1, 999, 12_345, 20_000, 7_777.77, 1e9])(
    'the lines of %d always add up to the total',
    (total) => {
      expect(linesGap(total, budgetFromTemplate(total))).toBe(0);
      expect(budgetFromTemplate(total).every((l) => l.amount >= 0)).toBe(true);
    },
  );

  test.each([-1, Number.NaN, Infinity])('%d gives no lines', (total) => {
    expect(budgetFromTemplate(total)).toEqual([]);
  });

  test('lines above the total show as a positive gap', () => {
    expect(linesGap(1000, [{ part: 'tools', amount: 1200 }])).toBe(200);
    expect(linesGap(1000, [{ part: 'tools', amount: 400 }])).toBe(-600);
  });
});

const m = (
  status: PipelineStatus,
  fixed: number | null,
  owed: number | null = null,
  commission: number | null = null,
): MemberCost => ({ status, fixed, owed, commission });

describe('where a creator stands for the budget', () => {
  test.each([
    ['shortlisted', null, 'talks'],
    ['contacted', null, 'talks'],
    ['negotiating', null, 'talks'],
    ['signed', null, 'agreed'],
    ['content-approval', null, 'agreed'],
    ['live', null, 'agreed'],
    ['reporting', null, 'agreed'],
    ['ambassador', null, 'agreed'],
    ['paused', null, 'agreed'],
    ['declined', null, 'out'],
    ['shortlisted', 800, 'agreed'],
    ['declined', 800, 'agreed'],
  ] as const)('%s with %s owed → %s', (status, owed, stage) => {
    expect(budgetStage(m(status, 500, owed))).toBe(stage);
  });
});

const budget: Budget = {
  total: 20_000,
  currency: 'USD',
  lines: budgetFromTemplate(20_000),
};

describe('budget use', () => {
  test('talks, commitments and payments add up separately', () => {
    const use = budgetUse(budget, [
      m('shortlisted', 500),
      m('negotiating', null),
      m('signed', 500),
      m('live', 500, 800, 300),
      m('reporting', 0, 120, 120),
      m('declined', 500),
    ]);
    expect(use.inTalks).toEqual({ creators: 2, amount: 500, unpriced: 1 });
    expect(use.committed).toEqual({ creators: 3, amount: 1420, unpriced: 0 });
    expect(use.spent).toEqual({ creators: 2, amount: 920, unpriced: 0 });
    expect(use.left).toBe(18_580);
    expect(use.leftIfAllSign).toBe(18_080);
    expect(use.lines).toEqual([
      { part: 'creator-payments', planned: 12_000, used: 1000 },
      { part: 'commission-pool', planned: 3_000, used: 420 },
    ]);
  });

  test('a payment entered by hand counts whole against the fees', () => {
    const use = budgetUse(budget, [m('live', 500, 650, null)]);
    expect(use.committed.amount).toBe(650);
    expect(use.lines[0]).toEqual({ part: 'creator-payments', planned: 12_000, used: 650 });
  });

  test('over budget leaves a negative amount', () => {
    const use = budgetUse({ ...budget, total: 1000 }, [m('signed', 700), m('signed', 700)]);
    expect(use.left).toBe(-400);
  });

  test('a budget without lines reports no line use', () => {
    expect(budgetUse({ ...budget, lines: [] }, [m('signed', 500)]).lines).toEqual([]);
  });

  test('cents do not drift', () => {
    const use = budgetUse(budget, [m('signed', 0.1), m('signed', 0.2)]);
    expect(use.committed.amount).toBe(0.3);
  });
});

describe('creators against the target', () => {
  test.each([
    [[], 'below', 0],
    [Array(10).fill(m('shortlisted', null)), 'within', 10],
    [[...Array(10).fill(m('shortlisted', null)), m('declined', null)], 'within', 10],
    [Array(21).fill(m('signed', null)), 'above', 21],
  ])('%#: %s', (members, state, count) => {
    expect(creatorsAgainstTarget({ min: 10, max: 20 }, members)).toEqual({ count, state });
  });
});

const actuals = (patch: Partial<KpiActuals>): KpiActuals => ({
  conversions: null,
  cpa: null,
  revenue: null,
  roas: null,
  ctr: null,
  cvr: null,
  clicks: null,
  impressions: null,
  ...patch,
});

describe('KPIs against targets', () => {
  test.each([
    ['conversions', 400, { conversions: 412 }, 'met', 1],
    ['conversions', 400, { conversions: 100 }, 'behind', 0.25],
    ['cpa', 30, { cpa: 25 }, 'met', 1],
    ['cpa', 30, { cpa: 60 }, 'behind', 0.5],
    ['cpa', 30, { cpa: 30 }, 'met', 1],
    ['ctr', 0.015, { ctr: 0.03 }, 'met', 1],
    ['roas', 3, { roas: 1.5 }, 'behind', 0.5],
    ['revenue', 0, { revenue: 0 }, 'met', 1],
    ['cpa', 30, { cpa: 0 }, 'met', 1],
    ['impressions', 100_000, {}, 'no-figures', null],
    ['clicks', 10, { clicks: Number.NaN }, 'no-figures', null],
  ] as const)('%s target %d with %j → %s', (metric, target, patch, state, progress) => {
    const [row] = kpiProgress([{ metric, target }], actuals(patch));
    expect(row).toMatchObject({ metric, target, state, progress });
  });
});
