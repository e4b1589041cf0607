import { latestEntry } from '../../model/conversation-log';
import type { CreatorRecord } from '../../model/creator';
import type { Platform } from '../../model/reading';

/**
 * Monthly check-ins with ambassadors (the seed's ambassador programme: keep in touch with the
 * creators who keep delivering). A creator whose status is `ambassador` in any campaign is due for a
 * check-in when their last contact is `days` days old or more (the Settings threshold, 30 by default):
 *
 * - the last contact is the newest conversation in their log (lib/model/conversation-log.ts);
 * - with no conversation logged, it is the last change to their ambassador entry (`updatedAt` of the
 *   campaign entry, which is when they were made ambassador unless the entry was edited since): the
 *   store keeps no date of each status change, and the record's own `updatedAt` moves at every visit.
 *
 * Logging a conversation dated within the window clears the reminder. A conversation dated in the
 * future counts as contact now (never due before it).
 */

/** Days without a conversation after which an ambassador is due for a check-in, by default. */
export const CHECK_IN_DAYS = 30;
const DAY = 86_400_000;

export interface CheckInDue {
  platform: Platform;
  handle: string;
  displayName: string | null;
  /** When the last contact was (ISO 8601). */
  lastContact: string;
  /** `log`: the newest logged conversation; `ambassador-since`: none logged, the ambassador entry's last change. */
  basis: 'log' | 'ambassador-since';
  /** Whole days since the last contact (at least CHECK_IN_DAYS). */
  days: number;
}

type Ambassador = Pick<CreatorRecord, 'platform' | 'handle' | 'displayName' | 'campaigns' | 'log'>;

/** The creator's check-in, or null when they are no ambassador or were contacted recently. */
export function checkInDue(
  record: Ambassador,
  now: number,
  days = CHECK_IN_DAYS,
): CheckInDue | null {
  const entries = record.campaigns.filter((e) => e.status === 'ambassador');
  if (entries.length === 0) return null;
  const latest = latestEntry(record.log);
  const since = entries
    .map((e) => e.updatedAt)
    .filter((at) => !Number.isNaN(Date.parse(at)))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const lastContact = latest?.at ?? since;
  if (lastContact === undefined) return null;
  const elapsed = now - Date.parse(lastContact);
  if (elapsed < days * DAY) return null;
  return {
    platform: record.platform,
    handle: record.handle,
    displayName: record.displayName,
    lastContact,
    basis: latest ? 'log' : 'ambassador-since',
    days: Math.floor(elapsed / DAY),
  };
}

/** The ambassadors due for a check-in, longest without contact first. */
export function checkInsDue(
  creators: readonly Ambassador[],
  now: string,
  days = CHECK_IN_DAYS,
): CheckInDue[] {
  const at = Date.parse(now);
  return creators
    .flatMap((record) => {
      const due = checkInDue(record, at, days);
      return due ? [due] : [];
    })
    .sort(
      (a, b) =>
        Date.parse(a.lastContact) - Date.parse(b.lastContact) || a.handle.localeCompare(b.handle),
    );
}
