import type { Campaign } from '../model/campaign';
import type { LogEntry } from '../model/conversation-log';
import type { CampaignEntry, CreatorRecord, PipelineStatus } from '../model/creator';
import { creatorId, storedCommentsRead, storedSpamTooFew } from '../model/creator';
import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';
import type { Tier } from '../model/settings';
import type { Snapshot } from '../model/snapshot';
import { VerdictLabel } from '../model/verdict';
import { recentActivity, type RecentActivity } from './recent-activity';

/**
 * One creator as the dashboard table shows it: the numbers of the latest visit, the verdict kept
 * with it, and the campaign entry in view. Everything here is plain data; page text stays text.
 */
export interface CreatorRow {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  followers: number | null;
  /** False when the follower count was a rounded display value ("12.3K"). */
  followersExact: boolean;
  tier: Pick<Tier, 'id' | 'label'> | null;
  engagementRate: number | null;
  engagementBasis: Snapshot['engagementBasis'];
  spamRatio: number | null;
  /** Audience comments the last visit's spam ratio rests on; null when unknown. */
  spamComments: number | null;
  /** No spam share because the last visit read fewer comments than it needs. */
  spamTooFew: boolean;
  audienceFit: number | null;
  verdict: VerdictLabel | null;
  /** The campaign entry in view; null when the creator is only seen (or not in that campaign). */
  entry: CampaignEntry | null;
  /** The entry's status, or `seen` for a creator visited but never shortlisted. */
  status: PipelineStatus | 'seen';
  campaignName: string | null;
  code: string | null;
  link: string | null;
  /** The creator's affiliate link (one per creator, whatever the campaign). */
  affiliateLink: string | null;
  lastVisit: string | null;
  firstSeen: string | null;
  /** The conversation log, newest first. */
  log: readonly LogEntry[];
  /** E-mails and links the profile showed at the last visit (empty when none or not read). */
  emails: string[];
  contactLinks: string[];
  tags: readonly string[];
  /** Campaigns worked on and deliverables published in the last six months (./recent-activity.ts). */
  recent: RecentActivity;
}

/**
 * Which campaign the table looks at: `all` shows every creator with the entry of the active
 * campaign (or the most recently changed one); a campaign id or `none` (the shortlist without a
 * campaign) shows only the creators in it.
 */
export type CampaignScope = { kind: 'all' } | { kind: 'campaign'; id: string } | { kind: 'none' };

export const ALL_CAMPAIGNS: CampaignScope = { kind: 'all' };

export function tierFor(followers: number | null, tiers: readonly Tier[]): CreatorRow['tier'] {
  if (followers === null) return null;
  const tier = tiers.find((t) => followers >= t.min && (t.max === null || followers < t.max));
  return tier ? { id: tier.id, label: tier.label } : null;
}

/** The entry shown for a scope, or undefined when the creator is not in the scope at all. */
export function entryInScope(
  record: CreatorRecord,
  scope: CampaignScope,
  activeCampaignId: string | null,
): CampaignEntry | null | undefined {
  if (scope.kind === 'campaign') return record.campaigns.find((e) => e.campaignId === scope.id);
  if (scope.kind === 'none') return record.campaigns.find((e) => e.campaignId === null);
  const active = record.campaigns.find((e) => e.campaignId === activeCampaignId);
  if (active) return active;
  let latest: CampaignEntry | null = null;
  for (const e of record.campaigns) if (!latest || e.updatedAt > latest.updatedAt) latest = e;
  return latest;
}

function latestSnapshot(snapshots: readonly Snapshot[]): Snapshot | null {
  let latest: Snapshot | null = null;
  for (const s of snapshots) if (!latest || Date.parse(s.at) >= Date.parse(latest.at)) latest = s;
  return latest;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The verdict's headline, read defensively: it is stored as plain JSON. */
export function storedScores(verdict: Record<string, unknown> | null | undefined) {
  const label = VerdictLabel.safeParse(verdict?.verdict);
  const scores = (verdict?.scores ?? {}) as Record<string, unknown>;
  return {
    verdict: label.success ? label.data : null,
    audienceFit: num(scores.audienceFit),
  };
}

export function toRow(
  record: CreatorRecord,
  entry: CampaignEntry | null,
  campaignNames: ReadonlyMap<string, string>,
  tiers: readonly Tier[],
  recent: RecentActivity,
): CreatorRow {
  const snap = latestSnapshot(record.snapshots);
  const followers = snap?.followers ?? null;
  const followerCount = record.lastReading?.reading.profile?.followers;
  const { verdict, audienceFit } = storedScores(record.lastReading?.verdict);
  return {
    id: creatorId(record),
    platform: record.platform,
    handle: record.handle,
    displayName: record.displayName,
    profileUrl: PLATFORMS[record.platform].profileUrl(record.handle),
    followers,
    followersExact:
      followerCount?.value !== null && followerCount?.value === followers
        ? followerCount.exact
        : true,
    tier: tierFor(followers, tiers),
    engagementRate: snap?.engagementRate ?? null,
    engagementBasis: snap?.engagementBasis ?? null,
    spamRatio: snap?.spamRatio ?? null,
    spamComments: storedCommentsRead(record.lastReading?.verdict),
    spamTooFew: (snap?.spamRatio ?? null) === null && storedSpamTooFew(record.lastReading?.verdict),
    audienceFit,
    verdict,
    entry,
    status: entry ? entry.status : 'seen',
    campaignName: entry
      ? entry.campaignId === null
        ? null
        : (campaignNames.get(entry.campaignId) ?? entry.campaignId)
      : null,
    code: entry?.discountCode ?? null,
    link: entry?.trackingLink ?? null,
    affiliateLink: record.affiliateLink,
    lastVisit: record.lastSeenAt,
    firstSeen: record.firstSeenAt,
    log: record.log,
    emails: record.lastReading?.reading.profile?.contact?.emails.map((e) => e.address) ?? [],
    contactLinks: record.lastReading?.reading.profile?.contact?.links.map((l) => l.url) ?? [],
    tags: record.tags,
    recent,
  };
}

/** The rows of a scope, in store order. */
export function buildRows(
  records: readonly CreatorRecord[],
  campaigns: readonly Campaign[],
  tiers: readonly Tier[],
  scope: CampaignScope,
  activeCampaignId: string | null,
  now: string = new Date().toISOString(),
): CreatorRow[] {
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const rows: CreatorRow[] = [];
  for (const record of records) {
    const entry = entryInScope(record, scope, activeCampaignId);
    if (entry === undefined) continue;
    rows.push(toRow(record, entry, names, tiers, recentActivity(record, byId, now)));
  }
  return rows;
}
