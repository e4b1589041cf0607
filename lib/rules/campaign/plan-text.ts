import type { KpiMetric, Objective } from '../../model/plan';

/** The KPIs each objective usually sets (the marketer may add or remove any). */
export const OBJECTIVE_KPIS: Record<Objective, KpiMetric[]> = {
  sales: ['conversions', 'cpa', 'roas'],
  awareness: ['impressions', 'ctr'],
  ugc: ['impressions'],
  other: [],
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
