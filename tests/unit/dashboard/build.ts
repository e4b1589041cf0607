import type { Campaign } from '../../../lib/model/campaign';
import { STORE_VERSION, type CampaignEntry, type CreatorRecord } from '../../../lib/model/creator';
import type { Offer } from '../../../lib/model/offer';
import { defaultRuleSettings } from '../../../lib/model/settings';
import type { Snapshot } from '../../../lib/model/snapshot';

/** Stored records and campaigns for the dashboard's view-model tables. */
export const T = '2026-03-01T10:00:00.000Z';
export const tiers = defaultRuleSettings.tiers;
export const thresholds = defaultRuleSettings.thresholds;

export const entry = (
  campaignId: string | null,
  patch: Partial<CampaignEntry> = {},
): CampaignEntry => ({
  campaignId,
  status: 'shortlisted',
  addedAt: T,
  discountCode: null,
  trackingLink: null,
  offerOverride: null,
  results: null,
  redFlags: [],
  deliverables: [],
  removedDeliverables: [],
  publishAt: null,
  updatedAt: T,
  ...patch,
});
export const snap = (
  at: string,
  followers: number | null,
  rate: number | null,
  basis: Snapshot['engagementBasis'] = 'followers',
): Snapshot => ({
  at,
  followers,
  following: null,
  posts: null,
  likes: null,
  engagementRate: rate,
  engagementBasis: basis,
  spamRatio: null,
});
export const record = (handle: string, patch: Partial<CreatorRecord> = {}): CreatorRecord => ({
  schemaVersion: STORE_VERSION,
  platform: 'instagram',
  handle,
  displayName: null,
  firstSeenAt: T,
  lastSeenAt: T,
  shortlistedAt: null,
  log: [],
  tags: [],
  affiliateLink: null,
  campaigns: [],
  snapshots: [snap(T, 12_000, 0.03)],
  lastReading: null,
  recentPosts: [],
  updatedAt: T,
  ...patch,
});
export const hybrid: Offer = { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' };
export const camp = (id: string, offer: Offer | null = hybrid): Campaign => ({
  id,
  name: `Campaign ${id}`,
  brief: null,
  startsOn: null,
  endsOn: null,
  offer,
  templateIds: [],
  landingUrl: null,
  discountPct: 15,
  plan: null,
  createdAt: T,
  updatedAt: T,
});

/** Results typed by hand: 1,000 impressions and 100 clicks, with these conversions and revenue. */
export const result = (
  conversions: number,
  revenue: number,
  paymentOverride: number | null = null,
) => ({
  impressions: 1000,
  clicks: 100,
  conversions,
  revenue,
  paymentOverride,
  basis: 'hand' as const,
  byBasis: [],
  updatedAt: T,
});
