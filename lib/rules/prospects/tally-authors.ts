import type { DiscoveryPage } from '../../model/discovery';
import type { Platform } from '../../model/reading';
import { botLikeHandle, normalHandle } from './bot-handle';

/** One visit of a hashtag, search or explore page, as the tally needs it. */
export interface DiscoveryVisit {
  platform: Platform;
  page: DiscoveryPage;
  tag: string | null;
  /** ISO time of the visit; visits are told apart by it. */
  at: string;
  posts: readonly { id: string; author: string }[];
}

export interface RecurringCreator {
  platform: Platform;
  handle: string;
  /** Distinct posts seen. */
  posts: number;
  /** Distinct visits they were seen in. */
  visits: number;
  /** Hashtags and searches they were seen under (hashtags with #). */
  places: string[];
  postIds: string[];
  score: number;
  lastSeen: string;
  evidence: string[];
}

/**
 * Score: each distinct post counts 1, each further hashtag or search they show up under adds 1
 * (a creator recurring across the niche's tags posts in it consistently), each further visit 0.5.
 */
export const TALLY_WEIGHTS = { perPost: 1, perExtraPlace: 1, perExtraVisit: 0.5 } as const;

export function placeOf(visit: Pick<DiscoveryVisit, 'page' | 'tag'>): string {
  if (visit.page === 'hashtag' && visit.tag) return `#${visit.tag}`;
  if (visit.page === 'search' && visit.tag) return `“${visit.tag}”`;
  return 'explore';
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length <= 3) return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}

export function tallyEvidence(c: Pick<RecurringCreator, 'places' | 'posts' | 'visits'>): string {
  const where = c.places.filter((p) => p !== 'explore');
  const head = where.length ? `seen in top posts of ${list(where)}` : 'seen on the explore page';
  return `${head}, ${c.posts} post${c.posts === 1 ? '' : 's'} in ${c.visits} visit${c.visits === 1 ? '' : 's'}`;
}

/** Posts' authors tallied per visit and across visits, most recurring first. */
export function tallyAuthors(
  visits: readonly DiscoveryVisit[],
  options: { exclude?: readonly string[] } = {},
): RecurringCreator[] {
  const excluded = new Set((options.exclude ?? []).map(normalHandle));
  const byKey = new Map<
    string,
    {
      platform: Platform;
      handle: string;
      posts: Set<string>;
      visits: Set<string>;
      places: Set<string>;
      last: string;
    }
  >();
  for (const v of visits) {
    const place = placeOf(v);
    for (const post of v.posts) {
      const handle = normalHandle(post.author);
      if (!handle || excluded.has(handle) || botLikeHandle(handle)) continue;
      const key = `${v.platform}:${handle}`;
      const t = byKey.get(key) ?? {
        platform: v.platform,
        handle,
        posts: new Set<string>(),
        visits: new Set<string>(),
        places: new Set<string>(),
        last: v.at,
      };
      t.posts.add(post.id);
      t.visits.add(`${place}@${v.at}`);
      t.places.add(place);
      if (v.at > t.last) t.last = v.at;
      byKey.set(key, t);
    }
  }
  const out: RecurringCreator[] = [];
  for (const t of byKey.values()) {
    const places = [...t.places].sort();
    const score =
      TALLY_WEIGHTS.perPost * t.posts.size +
      TALLY_WEIGHTS.perExtraPlace * (places.length - 1) +
      TALLY_WEIGHTS.perExtraVisit * (t.visits.size - 1);
    const c = { posts: t.posts.size, visits: t.visits.size, places };
    out.push({
      platform: t.platform,
      handle: t.handle,
      ...c,
      postIds: [...t.posts],
      score,
      lastSeen: t.last,
      evidence: [tallyEvidence(c)],
    });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score || b.lastSeen.localeCompare(a.lastSeen) || a.handle.localeCompare(b.handle),
  );
}
