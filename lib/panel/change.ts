import type { Snapshot } from '../model/snapshot';
import { formatAge, formatDelta, formatPoints, formatShare } from './format';
import { t } from '../i18n/messages';

/** How the creator's numbers moved since the previous visit (an earlier clock hour). */
export interface ChangeView {
  since: string;
  hours: number;
  followers: number | null;
  followersShare: number | null;
  /** Engagement-rate change in fraction points; null unless both visits used the same basis. */
  engagementRate: number | null;
  text: string;
}

const HOUR_MS = 3_600_000;
const hourOf = (iso: string): number => Math.floor(Date.parse(iso) / HOUR_MS);

/**
 * The previous visit is the latest stored snapshot from an earlier clock hour than `current` (the
 * store keeps one per hour, so a snapshot of this same hour is this visit itself). Null on a first
 * visit.
 */
export function changeSinceLastVisit(
  history: readonly Snapshot[],
  current: Snapshot,
): ChangeView | null {
  const now = hourOf(current.at);
  if (!Number.isFinite(now)) return null;
  let previous: Snapshot | null = null;
  for (const s of history) {
    const h = hourOf(s.at);
    if (!Number.isFinite(h) || h >= now) continue;
    if (!previous || Date.parse(s.at) > Date.parse(previous.at)) previous = s;
  }
  if (!previous) return null;
  const hours = (Date.parse(current.at) - Date.parse(previous.at)) / HOUR_MS;
  const followers =
    previous.followers !== null && current.followers !== null
      ? current.followers - previous.followers
      : null;
  const followersShare =
    followers !== null && previous.followers ? followers / previous.followers : null;
  const engagementRate =
    previous.engagementRate !== null &&
    current.engagementRate !== null &&
    previous.engagementBasis === current.engagementBasis
      ? current.engagementRate - previous.engagementRate
      : null;
  const parts = [
    followers === null
      ? null
      : t(
          'changeFollowers',
          `${formatDelta(followers)}${followersShare === null ? '' : ` (${formatShare(followersShare)})`}`,
        ),
    engagementRate === null ? null : t('changeEngagement', formatPoints(engagementRate)),
  ].filter(Boolean);
  return {
    since: previous.at,
    hours,
    followers,
    followersShare,
    engagementRate,
    text: t(
      'sinceLastVisit',
      formatAge(hours),
      parts.length ? parts.join(', ') : t('noComparableNumbers'),
    ),
  };
}
