import { t, type MessageKey } from '../i18n/messages';
import type { Thresholds } from '../model/settings';

/** How the settings name each threshold (public/_locales). */
const LABELS: Record<keyof Thresholds, MessageKey> = {
  freshPostHours: 'thresholdFreshPostHours',
  maxPosts: 'thresholdMaxPosts',
  minPosts: 'thresholdMinPosts',
  minLikesSpread: 'thresholdMinLikesSpread',
  minPostsForSpread: 'thresholdMinPostsForSpread',
  massFollowing: 'thresholdMassFollowing',
  followingRatio: 'thresholdFollowingRatio',
  followingMin: 'thresholdFollowingMin',
  maxSponsoredShare: 'thresholdMaxSponsoredShare',
  redFlagRate: 'thresholdRedFlagRate',
  genericStrongMax: 'thresholdGenericStrongMax',
  spamSkipRatio: 'thresholdSpamSkipRatio',
  spamStrongMax: 'thresholdSpamStrongMax',
  minComments: 'thresholdMinComments',
  minFit: 'thresholdMinFit',
  spikeFollowersPerDay: 'thresholdSpikeFollowersPerDay',
  spikeShareOfFollowersPerDay: 'thresholdSpikeShareOfFollowersPerDay',
  spikeFactor: 'thresholdSpikeFactor',
  viralViewsFactor: 'thresholdViralViewsFactor',
  declineShare: 'thresholdDeclineShare',
  engagementDropShare: 'thresholdEngagementDropShare',
  engagementDropMinDays: 'thresholdEngagementDropMinDays',
  engagementDropMaxDays: 'thresholdEngagementDropMaxDays',
  competitorWindowDays: 'thresholdCompetitorWindowDays',
  checkInDays: 'thresholdCheckInDays',
};

export const thresholdLabel = (key: keyof Thresholds): string => t(LABELS[key]);

/** Thresholds that are shares, typed and shown as percentages. */
export const THRESHOLD_PERCENT: ReadonlySet<keyof Thresholds> = new Set([
  'minLikesSpread',
  'maxSponsoredShare',
  'redFlagRate',
  'genericStrongMax',
  'spamSkipRatio',
  'spamStrongMax',
  'minFit',
  'spikeShareOfFollowersPerDay',
  'declineShare',
  'engagementDropShare',
]);

/** A settings error's path in words ("Spam comments … (%)" rather than thresholds.spamSkipRatio). */
export function settingPathText(path: readonly PropertyKey[]): string {
  if (path[0] === 'thresholds' && typeof path[1] === 'string' && path[1] in LABELS)
    return thresholdLabel(path[1] as keyof Thresholds);
  return path
    .filter((p) => typeof p === 'string')
    .map((p) =>
      String(p)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase(),
    )
    .join(' › ');
}
