import { tableNameArg } from '../engagement/table-words';
import type { Platform, PostReading } from '../../model/reading';
import type { Thresholds } from '../../model/settings';
import type { Said } from '../../model/said';
import type { Engagement, Evidence, Flag, PostRate } from '../../model/verdict';
import { disclosureOf, isSponsored, promotionSigns } from '../engagement/post-marks';
import { num, pct, say, word } from '../say';
import { count, mean, percent } from '../stats';

const postEvidence = (id: string, detail: string, said: Said): Evidence => ({
  kind: 'post',
  id,
  detail,
  said,
});

/** A post's rate with the likes and comments behind it: "4.2% (1,234 likes, 56 comments)". */
function rateEvidence(p: PostRate, rate: number): Evidence {
  const part = (n: number | null) => (n === null ? '?' : count(n));
  return postEvidence(
    p.postId,
    `${percent(rate)} (likes ${part(p.likes)}, comments ${part(p.comments)})`,
    say(
      'evRate',
      pct(rate),
      p.likes === null ? '?' : num(p.likes),
      p.comments === null ? '?' : num(p.comments),
    ),
  );
}

/**
 * The seed's red flag: (likes + comments) ÷ followers below 1%, at every tier and whatever table
 * rated the creator. High (skip) over enough posts; medium from one or two.
 */
export function redFlagRateFlag(e: Engagement, t: Thresholds): Flag | null {
  if (e.followerRate === null || e.followerRate >= t.redFlagRate) return null;
  const single = e.basis === 'single-post';
  return {
    id: 'engagement-red-flag',
    severity: single || e.postsUsed < 3 ? 'medium' : 'high',
    message: `Engagement ${percent(e.followerRate)} (likes + comments ÷ followers) is below ${percent(t.redFlagRate)}: the seed's red flag for bought followers or a dead audience${single ? ', from one post only' : ''}.`,
    said: say(
      'flRedFlag',
      pct(e.followerRate),
      pct(t.redFlagRate),
      single ? word('wordFromOnePost') : '',
    ),
    evidence: e.posts
      .filter((p) => p.used && p.followerRate !== null)
      .map((p) => rateEvidence(p, p.followerRate!)),
  };
}

/**
 * Engagement under the low end of the band of the table that rated it: worth a look (medium);
 * the red flag above is what means skip.
 */
export function belowBandFlag(e: Engagement): Flag | null {
  const r = e.rating;
  if (!r || r.level !== 'low' || e.rate === null) return null;
  const rated = r.basis === 'views' ? e.viewRate : e.followerRate;
  if (rated === null) return null;
  const single = e.basis === 'single-post';
  return {
    id: 'engagement-below-band',
    severity: 'medium',
    message: `Engagement ${percent(rated)} by ${r.basis} is below ${percent(r.low)}, the low end for ${count(r.rowMin)}${r.rowMax === null ? '+' : `–${count(r.rowMax)}`} followers (${r.tableName})${single ? ', from one post only' : ''}.`,
    said: say(
      r.rowMax === null ? 'flBelowBandOpen' : 'flBelowBand',
      pct(rated),
      word(r.basis === 'views' ? 'wordViews' : 'wordFollowers'),
      pct(r.low),
      num(r.rowMin),
      ...(r.rowMax === null ? [] : [num(r.rowMax)]),
      tableNameArg(r),
      single ? word('wordFromOnePost') : '',
    ),
    evidence: e.posts
      .filter((p) => p.used)
      .map((p) => rateEvidence(p, (r.basis === 'views' ? p.viewRate : p.followerRate) ?? 0)),
  };
}

/** Like counts too even across posts: (max − min) ÷ mean below the threshold, exact counts only. */
export function likesSpreadFlag(
  e: Engagement,
  posts: readonly PostReading[],
  t: Thresholds,
): Flag | null {
  const exact = new Set(posts.filter((p) => p.likes.exact).map((p) => p.id));
  const used = e.posts.filter((p) => p.used && p.likes !== null && exact.has(p.postId));
  if (used.length < t.minPostsForSpread) return null;
  const likes = used.map((p) => p.likes!);
  const avg = mean(likes)!;
  if (avg <= 0) return null;
  const spread = (Math.max(...likes) - Math.min(...likes)) / avg;
  if (spread >= t.minLikesSpread) return null;
  return {
    id: 'likes-too-even',
    severity: 'medium',
    message: `Likes vary by only ${percent(spread)} of their mean across ${used.length} posts (real posts usually vary by 40–100%): possibly bought likes.`,
    said: say('flLikesEven', pct(spread), num(used.length)),
    evidence: used.map((p) =>
      postEvidence(
        p.postId,
        `${count(p.likes!)} like${p.likes === 1 ? '' : 's'}`,
        say('evPostLikes', num(p.likes!)),
      ),
    ),
  };
}

/** More than the allowed share of recent posts sponsored, and sponsored posts without disclosure. */
export function sponsoredFlags(
  posts: readonly PostReading[],
  t: Thresholds,
  singlePost: boolean,
  platform: Platform | null = null,
): Flag[] {
  const flags: Flag[] = [];
  const sponsored = posts.filter(isSponsored);
  if (!singlePost && posts.length >= 3 && sponsored.length / posts.length > t.maxSponsoredShare)
    flags.push({
      id: 'too-many-sponsored',
      severity: 'low',
      message: `${sponsored.length} of ${posts.length} recent posts are sponsored (more than ${percent(t.maxSponsoredShare)}): audience fatigue.`,
      said: say(
        'flTooManySponsored',
        num(sponsored.length),
        num(posts.length),
        pct(t.maxSponsoredShare),
      ),
      evidence: sponsored.map((p) => postEvidence(p.id, 'sponsored', say('evSponsored'))),
    });
  const undisclosed = sponsored.filter(
    (p) => disclosureOf(p, platform) !== 'label' && disclosureOf(p, platform) !== 'early',
  );
  if (undisclosed.length)
    flags.push({
      id: 'sponsored-without-disclosure',
      severity: 'medium',
      message: `${undisclosed.length} sponsored-looking post${undisclosed.length === 1 ? '' : 's'} without #ad or a paid-partnership label before the caption cut-off.`,
      said:
        undisclosed.length === 1
          ? say('flUndisclosedOne')
          : say('flUndisclosedMany', num(undisclosed.length)),
      evidence: undisclosed.map((p) =>
        disclosureOf(p, platform) === 'late'
          ? postEvidence(p.id, 'disclosure only after the "more" cut-off', say('evDisclosureLate'))
          : postEvidence(
              p.id,
              `no disclosure; ${promotionSigns(p).join(', ')}`,
              say('evNoDisclosure', promotionSigns(p).join(', ')),
            ),
      ),
    });
  return flags;
}
