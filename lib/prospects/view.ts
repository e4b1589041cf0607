import { toCsv, type CsvColumn } from '../export/csv-write';
import type { Prospect, Sighting } from '../model/prospects';
import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';

/**
 * The to-vet list as the popup and the dashboard show it. User-facing wording of the discovery
 * feature lives here (and in the panel's Prospects) until the shared labels/i18n land.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
};

export function sightingText(s: Sighting): string {
  if (s.page === 'post' || s.page === 'video') {
    const whose = s.place ? `${s.place}'s post` : 'a post';
    const of = s.postedAt ? ` of ${day(s.postedAt)}` : '';
    return `commented on ${whose}${of}${s.quote ? `: '${s.quote}'` : ''}`;
  }
  if (s.page === 'explore') return `seen on the explore page, ${day(s.at)}`;
  return `seen in top posts of ${s.place}, ${day(s.at)}`;
}

export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const days = Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
  if (!Number.isFinite(days)) return '';
  if (days < 1) return 'today';
  if (days < 2) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

export interface Known {
  at: string | null;
  verdict: string | null;
}

const VERDICT_WORDS: Record<string, string> = {
  strong: 'strong',
  review: 'review',
  skip: 'skip',
  'insufficient-data': 'not enough data',
};
export const verdictWord = (v: string | null) => (v ? (VERDICT_WORDS[v] ?? v) : '');

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
          ? `vetted: ${verdictWord(p.verdict) || 'no verdict'}, ${ago(p.vettedAt, now)}`
          : k && k.at
            ? `already vetted: ${verdictWord(k.verdict) || 'no verdict'}, ${ago(k.at, now)}`
            : '';
      return {
        id,
        platform: p.platform,
        handle: p.handle,
        status: p.status,
        url: PLATFORMS[p.platform].profileUrl(p.handle),
        where: p.sightings[0] ? sightingText(p.sightings[0]) : '',
        seen:
          p.seenCount > 1
            ? `seen ${p.seenCount} times${places > 1 ? ` in ${places} places` : ''}`
            : 'seen once',
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

const COLUMNS: CsvColumn<ToVetRow>[] = [
  { header: 'platform', description: 'instagram or tiktok', value: (r) => r.platform },
  { header: 'handle', description: 'the account name, without @', value: (r) => r.handle },
  { header: 'profile_url', description: 'link to the profile', value: (r) => r.url },
  { header: 'status', description: 'to-vet or vetted', value: (r) => r.status },
  { header: 'found', description: 'where it was found', value: (r) => r.where },
  { header: 'times_seen', description: 'times seen in all', value: (r) => r.seenCount },
  { header: 'vetted', description: 'the verdict when vetted', value: (r) => r.vetted },
];

/** CSV through the shared writer: text cleaned, formulas neutralised. */
export const toVetCsv = (rows: readonly ToVetRow[]): string => toCsv(COLUMNS, rows);
