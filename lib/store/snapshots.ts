import type { SnapshotChange } from '../model/creator';
import type { Snapshot } from '../model/snapshot';

/**
 * History kept per creator. 50 snapshots cover ~7 weeks of daily visits, enough for the growth
 * rules (engagement drop over 10–25 days, spikes between visits) and a chart. Visited-only
 * creators keep the same history so that it exists when the user shortlists them later.
 */
export const MAX_SNAPSHOTS = 50;
/** Snapshots older than this (before the newest) are thinned to one per UTC day when over the cap. */
export const KEEP_HOURLY_DAYS = 7;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const timeOf = (s: Snapshot): number => Date.parse(s.at);

/**
 * Adds a visit's snapshot: one per creator per clock hour (UTC), a later visit in the same hour
 * replacing that hour's snapshot. Result is oldest first and at most `cap` long.
 */
export function mergeSnapshot(
  history: readonly Snapshot[],
  snapshot: Snapshot,
  cap = MAX_SNAPSHOTS,
): Snapshot[] {
  const hour = Math.floor(timeOf(snapshot) / HOUR);
  const kept = history.filter((s) => Math.floor(timeOf(s) / HOUR) !== hour);
  kept.push(snapshot);
  kept.sort((a, b) => timeOf(a) - timeOf(b));
  return thin(kept, cap);
}

/**
 * Over the cap: older snapshots (more than KEEP_HOURLY_DAYS before the newest) are reduced to the
 * last of each UTC day; if still over, the oldest after the first go. The first snapshot stays as
 * the baseline the growth rules measure from.
 */
export function thin(sorted: readonly Snapshot[], cap = MAX_SNAPSHOTS): Snapshot[] {
  if (sorted.length <= cap) return [...sorted];
  const newest = timeOf(sorted[sorted.length - 1]!);
  const out: Snapshot[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    const next = sorted[i + 1];
    const old = newest - timeOf(s) > KEEP_HOURLY_DAYS * DAY;
    const sameDayAsNext = next !== undefined && dayOf(next) === dayOf(s);
    if (i > 0 && old && sameDayAsNext) continue;
    out.push(s);
  }
  if (out.length > cap) out.splice(1, out.length - cap);
  return out;
}

const dayOf = (s: Snapshot): number => Math.floor(timeOf(s) / DAY);

/**
 * The change between the last two snapshots (the previous visit and the latest); null with fewer.
 * Engagement rates are compared only on the same basis (followers vs views).
 */
export function changeSinceLastVisit(history: readonly Snapshot[]): SnapshotChange | null {
  const to = history[history.length - 1];
  const from = history[history.length - 2];
  if (!to || !from) return null;
  const followers = diff(from.followers, to.followers);
  return {
    from: from.at,
    to: to.at,
    hours: Math.max(0, (timeOf(to) - timeOf(from)) / HOUR),
    followers,
    followersShare: followers !== null && from.followers ? followers / from.followers : null,
    engagementRate:
      from.engagementBasis === to.engagementBasis
        ? diff(from.engagementRate, to.engagementRate)
        : null,
    spamRatio: diff(from.spamRatio, to.spamRatio),
  };
}

const diff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : b - a;
