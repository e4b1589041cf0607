import { containsPhrase, fold, namesRunTogether, squash } from '../text';
import { TOPIC_CATEGORIES } from './topic-lexicon';

interface TopicWords {
  folded: string;
  /** The words of the brand-safety category the topic names, folded, with each one as written. */
  related: { folded: string; squashed: string; term: string }[];
}

const cache = new Map<string, TopicWords>();

function wordsOf(topic: string): TopicWords {
  let w = cache.get(topic);
  if (w) return w;
  const folded = fold(topic).trim();
  const category = TOPIC_CATEGORIES.find((c) => c.names.some((n) => fold(n) === folded));
  w = {
    folded,
    related: (category?.terms ?? []).map((term) => ({
      folded: fold(term),
      squashed: squash(term),
      term,
    })),
  };
  if (cache.size > 500) cache.clear();
  cache.set(topic, w);
  return w;
}

/** A text as the topic matcher reads it: folded, with its hashtags (folded, no "#") and @handles. */
export interface TopicText {
  folded: string;
  tags: Iterable<string>;
  handles: readonly string[];
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
  const tags = [...text.tags];
  if (containsPhrase(text.folded, w.folded)) return topic.trim();
  if (squash(topic).length >= 4) {
    const named = (token: string) => namesRunTogether(token, topic);
    if (tags.some(named) || text.handles.some(named)) return topic.trim();
  }
  for (const r of w.related) {
    if (containsPhrase(text.folded, r.folded)) return r.term;
    if (r.squashed && tags.some((t) => squash(t) === r.squashed || squash(t) === `${r.squashed}s`))
      return r.term;
  }
  return null;
}
