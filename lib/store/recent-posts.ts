import type { KeptPost } from '../model/creator';
import { isPostHost } from '../model/platforms';
import type { PageReading, PostReading } from '../model/reading';
import { cut } from './compact';
import { laterOrEarlier } from './merge-reading';

/**
 * The creator's recent posts kept across readings. 12 covers a profile grid's first rows plus the
 * post pages visited since; drafts look at the newest few, so only those keep a caption, and only
 * its opening words, which is all a draft quotes.
 */
export const KEEP_RECENT_POSTS = 12;
export const MAX_KEPT_CAPTION = 100;
export const CAPTIONED_POSTS = 3;
/** Room for a post's @mentions and #hashtags, written "@a #b" (lib/model/creator.ts KeptPost). */
export const MAX_HANDLES_AND_TAGS = 1000;

/**
 * A post's mentions and hashtags as one string ("@brand_es #ad"), whole words only, up to the cap;
 * empty when the post lists none (read, and none there: null is for posts kept before they were read).
 */
export function handlesAndTagsOf(post: Pick<PostReading, 'mentions' | 'hashtags'>): string {
  const words = [
    ...post.mentions.map((m) => `@${m.replace(/^@+/, '')}`),
    ...post.hashtags.map((h) => `#${h.replace(/^#+/, '')}`),
  ]
    .map((w) => w.replace(/\s+/g, ''))
    .filter((w) => w.length > 1);
  let out = '';
  for (const word of new Set(words)) {
    const next = out === '' ? word : `${out} ${word}`;
    if (next.length > MAX_HANDLES_AND_TAGS) break;
    out = next;
  }
  return out;
}

/** The post's link made absolute against the page; null unless https on the platform's domain. */
function absoluteUrl(post: PostReading, reading: PageReading): string | null {
  if (!post.url) return null;
  try {
    const url = new URL(post.url, reading.url);
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    return isPostHost(reading.platform, url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

const isoOrNull = (time: string | null): string | null =>
  time !== null && !Number.isNaN(Date.parse(time)) ? time : null;

/** The reading's posts by the creator `handle` (other authors, e.g. on a tagged post, are left out). */
export function keptPostsOf(reading: PageReading, handle: string, seenAt: string): KeptPost[] {
  if (reading.status !== 'ok') return [];
  return reading.posts.flatMap((post): KeptPost[] => {
    if (post.id === '') return [];
    if (post.author !== null && post.author.replace(/^@/, '').toLowerCase() !== handle) return [];
    const counts = [post.likes, post.comments, post.views].filter((c) => c.value !== null);
    return [
      {
        id: post.id,
        url: absoluteUrl(post, reading),
        takenAt: isoOrNull(post.takenAt),
        caption: post.caption === null ? null : cut(post.caption, MAX_KEPT_CAPTION),
        likes: post.likes.value,
        comments: post.comments.value,
        views: post.views.value,
        shares: post.shares.value,
        countsExact: counts.every((c) => c.exact),
        format: post.format,
        pinned: post.pinned,
        paidPartnership: post.paidPartnership,
        handlesAndTags: handlesAndTagsOf(post),
        seenAt,
      },
    ];
  });
}

/**
 * Merges a reading's posts into the kept ones by post id. The later reading wins a post's fields
 * (fresher counts, pin state), except that a number it could not read keeps the earlier value, a
 * date or link it lacks keeps the earlier one, and a paid partnership once seen stays one. Newest first by `takenAt`; undated posts after the
 * dated ones, most recently seen first. At most `cap`.
 */
export function mergeRecentPosts(
  kept: readonly KeptPost[],
  incoming: readonly KeptPost[],
  cap = KEEP_RECENT_POSTS,
): KeptPost[] {
  const byId = new Map(kept.map((post) => [post.id, post]));
  for (const post of incoming) {
    const earlier = byId.get(post.id);
    if (!earlier) {
      byId.set(post.id, post);
      continue;
    }
    const [older, newer] =
      Date.parse(earlier.seenAt) > Date.parse(post.seenAt) ? [post, earlier] : [earlier, post];
    byId.set(post.id, combine(older, newer));
  }
  return [...byId.values()]
    .sort(newestFirst)
    .slice(0, cap)
    .map((post, i) =>
      i < CAPTIONED_POSTS || post.caption === null ? post : { ...post, caption: null },
    );
}

function combine(older: KeptPost, newer: KeptPost): KeptPost {
  const borrowsCounts = (['likes', 'comments', 'views', 'shares'] as const).some(
    (field) => newer[field] === null && older[field] !== null,
  );
  return {
    ...newer,
    // A profile grid cell may not state what the post page did (its format, its tags).
    ...laterOrEarlier(newer, older, [
      'url',
      'takenAt',
      'caption',
      'likes',
      'comments',
      'views',
      'shares',
      'format',
      'handlesAndTags',
    ]),
    countsExact: newer.countsExact && (!borrowsCounts || older.countsExact),
    // A paid-partnership label seen once stays: a profile grid that cannot see it says nothing.
    paidPartnership:
      older.paidPartnership === true ? true : (newer.paidPartnership ?? older.paidPartnership),
  };
}

function newestFirst(a: KeptPost, b: KeptPost): number {
  const ta = a.takenAt === null ? null : Date.parse(a.takenAt);
  const tb = b.takenAt === null ? null : Date.parse(b.takenAt);
  if (ta !== null && tb !== null && ta !== tb) return tb - ta;
  if (ta !== null && tb === null) return -1;
  if (ta === null && tb !== null) return 1;
  return Date.parse(b.seenAt) - Date.parse(a.seenAt);
}
