/** Which TikTok page a URL shows. Pure: no fetch, no redirects followed (vm.tiktok.com short links are `other`). */

export type TikTokPage = 'profile' | 'video' | 'other';
export type TikTokPageKind =
  'profile' | 'video' | 'photo' | 'foryou' | 'explore' | 'search' | 'hashtag' | 'live' | 'other';

export interface TikTokUrl {
  page: TikTokPage;
  kind: TikTokPageKind;
  /** Lower-cased uniqueId from `/@handle`; null when the URL names none. */
  handle: string | null;
  videoId: string | null;
}

const OTHER: TikTokUrl = { page: 'other', kind: 'other', handle: null, videoId: null };

// TikTok usernames: letters, digits, underscore and period (2–24 characters in practice).
const HANDLE = /^@([\p{L}\p{N}_.]{1,64})$/u;
const NUMERIC_ID = /^\d{6,25}$/;
const TAG = /^[\p{L}\p{N}\p{M}_]{1,100}$/u;

function isTikTokHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'tiktok.com' || h.endsWith('.tiktok.com');
}

function segmentsOf(url: string): { host: string; segments: string[] } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (!raw) continue;
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      segments.push(raw);
    }
  }
  return { host: parsed.hostname, segments };
}

const of = (kind: TikTokPageKind, handle: string | null = null): TikTokUrl => ({
  page: 'other',
  kind,
  handle,
  videoId: null,
});

/** Never throws: anything unparseable or off-site is `other`. */
export function classifyTikTokUrl(url: string): TikTokUrl {
  const parts = typeof url === 'string' ? segmentsOf(url.trim()) : null;
  if (!parts || !isTikTokHost(parts.host)) return OTHER;
  const [first = '', second, third, ...rest] = parts.segments;
  const firstLower = first.toLowerCase();

  if (parts.segments.length === 0 || firstLower === 'foryou') return of('foryou');
  if (firstLower === 'explore') return of('explore');
  if (firstLower === 'search') return of('search');
  if (firstLower === 'tag' && second && TAG.test(second) && third === undefined)
    return of('hashtag');
  if (firstLower === 'live') return of('live');
  // m.tiktok.com/v/<id>.html: a video without the author's handle.
  if (firstLower === 'v' && second && NUMERIC_ID.test(second.replace(/\.html$/, ''))) {
    return {
      page: 'video',
      kind: 'video',
      handle: null,
      videoId: second.replace(/\.html$/, ''),
    };
  }

  const handleMatch = first === '@' ? null : HANDLE.exec(first);
  if (!handleMatch && first !== '@') return OTHER;
  const handle = handleMatch ? handleMatch[1]!.toLowerCase() : null;

  if (second === undefined)
    return handle ? { ...OTHER, page: 'profile', kind: 'profile', handle } : OTHER;
  const sub = second.toLowerCase();
  if (
    (sub === 'video' || sub === 'photo') &&
    third &&
    NUMERIC_ID.test(third) &&
    rest.length === 0
  ) {
    return { page: 'video', kind: sub, handle, videoId: third };
  }
  if (sub === 'live') return of('live', handle);
  return of('other', handle);
}

export interface TikTokDiscoveryUrl {
  page: 'hashtag' | 'search' | 'explore';
  /** The hashtag (without #, lower-cased) or the search words; null when the URL names none. */
  tag: string | null;
}

/** `/tag/<tag>`, `/search?q=…` (and its tabs), `/explore`: pages of many creators' videos. Null otherwise. */
export function classifyTikTokDiscoveryUrl(url: string): TikTokDiscoveryUrl | null {
  const info = classifyTikTokUrl(url);
  if (info.kind !== 'hashtag' && info.kind !== 'search' && info.kind !== 'explore') return null;
  const parts = segmentsOf(url.trim());
  if (!parts) return null;
  if (info.kind === 'hashtag') return { page: 'hashtag', tag: parts.segments[1]!.toLowerCase() };
  if (info.kind === 'explore') return { page: 'explore', tag: null };
  const q = new URL(url.trim()).searchParams.get('q')?.trim();
  return { page: 'search', tag: q ? q.slice(0, 100) : null };
}
