import type { Prospect, Sighting } from '../model/prospects';
import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';
import { VerdictLabel } from '../model/verdict';
import { t, uiLocale } from '../i18n/messages';
import { verdictShortLabel } from '../i18n/labels';
import { countedText, plural } from '../i18n/plural';
import type { Prospect as Commenter } from '../rules/prospects/rank-commenters';
import { formatAgo, formatCount, formatShortDay } from '../panel/format';

/** The to-vet list as the popup and the dashboard show it, in the browser's language. */

/** "#a, #b and #c", or "#a, #b, #c and 2 more", the list the UI language's way. */
export function placesText(places: readonly string[]): string {
  if (places.length <= 3)
    return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(places);
  return plural(
    places.length - 3,
    'listAndMoreOne',
    'listAndMoreMany',
    places.slice(0, 3).join(', '),
    formatCount(places.length - 3),
  );
}

/** "seen in top posts of #a and #b", or "seen on the explore page" when only explore. */
export function seenWhereText(places: readonly string[]): string {
  const named = places.filter((p) => p !== 'explore');
  return named.length ? t('seenInTopPosts', placesText(named)) : t('seenOnExplore');
}

/** Why a commenter on the page is worth vetting: where it commented, how much, on how many posts. */
export function commenterWhy(p: Commenter): string[] {
  const found = sightingText({
    at: '',
    page: 'post',
    place: p.postCreator ? `@${p.postCreator}` : '',
    postedAt: p.postedAt,
    postId: p.postId,
    quote: p.quote || null,
  });
  const counts = [countedText(p.comments, 'commentsOne', 'commentsMany')];
  if (p.likes) counts.push(countedText(p.likes, 'likesOnThemOne', 'likesOnThemMany'));
  if (p.replies) counts.push(countedText(p.replies, 'repliesOne', 'repliesMany'));
  const why = [found, counts.join(', ')];
  if (p.posts > 1) why.push(t('commentedOnPostsOpened', formatCount(p.posts)));
  return why;
}

export function sightingText(s: Sighting): string {
  if (s.page === 'post' || s.page === 'video') {
    const day = s.postedAt ? formatShortDay(s.postedAt) : null;
    const where = s.place
      ? day
        ? t('sightingPostOfDay', s.place, day)
        : t('sightingPostOf', s.place)
      : day
        ? t('sightingAPostOfDay', day)
        : t('sightingAPost');
    return s.quote ? t('sightingQuote', where, s.quote) : where;
  }
  if (s.page === 'explore') return t('sightingExplore', formatShortDay(s.at));
  return t('sightingTop', s.place, formatShortDay(s.at));
}

export interface Known {
  at: string | null;
  verdict: string | null;
}

function verdictWord(v: string | null): string {
  const label = VerdictLabel.safeParse(v);
  return label.success ? verdictShortLabel(label.data) : t('verdictNone');
}
const ago = (at: string | null, now: Date): string => (at ? formatAgo(at, now) : t('whenNever'));

export interface ToVetRow {
  id: string;
  platform: Platform;
  handle: string;
  status: Prospect['status'];
  url: string;
  /** "commented on @brand's post of 12 May: 'where …'" */
  where: string;
  /** "seen 4 times in 3 places" */
  seen: string;
  /** "vetted: review, today" / "already vetted: review, 2 weeks ago" / "" */
  vetted: string;
  seenCount: number;
  lastSeen: string;
}

/** To-vet rows first (most seen, then most recently seen), then vetted ones; dismissed and only-seen left out. */
export function toVetRows(
  prospects: readonly Prospect[],
  known: Record<string, Known>,
  now: Date,
): ToVetRow[] {
  const rows = prospects
    .filter((p) => p.status === 'to-vet' || p.status === 'vetted')
    .map((p): ToVetRow => {
      const id = `${p.platform}:${p.handle}`;
      const places = new Set(p.sightings.map((s) => s.place)).size;
      const k = known[id];
      const vetted =
        p.status === 'vetted'
          ? t('prospectVettedAgo', verdictWord(p.verdict), ago(p.vettedAt, now))
          : k && k.at
            ? t('prospectKnownAgo', verdictWord(k.verdict), ago(k.at, now))
            : '';
      return {
        id,
        platform: p.platform,
        handle: p.handle,
        status: p.status,
        url: PLATFORMS[p.platform].profileUrl(p.handle),
        where: p.sightings[0] ? sightingText(p.sightings[0]) : '',
        seen:
          p.seenCount <= 1
            ? t('prospectSeenOnce')
            : places > 1
              ? t('prospectSeenTimesPlaces', formatCount(p.seenCount), formatCount(places))
              : t('prospectSeenTimes', formatCount(p.seenCount)),
        vetted,
        seenCount: p.seenCount,
        lastSeen: p.sightings[0]?.at ?? p.firstSeenAt,
      };
    });
  const rank = (r: ToVetRow) => (r.status === 'to-vet' ? (r.vetted ? 1 : 0) : 2);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.seenCount - a.seenCount ||
      b.lastSeen.localeCompare(a.lastSeen) ||
      a.id.localeCompare(b.id),
  );
}

/** The next profile to open: the first row still to vet and not known already. */
export const nextToVet = (rows: readonly ToVetRow[]): ToVetRow | null =>
  rows.find((r) => r.status === 'to-vet' && !r.vetted) ??
  rows.find((r) => r.status === 'to-vet') ??
  null;
