import type { Prospect, Sighting } from '../model/prospects';
import type { Platform } from '../model/reading';
import { t } from '../i18n/messages';
import { countedText } from '../i18n/plural';
import { seenWhereText } from './view';

/** One creator of the dashboard's Discover view: seen on hashtag, search or explore pages. */
export interface DiscoverRow {
  id: string;
  platform: Platform;
  handle: string;
  status: Prospect['status'];
  /** Hashtags and searches, most recent first ("#slowfashion", "“slow fashion”", "explore"). */
  places: string[];
  /** Posts seen in all (each post once). */
  posts: number;
  /** Distinct days seen (a visit a day at most counts). */
  days: number;
  lastSeen: string;
  /** "seen in top posts of #slowfashion and #ecofashion, 4 posts on 3 days" */
  evidence: string;
  latest: Sighting;
}

export interface DiscoverFilter {
  platform: Platform | 'all';
  /** A place ("#slowfashion") or 'all'. */
  place: string;
}

const isDiscovery = (s: Sighting) =>
  s.page === 'hashtag' || s.page === 'search' || s.page === 'explore';

/** Most posts first, then most places, then most recent; dismissed ones left out. */
export function discoverRows(prospects: readonly Prospect[]): DiscoverRow[] {
  const rows: DiscoverRow[] = [];
  for (const p of prospects) {
    if (p.status === 'dismissed') continue;
    const seen = p.sightings.filter(isDiscovery);
    if (seen.length === 0) continue;
    const places = [...new Set(seen.map((s) => s.place))];
    const days = new Set(seen.map((s) => s.at.slice(0, 10))).size;
    rows.push({
      id: `${p.platform}:${p.handle}`,
      platform: p.platform,
      handle: p.handle,
      status: p.status,
      places,
      posts: p.seenCount,
      days,
      lastSeen: seen[0]!.at,
      evidence: t(
        'discoverEvidence',
        seenWhereText(places),
        countedText(p.seenCount, 'countPostsOne', 'countPostsMany'),
        countedText(days, 'countDaysOne', 'countDaysMany'),
      ),
      latest: seen[0]!,
    });
  }
  return rows.sort(
    (a, b) =>
      b.posts - a.posts ||
      b.places.length - a.places.length ||
      b.lastSeen.localeCompare(a.lastSeen) ||
      a.id.localeCompare(b.id),
  );
}

export const filterDiscover = (rows: readonly DiscoverRow[], f: DiscoverFilter): DiscoverRow[] =>
  rows.filter(
    (r) =>
      (f.platform === 'all' || r.platform === f.platform) &&
      (f.place === 'all' || r.places.includes(f.place)),
  );

export const placesOf = (rows: readonly DiscoverRow[]): string[] =>
  [...new Set(rows.flatMap((r) => r.places))].sort();
