import type { Campaign } from '../model/campaign';
import type { CreatorRecord } from '../model/creator';
import { fixedPart } from '../offer/fixed-part';
import { computePayment, effectivePayment } from '../offer/payment';
import type { ReportTotals } from '../results/report';
import {
  budgetUse,
  creatorsAgainstTarget,
  type BudgetUse,
  type CreatorsState,
  type MemberCost,
} from '../rules/campaign/budget-use';
import { kpiProgress, type KpiProgress } from '../rules/campaign/kpi-progress';

/** Each creator of the campaign with what their offer costs and what their results say is owed. */
export function memberCosts(records: readonly CreatorRecord[], campaign: Campaign): MemberCost[] {
  return records.flatMap((record) => {
    const entry = record.campaigns.find((e) => e.campaignId === campaign.id);
    if (!entry) return [];
    const offer = entry.offerOverride ?? campaign.offer;
    const payment = entry.results ? effectivePayment(entry.results, offer) : null;
    const computed =
      payment?.source === 'offer' && offer ? computePayment(offer, entry.results!.revenue) : null;
    return [
      {
        status: entry.status,
        fixed: offer ? fixedPart(offer) : null,
        owed: payment?.amount ?? null,
        commission: computed?.status === 'ok' ? computed.commission : null,
      },
    ];
  });
}

export interface PlanProgress {
  budget: BudgetUse | null;
  creators: { count: number; state: CreatorsState; min: number; max: number } | null;
  kpis: KpiProgress[];
}

/** The plan against where the campaign stands: budget use, creator count, KPIs from the results totals. */
export function planProgress(
  records: readonly CreatorRecord[],
  campaign: Campaign,
  totals: ReportTotals,
): PlanProgress | null {
  const plan = campaign.plan;
  if (!plan) return null;
  const members = memberCosts(records, campaign);
  return {
    budget: plan.budget ? budgetUse(plan.budget, members) : null,
    creators: plan.creators
      ? { ...creatorsAgainstTarget(plan.creators, members), ...plan.creators }
      : null,
    kpis: kpiProgress(plan.kpis, {
      conversions: totals.conversions,
      cpa: totals.cpa,
      revenue: totals.revenue,
      roas: totals.roas,
      ctr: totals.ctr,
      cvr: totals.cvr,
      clicks: totals.clicks,
      impressions: totals.impressions,
    }),
  };
}
