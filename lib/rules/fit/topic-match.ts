import { containsPhrase, escape, fold, namesRunTogether, squash } from '../text';
import { TOPIC_CATEGORIES } from './topic-lexicon';

interface TopicWords {
  folded: string;
  squashed: string;
  /** The category's one-word terms, folded → as written: looked up among a text's words. */
  words: Map<string, string>;
  /** Its other terms (several words, a dot or hyphen, an emoji), folded → as written. */
  phrases: Map<string, string>;
  /** Those in one pattern, longest first: one pass over a text finds the first. */
  pattern: RegExp | null;
  /** Every term squashed, and with a plural: a whole hashtag is looked up. */
  tags: Map<string, string>;
}

const cache = new Map<string, TopicWords>();
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

function wordsOf(topic: string): TopicWords {
  let w = cache.get(topic);
  if (w) return w;
  const folded = fold(topic).trim();
  const category = TOPIC_CATEGORIES.find((c) => c.names.some((n) => fold(n) === folded));
  const words = new Map<string, string>();
  const phrases = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const term of category?.terms ?? []) {
    const f = fold(term);
    const into = ONE_WORD.test(f) ? words : phrases;
    if (!into.has(f)) into.set(f, term);
    const sq = squash(term);
    if (sq) for (const form of [sq, `${sq}s`]) if (!tags.has(form)) tags.set(form, term);
  }
  w = {
    folded,
    squashed: squash(topic),
    words,
    phrases,
    pattern: patternOf([...phrases.keys()]),
    tags,
  };
  if (cache.size > 500) cache.clear();
  cache.set(topic, w);
  return w;
}

/** As containsPhrase matches one phrase (whole words, a plural tolerated), for many at once. */
function patternOf(terms: string[]): RegExp | null {
  if (!terms.length) return null;
  const body = (t: string) => escape(t).replace(/\s+/g, '\\s+');
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const worded = sorted.filter((t) => /^[\p{L}\p{N}]/u.test(t));
  const symbols = sorted.filter((t) => !/^[\p{L}\p{N}]/u.test(t));
  const parts: string[] = [];
  if (worded.length)
    parts.push(`(?<![\\p{L}\\p{N}])(?:${worded.map(body).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`);
  if (symbols.length) parts.push(`(?:${symbols.map(body).join('|')})`);
  return new RegExp(parts.join('|'), 'u');
}

/** The term a word or match stands for, a plural tolerated ("casinos" → "casino"). */
function termIn(terms: Map<string, string>, found: string): string | undefined {
  const f = found.replace(/\s+/g, ' ');
  return (
    terms.get(f) ??
    (f.endsWith('s') ? (terms.get(f.slice(0, -1)) ?? terms.get(f.replace(/es$/, ''))) : undefined)
  );
}

/** A text as the topic matcher reads it: made once by topicText, then read for each topic. */
export interface TopicText {
  folded: string;
  /** Hashtags (folded, no "#") and @handles as written. */
  tags: readonly string[];
  handles: readonly string[];
  /** The same, squashed. */
  squashedTags: readonly string[];
  squashedHandles: readonly string[];
  words: readonly string[];
}

/** A bio or caption (folded), with its hashtags (folded, without "#") and the handles it mentions. */
export function topicText(
  folded: string,
  tags: Iterable<string>,
  handles: readonly string[],
): TopicText {
  const tagList = [...tags];
  return {
    folded,
    tags: tagList,
    handles,
    squashedTags: tagList.map(squash),
    squashedHandles: handles.map(squash),
    words: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  };
}

/**
 * Where a text touches a brief's topic: the topic as written (as words, or run together in a
 * hashtag or handle), or, when the topic names a brand-safety category ("gambling"), one of that
 * category's words as a whole word or a whole hashtag ("#casino", not "#casinonight").
 * Returns the word found, or null.
 */
export function topicHit(text: TopicText, topic: string): string | null {
  const w = wordsOf(topic);
  if (!w.folded) return null;
  if (containsPhrase(text.folded, w.folded)) return topic.trim();
  if (w.squashed.length >= 4) {
    const inside = (token: string) => token.includes(w.squashed);
    if (text.squashedTags.some(inside) || text.squashedHandles.some(inside)) return topic.trim();
  } else if (w.squashed) {
    const named = (token: string) => namesRunTogether(token, topic);
    if (text.tags.some(named) || text.handles.some(named)) return topic.trim();
  }
  if (w.words.size)
    for (const word of text.words) {
      const term = termIn(w.words, word);
      if (term) return term;
    }
  const m = w.pattern?.exec(text.folded);
  if (m) return termIn(w.phrases, m[0]) ?? m[0];
  for (const tag of text.squashedTags) {
    const term = w.tags.get(tag);
    if (term) return term;
  }
  return null;
}
