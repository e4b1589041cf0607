import type { CreatorRecord, KeptPost } from '../../model/creator';
import { PLATFORMS } from '../../model/platforms';
import type { Platform, PostFormat } from '../../model/reading';
import { HOUR_MS, median, timeOf } from '../stats';

/**
 * Engagement split by content format (seed step 5: "double down on the content formats that
 * work"): the median per-post rate of each format, on the creator's usual basis (by views on
 * TikTok, by followers on Instagram; lib/model/platforms.ts), over the posts whose counts and
 * format were read. A post whose format the page did not state is counted apart, never guessed.
 */

export const FORMATS: readonly PostFormat[] = ['video', 'carousel', 'image'];

export type SplitBasis = 'views' | 'followers';

/** The counts of one post at one time, as a kept post or a deliverable's visit holds them. */
export interface FormatPost {
  format: PostFormat | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
  shares: number | null;
  pinned: boolean;
  takenAt: string | null;
  /** When these counts were read. */
  seenAt: string;
}

export interface PostShare {
  /** The post's engagement rate on the split's basis, or null with why not. */
  rate: number | null;
  excludedBecause: string | null;
}

export interface FormatRow {
  format: PostFormat;
  /** Posts of this format read. */
  posts: number;
  /** Of those, the ones whose rate counts in the median. */
  used: number;
  rate: number | null;
  /** Likes + comments (+ shares where they count) over the posts used. */
  engagements: number;
}

export interface FormatSplit {
  platform: Platform;
  basis: SplitBasis;
  /** Every format, in FORMATS order, also those without posts (posts 0). */
  rows: FormatRow[];
  /** Posts whose format the page did not state. */
  unknown: number;
}

export const splitBasis = (platform: Platform): SplitBasis =>
  PLATFORMS[platform].engagement.byViews ? 'views' : 'followers';

/** One post's rate on the basis, or why it is left out (pinned, too young, a count not read). */
export function postShare(
  post: FormatPost,
  platform: Platform,
  followers: number | null,
  freshPostHours: number,
): PostShare & { engagements: number | null } {
  const out = (why: string) => ({ rate: null, excludedBecause: why, engagements: null });
  if (post.pinned) return out('pinned (not a recent post)');
  if (post.likes === null) return out('like count not read');
  if (post.comments === null) return out('comment count not read');
  const taken = timeOf(post.takenAt);
  const seen = timeOf(post.seenAt);
  if (taken !== null && seen !== null && (seen - taken) / HOUR_MS < freshPostHours)
    return out(`younger than ${freshPostHours} h when read (still growing)`);
  const facts = PLATFORMS[platform].engagement;
  const engagements = post.likes + post.comments + (facts.sharesCount ? (post.shares ?? 0) : 0);
  if (splitBasis(platform) === 'views') {
    if (post.views === null || post.views <= 0) return out('view count not read');
    return { rate: engagements / post.views, excludedBecause: null, engagements };
  }
  if (followers === null || followers <= 0) return out('no follower count');
  return {
    rate: (post.likes + post.comments) / followers,
    excludedBecause: null,
    engagements: post.likes + post.comments,
  };
}

/** The split over one creator's posts (or several creators' posts of one platform, `followers` per post). */
export function formatSplit(
  platform: Platform,
  posts: readonly (FormatPost & { followers: number | null })[],
  freshPostHours: number,
): FormatSplit {
  const rows = FORMATS.map((format) => {
    const ofFormat = posts.filter((p) => p.format === format);
    const shares = ofFormat.map((p) => postShare(p, platform, p.followers, freshPostHours));
    const used = shares.filter((s) => s.rate !== null);
    return {
      format,
      posts: ofFormat.length,
      used: used.length,
      rate: median(used.map((s) => s.rate!)),
      engagements: used.reduce((sum, s) => sum + (s.engagements ?? 0), 0),
    };
  });
  return {
    platform,
    basis: splitBasis(platform),
    rows,
    unknown: posts.filter((p) => p.format === null).length,
  };
}

/** The creator's latest follower count (the snapshots are oldest first). */
export function latestFollowers(record: Pick<CreatorRecord, 'snapshots'>): number | null {
  return [...record.snapshots].reverse().find((s) => s.followers !== null)?.followers ?? null;
}

const keptAsFormatPost = (post: KeptPost, followers: number | null) => ({ ...post, followers });

/** A creator's kept posts split by format. */
export function creatorFormatSplit(
  record: Pick<CreatorRecord, 'platform' | 'snapshots' | 'recentPosts'>,
  freshPostHours: number,
): FormatSplit {
  const followers = latestFollowers(record);
  return formatSplit(
    record.platform,
    record.recentPosts.map((p) => keptAsFormatPost(p, followers)),
    freshPostHours,
  );
}

/**
 * Several creators' kept posts split by format, one split per platform (rates by views and by
 * followers are not comparable), platforms without posts left out. `creators` counts, per format,
 * how many creators have a post of it in the median.
 */
export function groupFormatSplit(
  records: readonly Pick<CreatorRecord, 'platform' | 'snapshots' | 'recentPosts'>[],
  freshPostHours: number,
): (FormatSplit & { creators: Record<PostFormat, number> })[] {
  const platforms = [...new Set(records.map((r) => r.platform))].sort();
  return platforms.flatMap((platform) => {
    const members = records.filter((r) => r.platform === platform);
    const posts = members.flatMap((r) =>
      r.recentPosts.map((p) => keptAsFormatPost(p, latestFollowers(r))),
    );
    if (posts.length === 0) return [];
    const own = members.map((r) => creatorFormatSplit(r, freshPostHours));
    const creators = Object.fromEntries(
      FORMATS.map((format) => [
        format,
        own.filter((split) => split.rows.some((row) => row.format === format && row.used > 0))
          .length,
      ]),
    ) as Record<PostFormat, number>;
    return [{ ...formatSplit(platform, posts, freshPostHours), creators }];
  });
}
