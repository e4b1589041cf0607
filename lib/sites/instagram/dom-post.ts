import { cleanLine } from '../text';
import type { Observations } from './counts';
import { countInClause } from './count-text';
import { SELECTORS } from './selectors';

/**
 * The rendered post: likes from the link to /liked_by/ ("159,071 likes"), the date from the
 * <time> in the permalink of the post itself. Links of other posts (related media, a stale
 * previous post) are ignored by matching the shortcode in the href.
 */

const POST_PATH = /^\/(?:[a-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/(liked_by\/)?$/i;

function postPath(href: string | null): { code: string; likedBy: boolean } | null {
  if (!href) return null;
  let path: string;
  try {
    path = new URL(href, 'https://www.instagram.com').pathname.replace(/\/?$/, '/');
  } catch {
    return null;
  }
  const match = POST_PATH.exec(path);
  return match ? { code: match[1]!, likedBy: Boolean(match[2]) } : null;
}

export function readPostLikes(
  doc: Document,
  postId: string,
  lang: string | null,
  into: Observations,
): void {
  for (const link of doc.querySelectorAll(SELECTORS.likedByLink)) {
    const target = postPath(link.getAttribute('href'));
    if (target?.code !== postId || !target.likedBy) continue;
    const count = countInClause(cleanLine(link.textContent ?? ''), lang);
    if (count)
      into.add(count.value, count.exact, 'dom', `a[href$="/liked_by/"] text: "${count.text}"`);
  }
}

/** ISO time of the post, from <time datetime> inside a link to the post itself. */
export function readPostTime(doc: Document, postId: string): string | null {
  for (const time of doc.querySelectorAll(SELECTORS.timeInLink)) {
    const link = time.closest('a[href]');
    const target = postPath(link?.getAttribute('href') ?? null);
    if (target?.code !== postId || target.likedBy) continue;
    const iso = isoTime(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

export function isoTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
