/**
 * What kind of Instagram page a URL is, and whose. Pure: no DOM, no network.
 *
 * Stories (/stories/<handle>/<id>/) are `page: 'other'` with the owner's handle: a story page
 * embeds the owner's profile counts, but it is not the creator's page, so readers report those
 * counts as the owner's and nothing else (read-story.ts), never as a post.
 */

export type InstagramPage = 'profile' | 'post' | 'other';
export type InstagramKind =
  | 'profile'
  | 'reels-tab'
  | 'tagged-tab'
  | 'post'
  | 'reel'
  | 'tv'
  | 'story'
  | 'explore'
  | 'hashtag'
  | 'search'
  | 'login'
  | 'other';

export interface InstagramUrl {
  page: InstagramPage;
  kind: InstagramKind;
  handle: string | null;
  postId: string | null;
}

/** First path segments that are Instagram's own routes, never a username. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about',
  'account',
  'accounts',
  'ads',
  'api',
  'ar',
  'audio',
  'blog',
  'business',
  'challenge',
  'create',
  'data',
  'developer',
  'direct',
  'directory',
  'download',
  'emails',
  'explore',
  'fragment',
  'graphql',
  'help',
  'invites',
  'legal',
  'lite',
  'locations',
  'music',
  'nametag',
  'notifications',
  'oauth',
  'p',
  'press',
  'privacy',
  'qr',
  'reel',
  'reels',
  'session',
  'settings',
  'sitemap',
  'static',
  'stories',
  'terms',
  'threads',
  'topics',
  'tv',
  'web',
  'your_activity',
]);

const HOST = /^(?:www\.|m\.)?instagram\.com$/i;
const HANDLE = /^[a-z0-9._]{1,30}$/i;
const CODE = /^[A-Za-z0-9_-]{5,}$/;
/** Hashtags: letters (any script), digits, underscore; Instagram caps them well below 100. */
const TAG = /^[\p{L}\p{N}\p{M}_]{1,100}$/u;
/** Sub-pages of a profile that still show the profile header (dialogs over the profile). */
const PROFILE_SUBPAGES = new Set(['followers', 'following', 'channel', 'guides', 'feed']);
const POST_KINDS: Record<string, InstagramKind> = {
  p: 'post',
  reel: 'reel',
  reels: 'reel',
  tv: 'tv',
};

const OTHER: InstagramUrl = { page: 'other', kind: 'other', handle: null, postId: null };

function asHandle(segment: string | undefined): string | null {
  if (!segment || !HANDLE.test(segment) || segment.startsWith('.')) return null;
  const handle = segment.toLowerCase();
  return RESERVED_PATHS.has(handle) ? null : handle;
}

function postUrl(
  kindSegment: string,
  code: string | undefined,
  handle: string | null,
): InstagramUrl | null {
  const kind = Object.hasOwn(POST_KINDS, kindSegment) ? POST_KINDS[kindSegment] : undefined;
  if (!kind || !code || !CODE.test(code)) return null;
  return { page: 'post', kind, handle, postId: code };
}

export function classifyInstagramUrl(url: string): InstagramUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return OTHER;
  }
  if (!/^https?:$/.test(parsed.protocol) || !HOST.test(parsed.hostname)) return OTHER;
  let segments: string[];
  try {
    segments = parsed.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return OTHER;
  }
  const [first, second, third] = segments;
  if (!first) return OTHER;
  const head = first.toLowerCase();

  if (head === 'stories') {
    const owner = second?.toLowerCase() === 'highlights' ? null : asHandle(second);
    return { page: 'other', kind: 'story', handle: owner, postId: null };
  }
  if (head === 'explore') {
    const sub = second?.toLowerCase();
    if (sub === 'tags' && third && TAG.test(third)) return { ...OTHER, kind: 'hashtag' };
    if (sub === 'search') return { ...OTHER, kind: 'search' };
    return { ...OTHER, kind: 'explore' };
  }
  if (head === 'accounts') {
    return { ...OTHER, kind: second?.toLowerCase() === 'login' ? 'login' : 'other' };
  }
  if (Object.hasOwn(POST_KINDS, head)) return postUrl(head, second, null) ?? OTHER;

  const handle = asHandle(first);
  if (!handle) return OTHER;
  if (!second) return { page: 'profile', kind: 'profile', handle, postId: null };
  const sub = second.toLowerCase();
  if (Object.hasOwn(POST_KINDS, sub) && sub !== 'reels')
    return postUrl(sub, third, handle) ?? OTHER;
  if (segments.length > 2) return OTHER;
  if (sub === 'reels') return { page: 'profile', kind: 'reels-tab', handle, postId: null };
  if (sub === 'tagged') return { page: 'profile', kind: 'tagged-tab', handle, postId: null };
  if (PROFILE_SUBPAGES.has(sub)) return { page: 'profile', kind: 'profile', handle, postId: null };
  return OTHER;
}

export interface InstagramDiscoveryUrl {
  page: 'hashtag' | 'search' | 'explore';
  /** The hashtag (without #, lower-cased) or the search words; null when the URL names none. */
  tag: string | null;
}

/**
 * Hashtag (`/explore/tags/<tag>/`), search (`/explore/search/keyword/?q=…`, `/explore/search/`)
 * and explore (`/explore/`) pages: where posts by many creators show side by side. Null otherwise.
 */
export function classifyInstagramDiscoveryUrl(url: string): InstagramDiscoveryUrl | null {
  const info = classifyInstagramUrl(url);
  if (info.kind !== 'hashtag' && info.kind !== 'search' && info.kind !== 'explore') return null;
  const parsed = new URL(url);
  if (info.kind === 'hashtag') {
    const segment = parsed.pathname.split('/').filter(Boolean)[2] ?? '';
    return { page: 'hashtag', tag: decodeURIComponent(segment).toLowerCase() };
  }
  if (info.kind === 'search') {
    const q = parsed.searchParams.get('q')?.trim();
    return { page: 'search', tag: q ? q.slice(0, 100) : null };
  }
  const rest = parsed.pathname.split('/').filter(Boolean);
  // /explore/locations/… and other sub-pages are not the explore grid.
  return rest.length === 1 ? { page: 'explore', tag: null } : null;
}
