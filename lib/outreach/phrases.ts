/** Small phrases drafts need, in the UI language: how long you have followed someone, a campaign's dates. */

import { t, uiLocale } from '../i18n/messages';
import type { Say } from './draft-words';

const DAY = 86_400_000;

/**
 * "for a few weeks", "for about 5 months", "for over a year", "for about 3 years"; null for an
 * unreadable date or one in the future (never claims a longer following than the date says).
 */
export function describeFollowingFor(since: string, now: Date, say: Say = t): string | null {
  const start = Date.parse(since);
  if (Number.isNaN(start) || start > now.getTime()) return null;
  const days = Math.floor((now.getTime() - start) / DAY);
  if (days < 14) return say('dfFewDays');
  if (days < 60) return say('dfFewWeeks');
  const from = new Date(start);
  const months =
    (now.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (now.getUTCMonth() - from.getUTCMonth()) -
    (now.getUTCDate() < from.getUTCDate() ? 1 : 0);
  if (months < 12) return say('dfMonths', Math.max(2, months));
  const years = Math.floor(months / 12);
  if (years < 2) return say('dfOverAYear');
  return say('dfYears', years);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(day: string): Date | null {
  if (!ISO_DATE.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : date;
}

/**
 * A campaign's dates as a short range in the reader's locale ("May 1 – 15, 2026"); dates are
 * calendar days (YYYY-MM-DD) and formatted in UTC so no time zone shifts them by a day.
 * null when a date is unreadable or the range runs backwards.
 */
export function describeCampaignDates(
  start: string | null | undefined,
  end: string | null | undefined,
  locale = uiLocale(),
  say: Say = t,
): string | null {
  const from = start ? parseDay(start) : null;
  const to = end ? parseDay(end) : null;
  if ((start && !from) || (end && !to)) return null;
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  if (from && to) return to < from ? null : format.formatRange(from, to);
  if (from) return say('dfFromDay', format.format(from));
  if (to) return say('dfUntilDay', format.format(to));
  return null;
}
