import type { CreatorRecord } from '../../model/creator';
import { medianFollowerRate, type PriceInput } from './fair-price';

/**
 * The fair price's inputs from a stored creator: the latest follower count, and the engagement by
 * followers: the latest snapshot's rate when it is follower-based, else (TikTok rates by views)
 * the median over the kept posts' likes and comments.
 */
export function priceInputOf(
  record: Pick<CreatorRecord, 'platform' | 'snapshots' | 'recentPosts'>,
): PriceInput {
  const latest = [...record.snapshots].reverse().find((s) => s.followers !== null) ?? null;
  const followers = latest?.followers ?? null;
  const followerRate =
    latest?.engagementBasis === 'followers' && latest.engagementRate !== null
      ? latest.engagementRate
      : medianFollowerRate(
          record.recentPosts.filter((p) => !p.pinned),
          followers,
        );
  return { platform: record.platform, followers, followerRate };
}
