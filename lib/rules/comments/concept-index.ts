import { CONCEPT_WORDS } from './concept-words';
import { normalizeComment } from './normalize';

/**
 * The concepts of concept-words.ts as lookups on the hash a word's characters build up one at a
 * time (FNV-1a, digits folded to 0, as features.ts hashes words): features.ts, wordSpans, looks
 * the hash so far up among the stems ("follower*") after each character and among whole words at
 * the end. A bit table for each (8 KB: they stay in the processor's first cache) answers "no" for
 * nearly every hash at the cost of one load.
 */

const WORD_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Names of the concepts, in the order of their ids. */
export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPT_WORDS);

const FILTER_BITS = 16;
export const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * Word hashes → concept ids, by open addressing in typed arrays. A Map would box every hash
 * outside the small-integer range (half of them) into a heap number on each look-up, and stems
 * are looked up after every character of every word.
 */
export class HashTable {
  private readonly keys: Int32Array;
  /** The concept id, or −1 where the slot is empty. */
  private readonly ids: Int8Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.ids = new Int8Array(size).fill(-1);
    this.mask = size - 1;
    for (const [key, id] of entries) {
      let i = (key ^ (key >>> 15)) & this.mask;
      while (this.ids[i]! >= 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.ids[i] = id;
    }
  }

  /** The concept id of `key`, or −1. */
  get(key: number): number {
    const mask = this.mask;
    for (let i = (key ^ (key >>> 15)) & mask; ; i = (i + 1) & mask) {
      const id = this.ids[i]!;
      if (id < 0 || this.keys[i] === key) return id;
    }
  }
}

export interface ConceptIndex {
  /**
   * Bit (h & FILTER_MASK) set where some stem may hash to h: where it is not, none does
   * (wordSpans reads it after each character of a word).
   */
  stemFilter: Int32Array;
  /** The same for whole words and the second words of pairs (read at the end of each word). */
  wordFilter: Int32Array;
  /** Hash of a stem → concept id. */
  stems: HashTable;
  /** Hash of a whole word → concept id. */
  words: HashTable;
  /** pairHash of two words in a row ("kiem tien", "ผู้ ติดตาม") → concept id. */
  pairs: HashTable;
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
  const stemFilter = new Int32Array((FILTER_MASK + 1) >>> 5);
  const wordFilter = new Int32Array((FILTER_MASK + 1) >>> 5);
  const stems = new Map<number, number>();
  const words = new Map<number, number>();
  const pairs = new Map<number, number>();
  for (const [id, word, stem] of conceptEntries()) {
    const two = word.split(' ');
    // A pair is looked up when its second word passes the filter.
    const h = two.length === 2 ? hashOf(two[1]!) : hashOf(word);
    if (two.length === 2) pairs.set(pairHash(hashOf(two[0]!), h), id);
    else (stem ? stems : words).set(h, id);
    (stem && two.length === 1 ? stemFilter : wordFilter)[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  }
  index = {
    stemFilter,
    wordFilter,
    stems: new HashTable(stems),
    words: new HashTable(words),
    pairs: new HashTable(pairs),
  };
  return index;
}
