import type { KpiMetric, KpiTarget } from '../../model/plan';

/** The campaign's figures a KPI is read from (the results totals); null where not known. */
export type KpiActuals = Record<KpiMetric, number | null>;

/** CPA is a cost: lower is better. Every other KPI is better higher. */
export const LOWER_IS_BETTER: ReadonlySet<KpiMetric> = new Set(['cpa']);

export type KpiState = 'met' | 'behind' | 'no-figures';

export interface KpiProgress {
  metric: KpiMetric;
  target: number;
  actual: number | null;
  state: KpiState;
  /** How far along: actual ÷ target (target ÷ actual for a cost), capped at 1; null without figures. */
  progress: number | null;
}

export function kpiProgress(targets: readonly KpiTarget[], actuals: KpiActuals): KpiProgress[] {
  return targets.map(({ metric, target }) => {
    const actual = actuals[metric];
    if (actual === null || !Number.isFinite(actual))
      return { metric, target, actual: null, state: 'no-figures', progress: null };
    const lower = LOWER_IS_BETTER.has(metric);
    const met = lower ? actual <= target : actual >= target;
    const ratio = lower ? (actual === 0 ? 1 : target / actual) : target === 0 ? 1 : actual / target;
    return { metric, target, actual, state: met ? 'met' : 'behind', progress: Math.min(1, ratio) };
  });
}
