import {
  storedCommentsRead,
  storedSpamTooFew,
  type CampaignEntry,
  type CreatorRecord,
  type PipelineStatus,
} from '../model/creator';
import type { Platform } from '../model/reading';
import type { Tier } from '../model/settings';
import { EngagementBasis, VerdictLabel } from '../model/verdict';
import { tierOf } from '../rules/engagement/rating';

/** One shortlisted creator as the popup lists it: the numbers of the last visit, compact. */
export interface CreatorSummary {
  /** `platform:handle`, the store's key. */
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  followers: number | null;
  /** False when the follower count was a rounded display value ("1.2M"). */
  followersExact: boolean;
  tier: { id: string; label: string } | null;
  engagementRate: number | null;
  engagementBasis: EngagementBasis | null;
  spamRatio: number | null;
  /** How many audience comments the last visit's spam ratio rests on (null: not known). */
  spamComments: number | null;
  /** No spam share because the last visit read fewer comments than it needs. */
  spamTooFew: boolean;
  verdict: VerdictLabel | null;
  entry: CampaignEntry;
  status: PipelineStatus;
  lastSeenAt: string | null;
}

/** The creator's entry in a campaign (null: the shortlist without a campaign). */
export function entryIn(record: CreatorRecord, campaignId: string | null): CampaignEntry | null {
  return record.campaigns.find((e) => e.campaignId === campaignId) ?? null;
}

/** The display name the store keeps, else the one the last reading saw. */
export function displayNameOf(record: CreatorRecord): string | null {
  return record.displayName ?? record.lastReading?.reading.profile?.displayName ?? null;
}

function followersOf(record: CreatorRecord): { value: number | null; exact: boolean } {
  const count = record.lastReading?.reading.profile?.followers;
  const last = record.snapshots.at(-1);
  if (last && last.followers !== null) {
    // The snapshot keeps the number; the reading says whether it was exact.
    const exact = count && count.value === last.followers ? count.exact : true;
    return { value: last.followers, exact };
  }
  if (count && count.value !== null) return { value: count.value, exact: count.exact };
  return { value: null, exact: true };
}

/** The verdict label stored with the last reading (kept as plain JSON: read it defensively). */
function verdictOf(record: CreatorRecord): VerdictLabel | null {
  const parsed = VerdictLabel.safeParse(record.lastReading?.verdict?.verdict);
  return parsed.success ? parsed.data : null;
}

function storedScores(record: CreatorRecord): {
  engagementRate: number | null;
  engagementBasis: EngagementBasis | null;
  spamRatio: number | null;
} {
  const last = record.snapshots.at(-1);
  if (last) {
    return {
      engagementRate: last.engagementRate,
      engagementBasis: last.engagementBasis,
      spamRatio: last.spamRatio,
    };
  }
  const scores = record.lastReading?.verdict?.scores as Record<string, unknown> | undefined;
  const rate = scores?.engagementRate;
  const basis = EngagementBasis.safeParse(scores?.engagementBasis);
  const spam = storedSpamTooFew(record.lastReading?.verdict) ? null : scores?.spamRatio;
  return {
    engagementRate: typeof rate === 'number' && Number.isFinite(rate) ? rate : null,
    engagementBasis: basis.success ? basis.data : null,
    spamRatio: typeof spam === 'number' && spam >= 0 && spam <= 1 ? spam : null,
  };
}

/**
 * The popup's row for a creator in a campaign, or null when the creator is not in it. The tier
 * comes from the user's tier table (so a changed table shows at once), not from the stored verdict.
 */
export function summarize(
  record: CreatorRecord,
  campaignId: string | null,
  tiers: readonly Tier[],
): CreatorSummary | null {
  const entry = entryIn(record, campaignId);
  if (!entry) return null;
  const followers = followersOf(record);
  const tier = tierOf(followers.value, tiers);
  const scores = storedScores(record);
  return {
    id: `${record.platform}:${record.handle}`,
    platform: record.platform,
    handle: record.handle,
    displayName: displayNameOf(record),
    followers: followers.value,
    followersExact: followers.exact,
    tier: tier ? { id: tier.id, label: tier.label } : null,
    ...scores,
    spamComments: storedCommentsRead(record.lastReading?.verdict),
    spamTooFew: scores.spamRatio === null && storedSpamTooFew(record.lastReading?.verdict),
    verdict: verdictOf(record),
    entry,
    status: entry.status,
    lastSeenAt: record.lastSeenAt,
  };
}
