import { flat } from './normalize';
import { isDigit, wordSpans, type WordSpans } from './word-spans';

/**
 * Features of the comment model, shared by training (scripts/train-comments.ts) and prediction:
 * hashed word uni/bigrams and character 3–5-grams of the normalised, de-obfuscated text (links
 * abstracted, and handles read as the words of their names, "promo", "boost", so that the model
 * learns shapes and words, not the names of one season's spammers; digits folded to 0), and the
 * concept each word belongs to in any language (concept-words.ts, read in wordSpans): what is
 * learned of "followers" carries over to "takipçi". The dense inputs (the structured signals and
 * the concepts) are in dense-inputs.ts.
 */

export const HASH_BITS = 15;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;
const MAX_CHARS = 400;
/** Character n-grams read the start of a long comment only: its words still count to MAX_CHARS. */
const CHAR_CHARS = 200;
const CHAR_MAX = 5;

export const CLASSES = ['spam', 'generic', 'genuine'] as const;

/**
 * A mentioned handle as the hashed features read it: "@" and then each word of its name split on
 * dots, underscores and digits, marked with "@" ("@promo.boost_page1" → "@ @promo @boost @page"):
 * its own words, apart from the same words in the text, yet sharing their character grams.
 */
function handleWords(handle: string): string {
  let out = ' @';
  for (const part of handle.slice(1).split(/[._\d]+/)) if (part.length >= 2) out += ` @${part}`;
  return `${out} `;
}

/** The text the hashed features read: handles → "@" and their words, links → "~". */
export function abstractText(norm: string): string {
  let t = norm.length > MAX_CHARS ? norm.slice(0, MAX_CHARS) : norm;
  if (t.includes('http') || t.includes('www.')) t = t.replace(/(?:https?:\/\/|www\.)\S+/g, ' ~ ');
  if (t.includes('@')) t = t.replace(/@[\p{L}\p{N}._]+/gu, handleWords);
  // Cut or replaced text is pieces of strings: one string of its own reads faster (flat).
  return t === norm ? t : flat(t);
}

// The seeds as the 32-bit integers the hashing reads them as (`| 0`), and every sum wrapped the
// same way before mixing: the same buckets, in integer arithmetic the JIT keeps in registers.
const BIGRAM_SEED = 0x01000193;
const CHAR_SEED = 0x9e3779b1 | 0;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return h & MASK;
}

/** A word uni- or bigram as written, with its bucket: what a reason can quote. */
export interface Gram {
  text: string;
  bucket: number;
}

/** Bucket of word i's unigram. */
export const unigramBucket = (s: WordSpans, i: number): number => mix(s.hash[i]!);

/** Bucket of the bigram of words i − 1 and i, or −1 where there is none. */
export function bigramBucket(s: WordSpans, i: number): number {
  if (i === 0 || s.hash[i - 1] === 0) return -1;
  return mix((Math.imul(s.hash[i - 1]! ^ s.hash[i]!, BIGRAM_SEED) + 1) | 0);
}

/** Room for the features of most abstract texts; grown when one needs more (handles add words). */
let scratch = new Int32Array(4 * MAX_CHARS + 3 * CHAR_CHARS + 8);

/** The characters character grams read: CHAR_CHARS and a few beyond, with a space each side. */
const charCodes = new Int32Array(CHAR_CHARS + CHAR_MAX + 2);

/** Per class, the sum of the weight bytes of the last text's hashed features (featureBuckets). */
const byteSums = new Int32Array(3);
/** Weight bytes of nothing: featureBuckets' sums when only the buckets are wanted (training). */
let noWeights: Int8Array | null = null;

/**
 * Writes the bucket of every hashed feature of `text` (from abstractText) into a shared scratch,
 * in a fixed order: per word its unigram, then its bigram with the word before; then the
 * character 3–5-grams. Sums each class's weight bytes of those buckets on the way (`bytes`,
 * bucket-major, three classes) into byteSums: the buckets are not read a second time. Returns the
 * number of features.
 */
function featureBuckets(text: string, bytes: Int8Array): number {
  const s = wordSpans(text);
  const len = text.length;
  const end = Math.min(len, CHAR_CHARS);
  if (2 * s.count + 3 * end + 8 > scratch.length)
    scratch = new Int32Array(2 * s.count + 3 * end + 8);
  const out = scratch;
  let n = 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let b = 0;
  const hashes = s.hash;
  let prev = 0;
  for (let i = 0; i < s.count; i++) {
    const h = hashes[i]!;
    out[n++] = b = mix(h);
    s0 = (s0 + bytes[b * 3]!) | 0;
    s1 = (s1 + bytes[b * 3 + 1]!) | 0;
    s2 = (s2 + bytes[b * 3 + 2]!) | 0;
    if (prev !== 0) {
      out[n++] = b = mix((Math.imul(prev ^ h, BIGRAM_SEED) + 1) | 0);
      s0 = (s0 + bytes[b * 3]!) | 0;
      s1 = (s1 + bytes[b * 3 + 1]!) | 0;
      s2 = (s2 + bytes[b * 3 + 2]!) | 0;
    }
    prev = h;
  }
  // The characters the grams read (up to end + 2), digits folded, a space before and after:
  // codes[j + 1] is character j.
  const last = Math.min(len, end + CHAR_MAX - 2);
  const codes = charCodes;
  codes[0] = 32;
  for (let j = 0; j < last; j++) {
    const c = text.charCodeAt(j);
    codes[j + 1] = isDigit(c) ? 48 : c;
  }
  codes[last + 1] = 32;
  // From each position (−1: the space before) the 3-, 4- and 5-gram, hashed one character at a
  // time (FNV-1a), each mixed with its length − 1; grams stop at the space after the text.
  for (let i = -1; i < end - 1; i++) {
    let g = Math.imul(CHAR_SEED ^ codes[i + 1]!, 16777619);
    g = Math.imul(g ^ codes[i + 2]!, 16777619);
    g = Math.imul(g ^ codes[i + 3]!, 16777619);
    out[n++] = b = mix((g + 2) | 0);
    s0 = (s0 + bytes[b * 3]!) | 0;
    s1 = (s1 + bytes[b * 3 + 1]!) | 0;
    s2 = (s2 + bytes[b * 3 + 2]!) | 0;
    if (i + 2 >= len) continue;
    g = Math.imul(g ^ codes[i + 4]!, 16777619);
    out[n++] = b = mix((g + 3) | 0);
    s0 = (s0 + bytes[b * 3]!) | 0;
    s1 = (s1 + bytes[b * 3 + 1]!) | 0;
    s2 = (s2 + bytes[b * 3 + 2]!) | 0;
    if (i + 3 >= len) continue;
    g = Math.imul(g ^ codes[i + 5]!, 16777619);
    out[n++] = b = mix((g + 4) | 0);
    s0 = (s0 + bytes[b * 3]!) | 0;
    s1 = (s1 + bytes[b * 3 + 1]!) | 0;
    s2 = (s2 + bytes[b * 3 + 2]!) | 0;
  }
  byteSums[0] = s0;
  byteSums[1] = s1;
  byteSums[2] = s2;
  return n;
}

/** The buckets of every hashed feature of `text` (training). */
export function hashedBuckets(text: string): number[] {
  noWeights ??= new Int8Array(BUCKETS * CLASSES.length);
  const n = featureBuckets(text, noWeights);
  return Array.from(scratch.subarray(0, n));
}

/**
 * Per class, the sum of the weights of `text`'s hashed features, and their count (prediction).
 * `bytes` is bucket-major (bytes[bucket × classes + c]) and weight = byte × scale[c]: the bytes
 * are summed as integers, exactly, and scaled once.
 */
export function hashedSums(
  text: string,
  bytes: Int8Array,
  scale: Float64Array,
  sums: Float64Array,
): number {
  const n = featureBuckets(text, bytes);
  for (let c = 0; c < CLASSES.length; c++) sums[c] = byteSums[c]! * scale[c]!;
  return n;
}

/** The word uni/bigrams of `text` with their buckets (reasons). */
export function wordGrams(text: string): Gram[] {
  const s = wordSpans(text);
  const grams: Gram[] = [];
  for (let i = 0; i < s.count; i++) {
    const word = text.slice(s.start[i]!, s.end[i]!);
    grams.push({ text: word, bucket: mix(s.hash[i]!) });
    const b2 = bigramBucket(s, i);
    if (b2 >= 0)
      grams.push({ text: `${text.slice(s.start[i - 1]!, s.end[i - 1]!)} ${word}`, bucket: b2 });
  }
  return grams;
}
