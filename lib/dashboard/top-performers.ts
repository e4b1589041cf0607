import type { Campaign } from '../model/campaign';
import { creatorId, type CreatorRecord } from '../model/creator';
import type { Platform } from '../model/reading';
import type { Thresholds } from '../model/settings';
import { postShare, splitBasis, type SplitBasis } from '../rules/engagement/format-split';
import { median } from '../rules/stats';
import { campaignResults } from './results-view';

/**
 * A campaign's top performers, to carry into the next campaign (the seed's ambassadors: "turn the
 * creators who keep delivering into ambassadors"). With imported results, the results' top group
 * (lib/results/groups.ts: the smallest set, best ROAS first, bringing 60% of the conversions, never
 * one who loses money). Without, the deliverables' engagement: per platform (rates on different
 * bases are not compared), each creator's median rate over their deliverables' latest visits, and
 * the creators at or above the median of those creators.
 */

export type TopBasis = 'results' | 'engagement';

export interface TopPerformer {
  key: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  /** With results: return on spend and conversions. */
  roas: number | null;
  conversions: number | null;
  /** With engagement: the creator's median rate, its basis, how many deliverables it rests on, the platform's median. */
  rate: number | null;
  basis: SplitBasis | null;
  deliverables: number;
  median: number | null;
}

export type TopPerformers =
  | { by: TopBasis; performers: TopPerformer[] }
  /** No ranked results and no deliverable read: nothing to rank by. */
  | { by: 'none'; performers: [] };

type Th = Pick<
  Thresholds,
  'engagementDropShare' | 'engagementDropMinDays' | 'engagementDropMaxDays' | 'freshPostHours'
>;

function byResults(records: readonly CreatorRecord[], campaign: Campaign, th: Th): TopPerformer[] {
  const names = new Map(records.map((r) => [creatorId(r), r.displayName]));
  return campaignResults(records, campaign, th)
    .lines.filter((line) => line.group === 'top')
    .sort((a, b) => (b.roas ?? 0) - (a.roas ?? 0) || (b.conversions ?? 0) - (a.conversions ?? 0))
    .map((line) => ({
      key: line.key,
      platform: line.platform,
      handle: line.handle,
      displayName: names.get(line.key) ?? null,
      roas: line.roas,
      conversions: line.conversions,
      rate: null,
      basis: null,
      deliverables: line.entry.deliverables.length,
      median: null,
    }));
}

function byEngagement(
  records: readonly CreatorRecord[],
  campaign: Campaign,
  freshPostHours: number,
): TopPerformer[] {
  const rated = records.flatMap((record) => {
    const entry = record.campaigns.find((e) => e.campaignId === campaign.id);
    if (!entry) return [];
    const followers = record.snapshots.findLast((s) => s.followers !== null)?.followers ?? null;
    const rates = entry.deliverables.flatMap((d) => {
      const last = d.visits.at(-1);
      if (!last) return [];
      const share = postShare(
        { ...last, format: d.format, pinned: false, takenAt: d.takenAt, seenAt: last.at },
        record.platform,
        followers,
        freshPostHours,
      );
      return share.rate === null ? [] : [share.rate];
    });
    const rate = median(rates);
    return rate === null ? [] : [{ record, rate, deliverables: rates.length }];
  });
  const platforms = [...new Set(rated.map((r) => r.record.platform))].sort();
  return platforms.flatMap((platform) => {
    const onPlatform = rated.filter((r) => r.record.platform === platform);
    const mid = median(onPlatform.map((r) => r.rate))!;
    return onPlatform
      .filter((r) => r.rate >= mid)
      .sort((a, b) => b.rate - a.rate || a.record.handle.localeCompare(b.record.handle))
      .map(({ record, rate, deliverables }) => ({
        key: creatorId(record),
        platform,
        handle: record.handle,
        displayName: record.displayName,
        roas: null,
        conversions: null,
        rate,
        basis: splitBasis(platform),
        deliverables,
        median: mid,
      }));
  });
}

export function topPerformers(
  records: readonly CreatorRecord[],
  campaign: Campaign,
  thresholds: Th,
): TopPerformers {
  const results = byResults(records, campaign, thresholds);
  if (results.length > 0) return { by: 'results', performers: results };
  const engagement = byEngagement(records, campaign, thresholds.freshPostHours);
  if (engagement.length > 0) return { by: 'engagement', performers: engagement };
  return { by: 'none', performers: [] };
}
