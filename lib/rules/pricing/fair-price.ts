import type { Platform } from '../../model/reading';
import type { PriceRange, PricingSettings, Tier } from '../../model/settings';
import { tierOf } from '../engagement/rating';
import { median } from '../stats';

export interface PriceInput {
  platform: Platform;
  followers: number | null;
  /** Median (likes + comments) ÷ followers over recent posts; null when not known. */
  followerRate: number | null;
}

export type FairPrice =
  | {
      status: 'ok';
      /** Whole currency units. */
      low: number;
      high: number;
      estimate: number;
      /** The parts of the formula, to show it with the creator's numbers. */
      followers: number;
      perThousand: number;
      followerRate: number | null;
      multiplier: number;
      /** The multiplier was held at a bound (the rate alone would give more or less). */
      clamped: 'min' | 'max' | null;
      tier: Pick<Tier, 'id' | 'label'> | null;
      /** The method's usual range for the tier; null when it gives none for it. */
      usual: PriceRange | null;
      /** Where the estimate's range sits against the usual one. */
      againstUsual: 'below' | 'within' | 'above' | null;
    }
  | { status: 'unknown'; reason: 'no-followers' };

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * An estimated price range per post: followers ÷ 1,000 × the platform's rate per thousand ×
 * clamp(follower rate ÷ reference rate, min, max), ± spread. Without a rate the multiplier is 1
 * (and says so); without a follower count there is no estimate.
 */
export function fairPrice(
  input: PriceInput,
  pricing: PricingSettings,
  tiers: readonly Tier[],
): FairPrice {
  const { followers, followerRate } = input;
  if (followers === null || !Number.isFinite(followers) || followers <= 0)
    return { status: 'unknown', reason: 'no-followers' };
  const perThousand = pricing.perThousand[input.platform];
  const lo = Math.min(pricing.multiplierMin, pricing.multiplierMax);
  const hi = Math.max(pricing.multiplierMin, pricing.multiplierMax);
  const known = followerRate !== null && Number.isFinite(followerRate) && followerRate >= 0;
  const raw = known ? followerRate / pricing.referenceRate : 1;
  const multiplier = clamp(raw, lo, hi);
  const estimate = (followers / 1000) * perThousand * multiplier;
  const low = Math.round(estimate * (1 - pricing.spread));
  const high = Math.round(estimate * (1 + pricing.spread));
  const tier = tierOf(followers, tiers);
  const usual = tier ? (pricing.tierRanges[tier.id] ?? null) : null;
  return {
    status: 'ok',
    low,
    high,
    estimate: Math.round(estimate),
    followers,
    perThousand,
    followerRate: known ? followerRate : null,
    multiplier,
    clamped: raw < lo ? 'min' : raw > hi ? 'max' : null,
    tier: tier ? { id: tier.id, label: tier.label } : null,
    usual,
    againstUsual: usual ? position(low, high, usual) : null,
  };
}

function position(low: number, high: number, usual: PriceRange): 'below' | 'within' | 'above' {
  if (high < usual.min) return 'below';
  if (usual.max !== null && low > usual.max) return 'above';
  return 'within';
}

/** Where an offered fee per post sits against the estimate's range. */
export function feeAgainstPrice(
  fee: number,
  price: Extract<FairPrice, { status: 'ok' }>,
): 'below' | 'within' | 'above' {
  return fee < price.low ? 'below' : fee > price.high ? 'above' : 'within';
}

/** The median follower-based rate of posts with likes and comments read; null without any. */
export function medianFollowerRate(
  posts: readonly { likes: number | null; comments: number | null }[],
  followers: number | null,
): number | null {
  if (followers === null || followers <= 0) return null;
  return median(
    posts
      .filter((p) => p.likes !== null && p.comments !== null)
      .map((p) => (p.likes! + p.comments!) / followers),
  );
}
