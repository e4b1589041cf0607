import { z } from 'zod';
import { AudienceThresholds } from './audience';
import { Platform } from './reading';
import { SCHEMA_WORDS } from './schema-words';

/**
 * The editable settings behind the rules: tier table, benchmark tables and thresholds.
 * Defaults follow docs/domain.md; the dashboard edits them, `RuleSettings.parse({})` gives the defaults.
 */

export const Tier = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Followers, inclusive. */
  min: z.number().nonnegative(),
  /** Followers, exclusive; null = no upper bound. */
  max: z.number().positive().nullable(),
});
export type Tier = z.infer<typeof Tier>;

export const EngagementBasisKind = z.enum(['followers', 'views']);
export type EngagementBasisKind = z.infer<typeof EngagementBasisKind>;

/** One row of a benchmark table: below `low` is low, above `high` (when given) is high. */
export const BenchmarkRow = z.object({
  min: z.number().nonnegative(),
  max: z.number().positive().nullable(),
  low: z.number().nonnegative(),
  high: z.number().nonnegative().nullable(),
});
export type BenchmarkRow = z.infer<typeof BenchmarkRow>;

/** Which benchmark tables rate a creator first: the seed's rule of thumb, or Modash's medians. */
export const EngagementPreset = z.enum(['seed', 'modash']);
export type EngagementPreset = z.infer<typeof EngagementPreset>;

export const BenchmarkTable = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The preset the table belongs to; tables of the active preset are tried first. */
  preset: EngagementPreset.optional(),
  /** Where the numbers come from, so that the rating can be checked. */
  source: z.string(),
  platforms: z.array(Platform).min(1),
  basis: EngagementBasisKind,
  rows: z.array(BenchmarkRow),
});
export type BenchmarkTable = z.infer<typeof BenchmarkTable>;

export const defaultTiers: Tier[] = [
  { id: 'nano', label: 'Nano (1K–10K)', min: 1_000, max: 10_000 },
  { id: 'micro', label: 'Micro (10K–100K)', min: 10_000, max: 100_000 },
  { id: 'mid', label: 'Mid (100K–500K)', min: 100_000, max: 500_000 },
  { id: 'macro', label: 'Macro (500K–1M)', min: 500_000, max: 1_000_000 },
  { id: 'mega', label: 'Mega (1M+)', min: 1_000_000, max: null },
];

/**
 * The seed's rule (docs/methodology.md): (likes + comments) ÷ followers; 6–10%+ healthy for nano,
 * 3–6% for micro; below 1% a red flag at any size (the red flag itself is `redFlagRate`).
 */
export const seedTable: BenchmarkTable = {
  id: 'seed-rule',
  name: 'Seed rule of thumb (6–10%+ nano, 3–6% micro, below 1% a red flag)',
  preset: 'seed',
  source: 'The seed method (docs/methodology.md, "Engagement rate")',
  platforms: ['instagram', 'tiktok'],
  basis: 'followers',
  rows: [
    { min: 1_000, max: 10_000, low: 0.06, high: 0.1 },
    { min: 10_000, max: 100_000, low: 0.03, high: 0.06 },
    { min: 100_000, max: null, low: 0.01, high: null },
  ],
};

/**
 * Default tables. The active preset's tables are tried first (lib/rules/engagement/rating.ts), then
 * the others in this order; the first with a row for the follower count rates the creator. TikTok by
 * views has only Modash's medians: the seed gives no figure by views.
 */
export const defaultBenchmarks: BenchmarkTable[] = [
  seedTable,
  {
    id: 'modash-instagram',
    name: 'Modash Instagram medians (engagements ÷ followers)',
    preset: 'modash',
    source: 'Modash, 72M+ Instagram profiles (docs/methodology.md)',
    platforms: ['instagram'],
    basis: 'followers',
    rows: [
      { min: 1_000, max: 5_000, low: 0.0172, high: 0.0797 },
      { min: 5_000, max: 10_000, low: 0.0062, high: 0.0354 },
      { min: 10_000, max: 50_000, low: 0.0039, high: 0.0261 },
      { min: 50_000, max: 100_000, low: 0.0032, high: 0.0247 },
    ],
  },
  {
    id: 'modash-tiktok-views',
    name: 'Modash TikTok medians (engagements incl. shares ÷ views, Nov 2025)',
    preset: 'modash',
    source: 'Modash, Nov 2025 (docs/methodology.md)',
    platforms: ['tiktok'],
    basis: 'views',
    rows: [
      { min: 1_000, max: 5_000, low: 0.0949, high: 0.1851 },
      { min: 10_000, max: 50_000, low: 0.0628, high: 0.1138 },
      { min: 50_000, max: 100_000, low: 0.0547, high: 0.1045 },
    ],
  },
];

/**
 * Settings saved before the seed preset existed hold the old "rule-of-thumb" table (1% as the low
 * end everywhere) and no preset marks: they get the seed table in its place and the marks, and
 * keep every row the user edited in the Modash tables.
 */
function withPresets(tables: BenchmarkTable[]): BenchmarkTable[] {
  if (tables.some((t) => t.preset !== undefined)) return tables;
  const marked = tables
    .filter((t) => t.id !== 'rule-of-thumb')
    .map((t) => (t.id.startsWith('modash-') ? { ...t, preset: 'modash' as const } : t));
  return [seedTable, ...marked];
}

export const Thresholds = z.object({
  /** Posts younger than this are still growing and are left out of the engagement median. */
  freshPostHours: z.number().nonnegative().default(48),
  /** How many recent posts the median uses at most. */
  maxPosts: z.number().int().positive().default(30),
  /** Fewer usable posts on a profile than this: never "strong". */
  minPosts: z.number().int().positive().default(3),
  /** Likes spread (max − min) ÷ mean below this across posts looks bought. */
  minLikesSpread: z.number().nonnegative().default(0.4),
  /** Posts with exact like counts needed before the spread is judged. */
  minPostsForSpread: z.number().int().positive().default(4),
  massFollowing: z.number().nonnegative().default(1_500),
  /** following ≥ ratio × followers (and ≥ followingMin) is flagged. */
  followingRatio: z.number().positive().default(2),
  followingMin: z.number().nonnegative().default(300),
  maxSponsoredShare: z.number().min(0).max(1).default(0.3),
  /** (likes + comments) ÷ followers below this is the seed's red flag, at every tier and preset. */
  redFlagRate: z.number().min(0).max(1).default(0.01),
  /** Generic comments (no words, empty praise) above this share of audience comments: not "strong". */
  genericStrongMax: z.number().min(0).max(1).default(0.5),
  /** Spam ÷ audience comments at or above this: skip. */
  spamSkipRatio: z.number().min(0).max(1).default(0.5),
  /** Above this spam ratio the creator is not "strong" (1–3 of 20 is normal). */
  spamStrongMax: z.number().min(0).max(1).default(0.2),
  /** Audience comments needed before the spam ratio counts. */
  minComments: z.number().int().positive().default(20),
  /** Audience fit below this (with a brief) is a reason to review. */
  minFit: z.number().min(0).max(1).default(0.4),
  /** Followers per day above which a gain is a spike whatever the size (ads rarely exceed ~5K/day). */
  spikeFollowersPerDay: z.number().positive().default(5_000),
  /** A gain of at least this share of followers per day and this many times the usual pace is a spike. */
  spikeShareOfFollowersPerDay: z.number().positive().default(0.02),
  spikeFactor: z.number().positive().default(5),
  /** Top post views ≥ factor × followers explains a spike (viral post). */
  viralViewsFactor: z.number().positive().default(2),
  /** A total loss of this share of followers across snapshots is a decline. */
  declineShare: z.number().positive().default(0.02),
  /** An engagement drop of this share against a snapshot taken between min and max days ago. */
  engagementDropShare: z.number().min(0).max(1).default(0.5),
  engagementDropMinDays: z.number().nonnegative().default(10),
  engagementDropMaxDays: z.number().positive().default(25),
  /**
   * The method's "no competing promotions within 30 days": a competitor named in a creator's post
   * dated this many days before a campaign's start to as many after its end is flagged on it.
   */
  competitorWindowDays: z.number().int().nonnegative().max(365).default(30),
  /**
   * Monthly check-ins with ambassadors: an ambassador without a conversation for this many days is
   * listed in the popup (lib/rules/ambassador/check-ins.ts).
   */
  checkInDays: z.number().int().min(1).max(365).default(30),
});
export type Thresholds = z.infer<typeof Thresholds>;

const money = z.number().nonnegative().finite();

/** A usual price range per post; `max` null = no upper bound ("$10,000+"). */
export const PriceRange = z
  .object({ min: money, max: money.nullable() })
  .refine((r) => r.max === null || r.min <= r.max, {
    message: SCHEMA_WORDS.vmFromAboveTo,
    path: ['max'],
  });
export type PriceRange = z.infer<typeof PriceRange>;

/**
 * The fair-price estimate per post (docs/methodology.md): followers ÷ 1,000 × the platform's rate,
 * × an engagement multiplier (the follower-based rate ÷ `referenceRate`, kept between the two
 * bounds), ± `spread`; shown beside the method's usual range for the creator's tier.
 */
export const PricingSettings = z.object({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  /** Per 1,000 followers per post (Impulze's published estimator: $14 Instagram, $10 TikTok). */
  perThousand: z.object({ instagram: money, tiktok: money }).default({ instagram: 14, tiktok: 10 }),
  /** The engagement (by followers) at which the multiplier is 1. */
  referenceRate: z.number().positive().default(0.025),
  multiplierMin: z.number().positive().default(0.6),
  multiplierMax: z.number().positive().default(2.2),
  /** The range around the estimate, as a share of it (0.15 = ±15%). */
  spread: z.number().min(0).max(1).default(0.15),
  /** The method's usual price per post by tier id (tiers without an entry have none). */
  tierRanges: z.record(z.string().min(1), PriceRange).default({
    nano: { min: 100, max: 500 },
    micro: { min: 300, max: 2_000 },
    macro: { min: 10_000, max: null },
  }),
  /** The method's usual flat fee per post (the offer builder's hint for a flat-fee offer). */
  flatFee: PriceRange.default({ min: 500, max: 1_500 }),
});
export type PricingSettings = z.infer<typeof PricingSettings>;

/** Where a tracked link names the platform the creator posts on (analytics split by it). */
export const LinkPlatformParam = z.enum(['utm_term', 'utm_source', 'none']);
export type LinkPlatformParam = z.infer<typeof LinkPlatformParam>;

export const LinkSettings = z.object({
  /** utm_term=instagram keeps the method's utm_source=influencer; utm_source=instagram replaces it. */
  platformParam: LinkPlatformParam.default('utm_term'),
});
export type LinkSettings = z.infer<typeof LinkSettings>;

export const RuleSettings = z.object({
  version: z.literal(1).default(1),
  tiers: z.array(Tier).min(1).default(defaultTiers),
  /** Which tables rate first; the seed's rule by default, Modash's medians as the other preset. */
  engagementPreset: EngagementPreset.default('seed'),
  benchmarks: z.array(BenchmarkTable).default(defaultBenchmarks).transform(withPresets),
  thresholds: Thresholds.default(() => Thresholds.parse({})),
  /** The followers sample (docs/methodology.md, "Audience sample"). */
  audience: AudienceThresholds.default(() => AudienceThresholds.parse({})),
  pricing: PricingSettings.default(() => PricingSettings.parse({})),
  links: LinkSettings.default(() => LinkSettings.parse({})),
});
export type RuleSettings = z.infer<typeof RuleSettings>;

export const defaultRuleSettings: RuleSettings = RuleSettings.parse({});
