import type { BudgetPart, KpiMetric, Objective } from '../model/plan';
import { t, type MessageKey } from './messages';
import { countedText } from './plural';

/** The campaign plan's words: objectives, KPIs, budget lines and where each stands. */

const OBJECTIVE: Record<Objective, MessageKey> = {
  sales: 'objectiveSales',
  awareness: 'objectiveAwareness',
  ugc: 'objectiveUgc',
  other: 'objectiveOther',
};
const KPI: Record<KpiMetric, MessageKey> = {
  conversions: 'kpiConversions',
  cpa: 'kpiCpa',
  revenue: 'kpiRevenue',
  roas: 'kpiRoas',
  ctr: 'kpiCtr',
  cvr: 'kpiCvr',
  clicks: 'kpiClicks',
  impressions: 'kpiImpressions',
};
const BUDGET_PART: Record<BudgetPart, MessageKey> = {
  'creator-payments': 'budgetCreatorPayments',
  'commission-pool': 'budgetCommissionPool',
  'content-licensing': 'budgetContentLicensing',
  tools: 'budgetTools',
  buffer: 'budgetBuffer',
};
/** The same lines without their explanation, for a one-line summary of the breakdown. */
const BUDGET_PART_SHORT: Record<BudgetPart, MessageKey> = {
  ...BUDGET_PART,
  'creator-payments': 'budgetCreatorPaymentsShort',
  'content-licensing': 'budgetContentLicensingShort',
};
const KPI_STATE = { met: 'kpiMet', behind: 'kpiBehind', 'no-figures': 'kpiNoFigures' } as const;
const CREATORS_STATE = {
  below: 'creatorsBelow',
  within: 'creatorsWithin',
  above: 'creatorsAbove',
} as const;

export const objectiveLabel = (o: Objective): string => t(OBJECTIVE[o]);
export const kpiLabel = (m: KpiMetric): string => t(KPI[m]);
/** "Creator payments (fees)". */
export const budgetPartLabel = (p: BudgetPart): string => t(BUDGET_PART[p]);
/** "Creator payments". */
export const budgetPartShortLabel = (p: BudgetPart): string => t(BUDGET_PART_SHORT[p]);
export const kpiStateText = (s: keyof typeof KPI_STATE): string => t(KPI_STATE[s]);
export const creatorsStateText = (s: keyof typeof CREATORS_STATE): string => t(CREATORS_STATE[s]);
/** "1 creator", "3 creators". */
export const creatorsCount = (n: number): string => countedText(n, 'creatorsOne', 'creatorsMany');
