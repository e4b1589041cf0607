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
   * Bit (h & FILTER_MASK) set where some stem or whole word may hash to h: where it is not, none
   * does (features.ts, wordSpans, reads it).
   */
  filter: Int32Array;
  /** Hash of a stem → concept id. */
  stems: Map<number, number>;
  /** Hash of a whole word → concept id. */
  words: Map<number, number>;
}

let index: ConceptIndex | null = null;

function hashOf(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : c), FNV_PRIME);
  }
  return h;
}

/** The words of concept-words.ts, normalised as comments are: [concept id, word, is a stem]. */
export function conceptEntries(): [number, string, boolean][] {
  const out: [number, string, boolean][] = [];
  CONCEPT_NAMES.forEach((name, id) => {
    for (const raw of CONCEPT_WORDS[name]!.split(/\s+/)) {
      if (!raw) continue;
      const stem = raw.endsWith('*');
      out.push([id, normalizeComment(stem ? raw.slice(0, -1) : raw), stem]);
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
  for (const [id, word, stem] of conceptEntries()) {
    const h = hashOf(word);
    (stem ? stems : words).set(h, id);
    filter[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  }
  index = { filter, stems, words };
  return index;
}
