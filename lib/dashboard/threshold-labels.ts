import type { Thresholds } from '../model/settings';

/** How the settings name each threshold; `percent`: a share, typed and shown as a percentage. */
export const THRESHOLD_LABELS: Record<keyof Thresholds, { label: string; percent?: boolean }> = {
  freshPostHours: { label: 'Posts younger than this many hours are left out (still growing)' },
  maxPosts: { label: 'Most recent posts the engagement median uses' },
  minPosts: { label: 'Usable posts needed before a creator can be strong' },
  minLikesSpread: { label: 'Likes spread across posts below this looks bought (%)', percent: true },
  minPostsForSpread: { label: 'Posts with exact likes needed to judge the spread' },
  massFollowing: { label: 'Following more accounts than this is mass following' },
  followingRatio: { label: 'Following at least this many times the followers is flagged' },
  followingMin: { label: '…and at least this many accounts followed' },
  maxSponsoredShare: { label: 'Sponsored posts above this share are flagged (%)', percent: true },
  redFlagRate: { label: "The seed's red flag: engagement by followers below (%)", percent: true },
  genericStrongMax: {
    label: 'Generic comments above this share keep a creator from strong (%)',
    percent: true,
  },
  spamSkipRatio: { label: 'Spam comments at or above this share mean skip (%)', percent: true },
  spamStrongMax: {
    label: 'Spam comments above this share keep a creator from strong (%)',
    percent: true,
  },
  minComments: { label: 'Audience comments needed before the spam share counts' },
  minFit: { label: 'Audience fit below this is flagged (with a brief) (%)', percent: true },
  spikeFollowersPerDay: { label: 'Followers gained per day above this is a spike' },
  spikeShareOfFollowersPerDay: {
    label: 'A daily gain of this share of followers is a spike (%)',
    percent: true,
  },
  spikeFactor: { label: '…when it is this many times the usual pace' },
  viralViewsFactor: { label: 'Top post views this many times the followers explain a spike' },
  declineShare: { label: 'A loss of this share of followers is a decline (%)', percent: true },
  engagementDropShare: {
    label: 'An engagement drop of this share raises an alert (%)',
    percent: true,
  },
  engagementDropMinDays: { label: '…against a visit at least this many days ago' },
  engagementDropMaxDays: { label: '…and at most this many days ago' },
};

/** A settings error's path in words ("Spam comments … (%)" rather than thresholds.spamSkipRatio). */
export function settingPathText(path: readonly PropertyKey[]): string {
  if (path[0] === 'thresholds' && typeof path[1] === 'string' && path[1] in THRESHOLD_LABELS)
    return THRESHOLD_LABELS[path[1] as keyof Thresholds].label;
  return path
    .filter((p) => typeof p === 'string')
    .map((p) =>
      String(p)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase(),
    )
    .join(' › ');
}
