import { CONCEPT_WORDS } from './concept-words';
import { normalizeComment } from './normalize';

/**
 * The concepts of concept-words.ts as lookups on the hash a word's characters build up one at a
 * time (FNV-1a, digits folded to 0, as features.ts hashes words): features.ts, wordSpans, looks
 * the hash so far up among the stems ("follower*") after each character and among whole words at
 * the end. A bit table (8 KB: it stays in the processor's first cache) answers "no" for nearly every
 * hash at the cost of one load.
 */

const WORD_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Names of the concepts, in the order of their ids. */
export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPT_WORDS);

const FILTER_BITS = 16;
export const FILTER_MASK = (1 << FILTER_BITS) - 1;

export interface ConceptIndex {
  /**
   * Bit (h & FILTER_MASK) set where some stem, whole word or second word of a pair may hash to h:
   * where it is not, none does (features.ts, wordSpans, reads it).
   */
  filter: Int32Array;
  /** Hash of a stem → concept id. */
  stems: Map<number, number>;
  /** Hash of a whole word → concept id. */
  words: Map<number, number>;
  /** pairHash of two words in a row ("kiem tien", "ผู้ ติดตาม") → concept id. */
  pairs: Map<number, number>;
}

/**
 * Two words read as one entry of concept-words.ts, from the hashes of each: features.ts, wordSpans,
 * computes the same at the end of each word (there as a literal: see its comment).
 */
export const pairHash = (first: number, second: number): number =>
  Math.imul(first ^ Math.imul(second, 0x5bd1e995), FNV_PRIME);

let index: ConceptIndex | null = null;

function hashOf(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : c), FNV_PRIME);
  }
  return h;
}

/**
 * The words of concept-words.ts, normalised as comments are: [concept id, word, is a stem]. A word
 * written as two ("kiếm tiền", Vietnamese "earn money") or that the comments' normalisation splits in
 * two (Thai "ผู้ติดตาม") is matched as those two words in a row; a stem is one word.
 */
export function conceptEntries(): [number, string, boolean][] {
  const out: [number, string, boolean][] = [];
  CONCEPT_NAMES.forEach((name, id) => {
    for (const raw of CONCEPT_WORDS[name]!.split(/\s+/)) {
      if (!raw) continue;
      const stem = raw.endsWith('*');
      const word = (stem ? raw.slice(0, -1) : raw).replaceAll('+', ' ');
      out.push([id, normalizeComment(word), stem]);
    }
  });
  return out;
}

/** Built on first use: a content script that never classifies never builds it. */
export function conceptIndex(): ConceptIndex {
  if (index) return index;
  const filter = new Int32Array((FILTER_MASK + 1) >>> 5);
  const stems = new Map<number, number>();
  const words = new Map<number, number>();
  const pairs = new Map<number, number>();
  for (const [id, word, stem] of conceptEntries()) {
    const two = word.split(' ');
    // A pair is looked up when its second word passes the filter.
    const h = two.length === 2 ? hashOf(two[1]!) : hashOf(word);
    if (two.length === 2) pairs.set(pairHash(hashOf(two[0]!), h), id);
    else (stem ? stems : words).set(h, id);
    filter[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  }
  index = { filter, stems, words, pairs };
  return index;
}
