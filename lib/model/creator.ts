import { z } from 'zod';
import { ConversationLog } from './conversation-log';
import { Deliverable } from './deliverable';
import { Offer } from './offer';
import { PageReading, Platform, PostFormat } from './reading';
import { CampaignResult } from './results';
import { CreatorKey, Snapshot } from './snapshot';
import { isoTime } from './iso-time';
import { SCHEMA_WORDS } from './schema-words';

/** The outreach pipeline of docs/domain.md, plus the two ways out. */
export const PipelineStatus = z.enum([
  'shortlisted',
  'contacted',
  'negotiating',
  'signed',
  'content-approval',
  'live',
  'reporting',
  'ambassador',
  'declined',
  'paused',
]);
export type PipelineStatus = z.infer<typeof PipelineStatus>;

/** How the popup and the dashboard name each status. */
/** The version of every stored record's shape; lib/store/migrations bring older records up to it. */
export const STORE_VERSION = 14;

/**
 * One creator in one campaign. `campaignId` null is the shortlist without a campaign (used while
 * no campaign is active); shortlisting into a campaign later turns that entry into the campaign's.
 */
export const CampaignEntry = z.object({
  campaignId: z.string().min(1).nullable(),
  status: PipelineStatus,
  addedAt: isoTime,
  discountCode: z.string().nullable(),
  /** The creator's tracked link (UTM parameters on the campaign's landing URL). */
  trackingLink: z.string().nullable(),
  /** Replaces the campaign's offer for this creator. */
  offerOverride: Offer.nullable(),
  results: CampaignResult.nullable(),
  /** Negotiation red flags the user ticked for this creator (ids of lib/offer/red-flags.ts). */
  redFlags: z.array(z.string().min(1)),
  /** The creator's published posts counted for this campaign (lib/store/deliverables.ts). */
  deliverables: z.array(Deliverable),
  /** Posts the marketer removed from the deliverables: a visit does not find them again. */
  removedDeliverables: z.array(z.string().min(1).max(100)),
  /**
   * When the creator's campaign post is planned to go live; its draft is due for approval 24 hours
   * before (lib/rules/caption/due-date.ts). Null until the marketer plans it.
   */
  publishAt: isoTime.nullable(),
  updatedAt: isoTime,
});
export type CampaignEntry = z.infer<typeof CampaignEntry>;

/**
 * The evidence of the last visit: the reading, trimmed to a bounded size (lib/store/compact.ts),
 * and the verdict's headline (verdict label, scores, flags, reasons). The verdict is kept as a
 * plain JSON object on purpose: a change to the rules' Verdict schema must not turn stored
 * creators invalid. Readers parse it with `Verdict.partial().safeParse` or recompute it from
 * `reading` and the snapshots.
 */
/**
 * How many audience comments the stored verdict's spam ratio rests on. The verdict is kept as plain
 * JSON (LastReading.verdict): read it defensively; null when unknown.
 */
export function storedCommentsRead(
  verdict: Record<string, unknown> | null | undefined,
): number | null {
  const spam = verdict?.spam;
  if (typeof spam !== 'object' || spam === null) return null;
  const n = (spam as { audienceComments?: unknown }).audienceComments;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * True when the stored verdict read fewer audience comments than its spam share needs: the share is
 * then "not enough comments", never a rate (15 clean comments are not "0% spam").
 */
export function storedSpamTooFew(verdict: Record<string, unknown> | null | undefined): boolean {
  const spam = verdict?.spam;
  if (typeof spam !== 'object' || spam === null) return false;
  const { enough, audienceComments } = spam as { enough?: unknown; audienceComments?: unknown };
  return enough === false && typeof audienceComments === 'number' && audienceComments > 0;
}

export const LastReading = z.object({
  at: isoTime,
  url: z.string(),
  /** Trimmed: no post or comment texts (lib/store/compact.ts). */
  reading: PageReading,
  verdict: z.record(z.string(), z.unknown()).nullable(),
  /** The posts read at that visit; their numbers are among the record's `recentPosts`. */
  postIds: z.array(z.string()).optional(),
});
export type LastReading = z.infer<typeof LastReading>;

/**
 * One of the creator's own posts as last read on any page (profile grid or post page), kept across
 * readings so that a draft can reference a real post after the user visited another kind of page.
 * Counts are the values read (null when not read); `countsExact` is false when any was a rounded
 * display value ("12.3K"). Built by lib/store/recent-posts.ts.
 */
export const KeptPost = z.object({
  id: z.string().min(1),
  /** Absolute https link on the platform, or null when the page gave none. */
  url: z.string().nullable(),
  takenAt: isoTime.nullable(),
  /** Capped (lib/store/recent-posts.ts). */
  caption: z.string().nullable(),
  likes: z.number().nonnegative().nullable(),
  comments: z.number().nonnegative().nullable(),
  views: z.number().nonnegative().nullable(),
  /** TikTok's share count (part of its engagement by views); null on Instagram and when not read. */
  shares: z.number().nonnegative().nullable(),
  countsExact: z.boolean(),
  /** Video, carousel or single image as the page's data said; null when it did not say. */
  format: PostFormat.nullable(),
  pinned: z.boolean(),
  paidPartnership: z.boolean().nullable(),
  /**
   * The post's @mentions and #hashtags as the page listed them, space-separated ("@brand #tag"),
   * capped (lib/store/recent-posts.ts): kept for every post, where the caption is kept only for the
   * newest few. Null when not read (posts kept before version 11).
   */
  handlesAndTags: z.string().max(1000).nullable(),
  /** When this post was last read. */
  seenAt: isoTime,
});
export type KeptPost = z.infer<typeof KeptPost>;

/** Handles as the store keys them: no leading "@", lower case, no spaces, colons or slashes. */
export const Handle = z
  .string()
  .trim()
  .transform((h) => h.replace(/^@/, '').toLowerCase())
  .pipe(z.string().regex(/^[^\s:/@]{1,100}$/, SCHEMA_WORDS.vmHandle));

/** A creator key as requests carry it: the handle is normalised the way the store keys it. */
export const CreatorRef = CreatorKey.extend({ handle: Handle });
export type CreatorRef = z.infer<typeof CreatorRef>;

/**
 * One stored creator (`creator:<platform>:<handle>` in storage.local). A creator the user only
 * visited has no campaign entries ("seen"); one with entries is shortlisted.
 */
export const CreatorRecord = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  platform: Platform,
  handle: z.string().regex(/^[^\sA-Z:/@]{1,100}$/, 'expected a normalised handle'),
  displayName: z.string().nullable(),
  /** Null when the creator was shortlisted by handle without a visit. */
  firstSeenAt: isoTime.nullable(),
  lastSeenAt: isoTime.nullable(),
  /** The first time the creator entered the shortlist; null while only seen. */
  shortlistedAt: isoTime.nullable(),
  /** Conversations with the creator, newest first, capped (./conversation-log.ts). */
  log: ConversationLog,
  tags: z.array(z.string().min(1)),
  /** The creator's link on an affiliate platform or shop programme, as the marketer entered it. */
  affiliateLink: z.string().max(2000).nullable(),
  campaigns: z.array(CampaignEntry),
  /** Oldest first, at most one per clock hour (UTC), capped (lib/store/snapshots.ts). */
  snapshots: z.array(Snapshot),
  lastReading: LastReading.nullable(),
  /** The creator's posts from every recorded reading, newest first, capped (lib/store/recent-posts.ts). */
  recentPosts: z.array(KeptPost),
  updatedAt: isoTime,
});
export type CreatorRecord = z.infer<typeof CreatorRecord>;

/** How the numbers moved between the previous visit and the last one. */
export const SnapshotChange = z.object({
  from: z.string(),
  to: z.string(),
  hours: z.number().nonnegative(),
  followers: z.number().nullable(),
  /** Fraction of the earlier follower count (0.1 = +10%). */
  followersShare: z.number().nullable(),
  engagementRate: z.number().nullable(),
  spamRatio: z.number().nullable(),
});
export type SnapshotChange = z.infer<typeof SnapshotChange>;

export const creatorId = (key: CreatorKey): string => `${key.platform}:${key.handle}`;

export const isShortlisted = (record: Pick<CreatorRecord, 'campaigns'>): boolean =>
  record.campaigns.length > 0;
