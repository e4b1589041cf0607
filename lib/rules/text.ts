/** Text helpers for matching words in captions, bios and comments (plain strings, never HTML). */

const NOT_ASCII = /[^\p{ASCII}]/u;

/** Lower-case, accents folded, NFKC (fancy Unicode letters become plain ones). */
export function fold(text: string): string {
  // ASCII is the same under NFKC and NFD, and has no marks to take out.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Folded with everything but letters and digits taken out: "Acme Paints" and "@acme.paints" → "acmepaints". */
export function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a hashtag or @handle names `name` run together, as brands and fans write it
 * ("Acme Paints" in #acmepaints, @acme.paints, @acmepaints_es). Names shorter than four letters
 * would be found inside too many unrelated handles, so those must be the whole handle.
 */
export function namesRunTogether(tagOrHandle: string, name: string): boolean {
  const sq = squash(name);
  if (!sq) return false;
  const token = squash(tagOrHandle);
  if (sq.length >= 4) return token.includes(sq);
  // Brands post from regional accounts named after them: @gap_uk, @h.m.es.
  return (
    token === sq ||
    (token.length === sq.length + 2 &&
      /^\p{L}{2}$/u.test(token.slice(sq.length)) &&
      token.startsWith(sq) &&
      /[._]\p{L}{2}$/u.test(fold(tagOrHandle)))
  );
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new Map<string, RegExp>();

/**
 * Whether `phrase` occurs in `haystack` as whole words (both already folded). A trailing "s"/"es"
 * on the last word is tolerated so that "watercolor" matches "watercolors".
 */
export function containsPhrase(haystack: string, phrase: string): boolean {
  return phraseIndex(haystack, phrase) >= 0;
}

/** Index of the first whole-word occurrence of `phrase` in `haystack`, or -1. */
export function phraseIndex(haystack: string, phrase: string): number {
  if (!phrase) return -1;
  let re = cache.get(phrase);
  if (!re) {
    const body = escape(phrase).replace(/\s+/g, '\\s+');
    const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
    const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?:e?s)?(?![\\p{L}\\p{N}])' : '';
    re = new RegExp(start + body + end, 'u');
    if (cache.size > 2_000) cache.clear();
    cache.set(phrase, re);
  }
  const m = re.exec(haystack);
  return m ? m.index : -1;
}

/** Hashtag without "#", folded: "#WaterColor" → "watercolor". */
export function tagKey(tag: string): string {
  return fold(tag.trim().replace(/^#+/, ''));
}

/** Hashtags written in a text ("#one #two"), folded, without "#". */
export function hashtagsIn(text: string): string[] {
  return [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => fold(m[1]!));
}

/** A short excerpt for evidence lists. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
