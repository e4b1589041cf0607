import type { BudgetPart, KpiMetric, Objective } from '../../model/plan';

/** What the plan says to the marketer (kept together for a later _locales move). */
export const OBJECTIVE_LABEL: Record<Objective, string> = {
  sales: 'Sales',
  awareness: 'Awareness',
  ugc: 'Content (UGC) to reuse',
  other: 'Other',
};

/** The KPIs each objective usually sets (the marketer may add or remove any). */
export const OBJECTIVE_KPIS: Record<Objective, KpiMetric[]> = {
  sales: ['conversions', 'cpa', 'roas'],
  awareness: ['impressions', 'ctr'],
  ugc: ['impressions'],
  other: [],
};

export const KPI_LABEL: Record<KpiMetric, string> = {
  conversions: 'Conversions (units sold)',
  cpa: 'Cost per conversion (CPA), at most',
  revenue: 'Revenue',
  roas: 'ROAS (revenue ÷ creator spend)',
  ctr: 'Click-through rate (clicks ÷ impressions)',
  cvr: 'Conversion rate (conversions ÷ clicks)',
  clicks: 'Clicks',
  impressions: 'Impressions',
};

/** How a KPI's target is typed and shown. */
export const KPI_UNIT: Record<KpiMetric, 'count' | 'money' | 'percent' | 'multiple'> = {
  conversions: 'count',
  cpa: 'money',
  revenue: 'money',
  roas: 'multiple',
  ctr: 'percent',
  cvr: 'percent',
  clicks: 'count',
  impressions: 'count',
};

export const BUDGET_PART_LABEL: Record<BudgetPart, string> = {
  'creator-payments': 'Creator payments (fees)',
  'commission-pool': 'Commission pool',
  'content-licensing': 'Content licensing (usage rights)',
  tools: 'Tools',
  buffer: 'Buffer',
};

export const KPI_STATE_TEXT = {
  met: 'on target',
  behind: 'behind target',
  'no-figures': 'no results yet',
} as const;

export const CREATORS_STATE_TEXT = {
  below: 'fewer than planned',
  within: 'within the plan',
  above: 'more than planned',
} as const;
