import { textObs, type Obs } from './counts';
import type { Target } from './detail';
import { emptyPostFacts, type Findings } from './facts';
import { META, META_WORDS } from './selectors';
import { decodeEntities } from '../text';
import { cleanText, sameHandle } from './tags';

/** The meta description, entity-decoded once more for pages that escape it twice (design.md). */
export function metaDescription(doc: Document): string | null {
  for (const selector of META.description) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content && content.trim()) return cleanText(decodeEntities(content));
  }
  return null;
}

function describedUrl(doc: Document): string | null {
  for (const selector of META.pageUrl) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('href') ?? el?.getAttribute('content');
    if (value) return value;
  }
  return null;
}

// A displayed count right before its label: "783.4K Followers", "1,2 Mio. Follower", "12,3万 粉丝".
const NUMBER = String.raw`(\p{Nd}[\p{Nd}.,'\u00a0\u202f ]*(?:\s?\p{L}{1,4}\.?)?)`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function countBefore(
  text: string,
  words: string[],
  lang: string | undefined,
  label: string,
): Obs | null {
  for (const word of words) {
    const re = new RegExp(`${NUMBER}\\s*${escapeRe(word)}(?=$|[\\s.,;:!|])`, 'iu');
    const match = re.exec(text);
    const obs = match
      ? textObs(
          match[1]!.replace(/[\s\u00a0\u202f]+$/, ''),
          lang,
          'meta',
          `meta description (${label})`,
        )
      : null;
    if (obs) return obs;
  }
  return null;
}

/**
 * Rung 4: "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. …" on a profile,
 * "25.5K Likes, 146 Comments. TikTok video from IlloJuan (@illojuan): …" on a video. Used only when
 * it names the page's handle: the likes of a video description are the video's, not the creator's.
 */
export function readMeta(
  doc: Document,
  target: Target,
  lang: string | undefined,
  out: Findings,
): void {
  const text = metaDescription(doc);
  if (!text) return;
  const named = /\(@([\p{L}\p{N}_.]+)\)/u.exec(text)?.[1] ?? null;
  if (!named || !sameHandle(named, target.handle)) {
    if (named) out.discarded.push(`the meta description names @${named}`);
    return;
  }
  const base = (lang ?? 'en').toLowerCase().split('-')[0]!;
  const words = META_WORDS[base] ?? META_WORDS.en!;
  const english = META_WORDS.en!;
  const merge = (key: keyof typeof english) => [...new Set([...words[key], ...english[key]])];
  const one = (key: keyof typeof english) => {
    const obs = countBefore(text, merge(key), lang, key);
    return obs ? [obs] : [];
  };
  if (target.page === 'profile') {
    out.profiles.push({
      source: 'meta',
      detail: 'meta description',
      handle: target.handle,
      followers: one('followers'),
      following: one('following'),
      posts: [],
      likes: one('likes'),
      notes: {},
    });
  } else if (target.videoId) {
    // The description is the first-loaded video's: after in-app navigation it may be another one.
    const described = describedUrl(doc);
    if (!described || !new RegExp(`/(?:video|photo)/${target.videoId}(?:\\D|$)`).test(described)) {
      out.discarded.push(`the meta description is about ${described ?? 'an unnamed page'}`);
      return;
    }
    const post = emptyPostFacts(target.videoId, 'meta', target.handle);
    post.likes = one('likes');
    post.comments = one('comments');
    if (post.likes.length || post.comments.length) out.posts.push(post);
  }
}
