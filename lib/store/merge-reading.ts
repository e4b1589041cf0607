import type { LastReading } from '../model/creator';
import type { Count, ProfileInfo } from '../model/reading';

/**
 * Readings of one creator merge instead of replacing each other: the page opened last need not be
 * the one that showed the most (a video page has a rate and a rounded follower count, the profile
 * the exact count and no usable post). An exact number is never replaced by a rounded display of
 * the same number, a rate is never replaced by none, a verdict never by "not enough data".
 */

/** How far a rounded display value can be from the exact number it shows ("783.4K" ±50). */
export function roundingTolerance(rounded: number): number {
  if (rounded < 1000) return 0;
  let unit = 1;
  while (unit * 10 <= rounded / 10 && rounded % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

/** An exact earlier count of which the new rounded one is only the display keeps its place. */
export function mergeCount(earlier: Count | undefined, later: Count): Count {
  if (!earlier || earlier.value === null) return later;
  if (later.value === null) return earlier;
  if (!later.exact && earlier.exact) {
    if (Math.abs(earlier.value - later.value) <= roundingTolerance(later.value)) return earlier;
  }
  return later;
}

const hasContact = (c: ProfileInfo['contact']): boolean =>
  c !== undefined && c.emails.length + c.links.length > 0;

/** These fields of the later record, each it does not state (null) taken from the earlier one. */
export function laterOrEarlier<T extends object, K extends keyof T>(
  later: T,
  earlier: T,
  fields: readonly K[],
): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = later[field] ?? earlier[field];
  return picked;
}

const COUNT_FIELDS = ['followers', 'following', 'posts', 'likes'] as const;

export function mergeProfile(
  earlier: ProfileInfo | null,
  later: ProfileInfo | null,
): ProfileInfo | null {
  if (!later) return earlier;
  if (!earlier) return later;
  const merged: ProfileInfo = {
    ...later,
    ...laterOrEarlier(later, earlier, [
      'displayName',
      'bio',
      'externalUrl',
      'verified',
      'private',
      'category',
    ]),
    contact: hasContact(later.contact) ? later.contact : (earlier.contact ?? later.contact),
  };
  for (const field of COUNT_FIELDS) merged[field] = mergeCount(earlier[field], later[field]);
  return merged;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The later verdict, unless it could not judge: then the earlier one stays (it says when it was
 * made, in `at`). Scores the later verdict lacks are taken from the earlier one, the rate with its
 * basis, and so is the followers sample when the later page loaded no list.
 */
export function mergeVerdict(earlier: Json | null, later: Json | null): Json | null {
  if (!earlier) return later;
  if (!later) return earlier;
  const judged = (v: Json) => typeof v.verdict === 'string' && v.verdict !== 'insufficient-data';
  if (judged(earlier) && !judged(later)) return earlier;
  const a = isObject(earlier.scores) ? earlier.scores : {};
  const b = isObject(later.scores) ? later.scores : {};
  const scores: Json = { ...b };
  if (b.engagementRate == null && a.engagementRate != null) {
    scores.engagementRate = a.engagementRate;
    scores.engagementBasis = a.engagementBasis ?? null;
  }
  for (const field of ['spamRatio', 'audienceFit'])
    if (b[field] == null && a[field] != null) scores[field] = a[field];
  const audience = later.audience ?? earlier.audience ?? null;
  return { ...later, scores, ...(audience ? { audience } : {}) };
}

/** The new last reading with what the earlier one knew better kept. */
export function mergeLastReading(earlier: LastReading | null, later: LastReading): LastReading {
  if (!earlier) return later;
  return {
    ...later,
    reading: {
      ...later.reading,
      profile: mergeProfile(earlier.reading.profile, later.reading.profile),
    },
    verdict: mergeVerdict(earlier.verdict, later.verdict),
  };
}
