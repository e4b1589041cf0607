import { DATA_PATHS } from './selectors';

export type TikTokResponseKind =
  'item-list' | 'comment-list' | 'comment-replies' | 'user-detail' | 'item-detail' | 'user-list';

const KINDS: [TikTokResponseKind, readonly string[]][] = [
  // Replies first: their path starts with the comment-list path.
  ['comment-replies', DATA_PATHS.commentReplies],
  ['comment-list', DATA_PATHS.commentList],
  ['item-list', DATA_PATHS.itemList],
  ['user-detail', DATA_PATHS.userDetail],
  ['item-detail', DATA_PATHS.itemDetail],
  ['user-list', DATA_PATHS.userList],
];

const HOST = /^https?:\/\/(?:[a-z0-9-]+\.)*tiktok\.com(?::\d+)?(\/[^?#]*)/i;

/** The path of a TikTok URL (absolute, or relative to the page), or null. String work only. */
function tiktokPath(url: string): string | null {
  if (url.startsWith('/')) return url.replace(/[?#].*$/, '');
  return HOST.exec(url)?.[1] ?? null;
}

/** Which TikTok data response a URL is, or null. Cheap: called on every response the page receives. */
export function tiktokResponseKind(url: string): TikTokResponseKind | null {
  if (typeof url !== 'string' || url.length > 8192 || !url.includes('/api/')) return null;
  const path = tiktokPath(url);
  if (!path) return null;
  const normalized = path.endsWith('/') ? path : `${path}/`;
  for (const [kind, paths] of KINDS) {
    if (paths.some((p) => normalized === p)) return kind;
  }
  return null;
}

/** Whether the main-world observer should hand this response over to the content script. */
export function isTikTokDataUrl(url: string): boolean {
  return tiktokResponseKind(url) !== null;
}

/** A query parameter of a response URL (aweme_id of a comment list), without throwing. */
export function queryParam(url: string, name: string): string | null {
  const match = new RegExp(`[?&]${name}=([^&#]*)`).exec(url);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
