import type { Campaign } from '../model/campaign';
import type { CampaignEntry, CreatorRecord, PipelineStatus } from '../model/creator';

/** How far back the creator page and the table count a creator's campaigns and deliverables. */
export const ACTIVITY_MONTHS = 6;

/** Statuses at which the creator worked on the campaign (an agreement was reached). */
const WORKED: ReadonlySet<PipelineStatus> = new Set([
  'signed',
  'content-approval',
  'live',
  'reporting',
  'ambassador',
]);

export interface RecentActivity {
  /** First day counted (UTC, YYYY-MM-DD): the same day `ACTIVITY_MONTHS` calendar months back. */
  since: string;
  campaigns: number;
  deliverables: number;
}

const dayOf = (iso: string): string => new Date(Date.parse(iso)).toISOString().slice(0, 10);

/** The same calendar day `months` months before `now` (the month's last day when it is shorter). */
export function monthsBack(now: string, months: number): string {
  const d = new Date(Date.parse(now));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

const deliverableDay = (d: CampaignEntry['deliverables'][number]) => dayOf(d.takenAt ?? d.addedAt);

/**
 * When the creator worked on a campaign: from the campaign's start (or, undated, the day they were
 * shortlisted into it) to its end (or, open-ended, the entry's last change), or to the last
 * deliverable when that came later.
 */
function entryPeriod(
  entry: CampaignEntry,
  campaign: Pick<Campaign, 'startsOn' | 'endsOn'> | undefined,
): { from: string; to: string } {
  const published = entry.deliverables.map(deliverableDay);
  const last = (days: string[]) => days.sort()[days.length - 1]!;
  return {
    from: campaign?.startsOn ?? dayOf(entry.addedAt),
    to: last([campaign?.endsOn ?? dayOf(entry.updatedAt), ...published]),
  };
}

/**
 * A creator's campaigns and deliverables over the last `ACTIVITY_MONTHS` months. A campaign counts
 * when the creator worked on it (status signed or later, or a deliverable recorded) and its period
 * overlaps the window; a deliverable counts when it was published (or, date unknown, added) in it.
 */
export function recentActivity(
  record: Pick<CreatorRecord, 'campaigns'>,
  campaigns: ReadonlyMap<string, Pick<Campaign, 'startsOn' | 'endsOn'>>,
  now: string,
): RecentActivity {
  const since = monthsBack(now, ACTIVITY_MONTHS);
  const today = dayOf(now);
  let campaignCount = 0;
  let deliverables = 0;
  for (const entry of record.campaigns) {
    const inWindow = entry.deliverables.filter((d) => {
      const day = deliverableDay(d);
      return day >= since && day <= today;
    }).length;
    deliverables += inWindow;
    if (entry.campaignId === null) continue;
    if (!WORKED.has(entry.status) && entry.deliverables.length === 0) continue;
    const { from, to } = entryPeriod(entry, campaigns.get(entry.campaignId));
    if (from <= today && to >= since) campaignCount++;
  }
  return { since, campaigns: campaignCount, deliverables };
}
