import type { Campaign } from '../model/campaign';
import type { CreatorRecord } from '../model/creator';
import type { ReportTotals } from '../results/report';
import { budgetStage } from '../rules/campaign/budget-use';
import type { CampaignGroup } from './route';
import type { PlanProgress } from './plan-view';

/** The key figures at the top of a campaign page. */
export interface CampaignGlance {
  /** Creators ever added to the campaign, declined ones too. */
  members: number;
  /** Creators in the campaign, declined ones left out (as the plan counts them). */
  creators: number;
  /** Of them, those with an agreed offer (signed or further, as the budget counts them). */
  signed: number;
  /** Their posts counted for the campaign. */
  deliverables: number;
  conversions: number | null;
  revenue: number | null;
  /** Spent against the plan's budget; null without a budget in the plan. */
  budget: { spent: number; total: number } | null;
}

export function campaignGlance(
  records: readonly CreatorRecord[],
  campaign: Campaign,
  totals: ReportTotals,
  progress: PlanProgress | null,
): CampaignGlance {
  const entries = records.flatMap((r) => r.campaigns.filter((e) => e.campaignId === campaign.id));
  const stages = entries.map((e) =>
    budgetStage({ status: e.status, fixed: null, owed: null, commission: null }),
  );
  return {
    members: entries.length,
    creators: stages.filter((s) => s !== 'out').length,
    signed: stages.filter((s) => s === 'agreed').length,
    deliverables: entries.reduce((n, e) => n + e.deliverables.length, 0),
    conversions: totals.conversions,
    revenue: totals.revenue,
    budget: progress?.budget
      ? { spent: progress.budget.spent.amount, total: progress.budget.total }
      : null,
  };
}

/** A campaign opens on its progress once a creator is in it; before that there is only set-up to do. */
export const defaultCampaignGroup = (glance: CampaignGlance): CampaignGroup =>
  glance.members > 0 ? 'progress' : 'setup';

export type SetupPart = 'dates' | 'plan' | 'brief' | 'offer' | 'templates';

/** The parts of a campaign's set-up, each done or still to do, in the order of the page. */
export function setupSteps(campaign: Campaign): { part: SetupPart; done: boolean }[] {
  return [
    { part: 'dates', done: campaign.startsOn !== null && campaign.endsOn !== null },
    { part: 'plan', done: campaign.plan !== null },
    { part: 'brief', done: campaign.brief !== null },
    { part: 'offer', done: campaign.offer !== null },
    { part: 'templates', done: campaign.templateIds.length > 0 },
  ];
}

/** Where a campaign stands in its dates: not started, running, over; null without a start date. */
export type CampaignPhase = 'upcoming' | 'running' | 'ended';

/** `today` is the marketer's local day, "2026-03-15"; the end date is the campaign's last day. */
export function campaignPhase(campaign: Campaign, today: string): CampaignPhase | null {
  if (campaign.startsOn === null) return null;
  if (today < campaign.startsOn) return 'upcoming';
  return campaign.endsOn !== null && today > campaign.endsOn ? 'ended' : 'running';
}

/** The browser's local day as "2026-03-15". */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
