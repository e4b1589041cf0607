import { z } from 'zod';
import { AudienceAggregate } from './audience';
import { PageKind, Platform, ReadStatus } from './reading';
import { Said } from './said';

/** What the rules conclude about one page reading, with the evidence behind every number. */

export const Severity = z.enum(['info', 'low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/** A post, comment, snapshot or profile field behind a flag or finding. */
export const Evidence = z.object({
  kind: z.enum(['post', 'comment', 'snapshot', 'profile', 'text']),
  /** Post id, comment id, snapshot time (ISO) or profile field name; null when unknown. */
  id: z.string().nullable(),
  /** Plain text: a count, a comment excerpt, a matched word. Never HTML. */
  detail: z.string(),
  /** The detail as a locale message where the rules' own words are in it (absent: page text only). */
  said: Said.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const FlagId = z.enum([
  'engagement-below-band',
  'engagement-red-flag',
  'likes-too-even',
  'mass-following',
  'following-exceeds-followers',
  'too-many-sponsored',
  'sponsored-without-disclosure',
  'competitor-mentioned',
  'excluded-topic',
  'spam-comments',
  'generic-comments',
  'followers-outside-range',
  'follower-spike',
  'follower-decline',
  'engagement-drop',
  'low-audience-fit',
  'implausible-counts',
  'fake-followers',
]);
export type FlagId = z.infer<typeof FlagId>;

export const Flag = z.object({
  id: FlagId,
  severity: Severity,
  message: z.string(),
  /** The message as a locale message (absent in readings stored before it existed). */
  said: Said.optional(),
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;

export const EngagementBasis = z.enum(['followers', 'views', 'single-post']);
export type EngagementBasis = z.infer<typeof EngagementBasis>;

export const PostMark = z.enum(['pinned', 'giveaway', 'sponsored', 'too-recent', 'implausible']);
export type PostMark = z.infer<typeof PostMark>;

export const PostRate = z.object({
  postId: z.string(),
  takenAt: z.string().nullable(),
  ageHours: z.number().nullable(),
  likes: z.number().nullable(),
  comments: z.number().nullable(),
  shares: z.number().nullable(),
  views: z.number().nullable(),
  /** (likes + comments) ÷ followers (TikTok adds shares). */
  followerRate: z.number().nullable(),
  /** TikTok: (likes + comments + shares) ÷ views. */
  viewRate: z.number().nullable(),
  /** Some count behind this rate is a rounded display value. */
  rounded: z.boolean(),
  used: z.boolean(),
  /** Why the post is left out of the median (when `used` is false). */
  excludedBecause: z.string().nullable(),
  /** The same as a locale message. */
  excludedSaid: Said.optional(),
  marks: z.array(PostMark),
});
export type PostRate = z.infer<typeof PostRate>;

export const TierInfo = z.object({ id: z.string(), label: z.string() });

export const Rating = z.object({
  level: z.enum(['low', 'average', 'high']),
  /** The band the rate was compared with (fractions). */
  low: z.number(),
  high: z.number().nullable(),
  basis: z.enum(['followers', 'views']),
  tableId: z.string(),
  tableName: z.string(),
  source: z.string(),
  /** Follower range of the row used. */
  rowMin: z.number(),
  rowMax: z.number().nullable(),
});
export type Rating = z.infer<typeof Rating>;

/** The seed's reading of the by-followers rate, beside the table that rated the creator. */
export const SeedReading = z.object({
  level: z.enum(['red-flag', 'below', 'healthy', 'above', 'no-band']),
  text: z.string(),
  said: Said.optional(),
});
export type SeedReading = z.infer<typeof SeedReading>;

export const Engagement = z.object({
  /** The headline median rate (fraction) on `basis`; null when it cannot be computed. */
  rate: z.number().nullable(),
  basis: EngagementBasis.nullable(),
  /** The denominator behind `rate` (a single post also has one). */
  denominator: z.enum(['followers', 'views']).nullable(),
  /** Median by followers, shown beside the views-based one on TikTok. */
  followerRate: z.number().nullable(),
  /** Median by views (TikTok). */
  viewRate: z.number().nullable(),
  postsSeen: z.number().int().nonnegative(),
  postsUsed: z.number().int().nonnegative(),
  posts: z.array(PostRate),
  /** Some count used is a rounded display value ("12.3K"). */
  rounded: z.boolean(),
  tier: TierInfo.nullable(),
  rating: Rating.nullable(),
  /** How the seed's rule reads the by-followers rate (null without one). */
  seed: SeedReading.nullable(),
  /** Plain sentences: "one post only", "no follower count", "no benchmark for …". */
  notes: z.array(z.object({ text: z.string(), said: Said.optional() })),
});
export type Engagement = z.infer<typeof Engagement>;

export const CommentLabel = z.enum(['spam', 'generic', 'genuine']);
export type CommentLabel = z.infer<typeof CommentLabel>;

export const LabelledComment = z.object({
  id: z.string().nullable(),
  postId: z.string().nullable(),
  author: z.string().nullable(),
  text: z.string(),
  label: CommentLabel,
  reasons: z.array(z.string()),
  /** The creator's own reply: labelled, but not counted as audience. */
  isCreatorReply: z.boolean(),
});
export type LabelledComment = z.infer<typeof LabelledComment>;

export const SpamSummary = z.object({
  /** spam ÷ audience comments; null with no audience comments. */
  ratio: z.number().min(0).max(1).nullable(),
  genericRatio: z.number().min(0).max(1).nullable(),
  spam: z.number().int().nonnegative(),
  generic: z.number().int().nonnegative(),
  genuine: z.number().int().nonnegative(),
  audienceComments: z.number().int().nonnegative(),
  creatorReplies: z.number().int().nonnegative(),
  /** Audience comments needed before the ratio counts. */
  minimum: z.number().int().nonnegative(),
  enough: z.boolean(),
  message: z.string(),
});
export type SpamSummary = z.infer<typeof SpamSummary>;

export const FitComponent = z.object({
  id: z.enum(['topic', 'hashtags', 'language', 'location', 'followers']),
  /** 0..1, or null when it could not be checked. */
  score: z.number().min(0).max(1).nullable(),
  weight: z.number().nonnegative(),
  message: z.string(),
  /** The same as a locale message. */
  said: Said.optional(),
  evidence: z.array(Evidence),
});
export type FitComponent = z.infer<typeof FitComponent>;

export const Fit = z.object({
  /** 0..1; null without a brief or without anything to compare. */
  score: z.number().min(0).max(1).nullable(),
  message: z.string(),
  components: z.array(FitComponent),
  evidence: z.array(Evidence),
});
export type Fit = z.infer<typeof Fit>;

export const GrowthInterval = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number(),
  followersFrom: z.number().nullable(),
  followersTo: z.number().nullable(),
  /** Followers gained per day (negative for a loss); null when a count is missing. */
  followersPerDay: z.number().nullable(),
});
export type GrowthInterval = z.infer<typeof GrowthInterval>;

export const GrowthFinding = z.object({
  id: z.enum(['follower-spike', 'follower-decline', 'engagement-drop']),
  severity: Severity,
  message: z.string(),
  said: Said.optional(),
  /** The snapshots behind it (their `at` times). */
  snapshots: z.array(z.string()),
});
export type GrowthFinding = z.infer<typeof GrowthFinding>;

export const Growth = z.object({
  snapshots: z.number().int().nonnegative(),
  intervals: z.array(GrowthInterval),
  findings: z.array(GrowthFinding),
  message: z.string(),
});
export type Growth = z.infer<typeof Growth>;

export const Reason = z.object({
  /** Higher weighs more; reasons are listed heaviest first. */
  weight: z.number(),
  direction: z.enum(['against', 'for', 'data']),
  text: z.string(),
  /** The text as a locale message (absent in readings stored before it existed). */
  said: Said.optional(),
});
export type Reason = z.infer<typeof Reason>;

export const VerdictLabel = z.enum(['strong', 'review', 'skip', 'insufficient-data']);
export type VerdictLabel = z.infer<typeof VerdictLabel>;

export const Verdict = z.object({
  platform: Platform,
  page: PageKind,
  handle: z.string().nullable(),
  status: ReadStatus,
  verdict: VerdictLabel,
  /** Heaviest first. */
  reasons: z.array(Reason),
  /** The CLI contract's summary (rates as fractions 0..1). */
  scores: z.object({
    engagementRate: z.number().nullable(),
    engagementBasis: EngagementBasis.nullable(),
    spamRatio: z.number().min(0).max(1).nullable(),
    audienceFit: z.number().min(0).max(1).nullable(),
  }),
  flags: z.array(Flag),
  engagement: Engagement,
  spam: SpamSummary,
  fit: Fit,
  growth: Growth,
  comments: z.array(LabelledComment),
  /** The followers sample read from the list the page loaded (aggregate and ≤10 handles), or null. */
  audience: AudienceAggregate.nullable().optional(),
  /** ISO time the verdict was computed for. */
  at: z.string(),
});
export type Verdict = z.infer<typeof Verdict>;
