import { PLATFORMS } from '../../model/platforms';
import type { Count, Platform, PostReading } from '../../model/reading';
import type { PostMark, PostRate } from '../../model/verdict';
import { HOUR_MS, timeOf } from '../stats';
import { isGiveaway, isSponsored } from './post-marks';
import type { Said } from '../../model/said';
import { num, say } from '../say';

export interface PostRateOptions {
  platform: Platform;
  followers: number | null;
  now: number;
  freshPostHours: number;
  /** A post page: the one post is used even when young, pinned or a giveaway (and marked). */
  singlePost: boolean;
}

const value = (c: Count): number | null => c.value;

/** One post's rates and whether the median may use it (and why not). */
export function postRate(post: PostReading, o: PostRateOptions): PostRate {
  const facts = PLATFORMS[o.platform].engagement;
  const likes = post.likesHidden ? null : value(post.likes);
  const comments = value(post.comments);
  const shares = value(post.shares);
  const views = value(post.views);
  const taken = timeOf(post.takenAt);
  const ageHours = taken === null ? null : (o.now - taken) / HOUR_MS;

  const marks: PostMark[] = [];
  if (post.pinned) marks.push('pinned');
  if (isGiveaway(post)) marks.push('giveaway');
  if (isSponsored(post)) marks.push('sponsored');
  if (ageHours !== null && ageHours < o.freshPostHours) marks.push('too-recent');

  // By followers: the seed's (likes + comments) ÷ followers on both platforms. By views (TikTok):
  // shares count too, as Modash and HypeAuditor count them.
  const likesAndComments = likes !== null && comments !== null ? likes + comments : null;
  const engagements =
    likesAndComments !== null && facts.sharesCount
      ? likesAndComments + (shares ?? 0)
      : likesAndComments;
  const followerRate =
    likesAndComments !== null && o.followers !== null && o.followers > 0
      ? likesAndComments / o.followers
      : null;
  const viewRate =
    facts.byViews && engagements !== null && views !== null && views > 0
      ? engagements / views
      : null;

  const counts = [post.likes, post.comments, ...(facts.sharesCount ? [post.shares] : [])];
  const rounded = counts.some((c) => c.value !== null && !c.exact);

  const excluded = exclusion(post, marks, o, likes, comments, followerRate, viewRate);
  return {
    postId: post.id,
    takenAt: post.takenAt,
    ageHours: ageHours === null ? null : Math.round(ageHours * 10) / 10,
    likes,
    comments,
    shares,
    views,
    followerRate,
    viewRate,
    rounded,
    used: excluded === null,
    excludedBecause: excluded?.text ?? null,
    ...(excluded && { excludedSaid: excluded.said }),
    marks,
  };
}

/** Why a post is left out of the rate, in words and as a message; null when it is used. */
function exclusion(
  post: PostReading,
  marks: readonly string[],
  o: { singlePost: boolean; freshPostHours: number; followers: number | null },
  likes: number | null,
  comments: number | null,
  followerRate: number | null,
  viewRate: number | null,
): { text: string; said: Said } | null {
  const as = (text: string, said: Said) => ({ text, said });
  if (post.likesHidden) return as('like count hidden', say('exLikesHidden'));
  if (likes === null) return as('like count not read', say('exLikesUnread'));
  if (comments === null) return as('comment count not read', say('exCommentsUnread'));
  if (!o.singlePost && marks.includes('too-recent'))
    return as(
      `younger than ${o.freshPostHours} h (still growing)`,
      say('exYoung', num(o.freshPostHours)),
    );
  if (!o.singlePost && post.pinned) return as('pinned (not a recent post)', say('exPinned'));
  if (!o.singlePost && marks.includes('giveaway'))
    return as('giveaway (inflated engagement)', say('exGiveaway'));
  if (followerRate === null && viewRate === null)
    return o.followers === 0
      ? as('zero followers', say('exZeroFollowers'))
      : as('no follower or view count', say('exNoDenominator'));
  return null;
}
