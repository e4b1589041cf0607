import { textObs, type Obs } from './counts';
import type { Target } from './detail';
import { emptyPostFacts, type Findings } from './facts';
import { META, META_WORDS } from './selectors';
import { decodeEntities } from '../text';
import { cleanText, sameHandle } from './tags';

/** TikTok's descriptions are a few hundred characters; a longer one is a broken page's markup. */
const MAX_DESCRIPTION = 2000;

/** The meta description, entity-decoded once more for pages that escape it twice (design.md). */
export function metaDescription(doc: Document): string | null {
  for (const selector of META.description) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (content && content.trim() && content.length <= MAX_DESCRIPTION) {
      return cleanText(decodeEntities(content));
    }
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
// Read by scanning back from the label rather than with a regular expression: a \p{L} pattern
// took V8 up to a second per page on large heaps, on the content script's first read.
const isDigit = (c: string) => /\p{Nd}/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);
const SEPARATORS = new Set(['.', ',', "'", '\u00a0', '\u202f', ' ']);
const LABEL_END = new Set(['', ' ', '.', ',', ';', ':', '!', '|', '\n', '\t']);

/** The displayed number that ends right before `at` ("783.4K ", "1,2 Mio. "), or null. */
function numberBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let i = end;
  if (i > 0 && text[i - 1] === '.') i--;
  let letters = 0;
  while (i > 0 && letters < 4 && isLetter(text[i - 1]!)) {
    i--;
    letters++;
  }
  if (letters && i > 0 && isLetter(text[i - 1]!)) return null; // a word, not a suffix
  if (!letters) i = end;
  else if (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (i === 0 || !isDigit(text[i - 1]!)) return null;
  let start = i;
  while (start > 0) {
    const c = text[start - 1]!;
    if (isDigit(c)) start--;
    else if (SEPARATORS.has(c) && start > 1 && isDigit(text[start - 2]!)) start--;
    else break;
  }
  return text.slice(start, end);
}

function countBefore(
  text: string,
  words: string[],
  lang: string | undefined,
  label: string,
): Obs | null {
  const lower = text.toLowerCase();
  for (const word of words) {
    const key = word.toLowerCase();
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
      if (!LABEL_END.has(lower.charAt(at + key.length))) continue;
      const number = numberBefore(text, at);
      const obs = number ? textObs(number, lang, 'meta', `meta description (${label})`) : null;
      if (obs) return obs;
    }
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
