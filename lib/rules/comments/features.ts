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

/**
 * A bucket's three weight bytes as one number: each byte + 128 (0..255) in a field of 17 bits
 * (class 0 highest), so that one addition sums all three. The fields of up to FLUSH_EVERY such
 * numbers stay apart (FLUSH_EVERY × 255 < 2^17) and their sum stays an exact integer (< 2^53).
 */
const FIELD = 2 ** 17;
const FLUSH_EVERY = 510;
/** Character positions between two unpackings of the sum: three grams each. */
const CHARS_PER_FLUSH = 128;

/** The packed weights of `bytes` (bucket-major, three classes): what hashedSums reads. */
export function packWeights(bytes: Int8Array): Float64Array {
  const packed = new Float64Array(BUCKETS);
  for (let b = 0; b < BUCKETS; b++)
    packed[b] =
      (bytes[b * 3]! + 128) * FIELD * FIELD +
      (bytes[b * 3 + 1]! + 128) * FIELD +
      bytes[b * 3 + 2]! +
      128;
  return packed;
}

/** Per class, the sum of the weight bytes of the last text's hashed features (hashedSums). */
const byteSums = new Float64Array(3);

/** Adds the three sums packed in `packed`, of `count` buckets, to byteSums. */
function unpack(packed: number, count: number): void {
  const high = Math.floor(packed / (FIELD * FIELD));
  const rest = packed - high * FIELD * FIELD;
  const middle = Math.floor(rest / FIELD);
  byteSums[0] = byteSums[0]! + high - 128 * count;
  byteSums[1] = byteSums[1]! + middle - 128 * count;
  byteSums[2] = byteSums[2]! + rest - middle * FIELD - 128 * count;
}

/** Character j of `text` as the character grams read it: digits folded to 0, a space outside. */
function gramCode(text: string, j: number): number {
  if (j < 0 || j >= text.length) return 32;
  const c = text.charCodeAt(j);
  return isDigit(c) ? 48 : c;
}

/**
 * The bucket of every hashed feature of `text` (from abstractText), in a fixed order: per word
 * its unigram, then its bigram with the word before; then from each position (−1: the space
 * before the text) the character 3-, 4- and 5-gram, hashed one character at a time (FNV-1a) and
 * each mixed with its length − 1; grams stop at the space after the text. Training reads these;
 * hashedSums sums the weights of the same features in one pass (a unit test holds the two together).
 */
export function hashedBuckets(text: string): number[] {
  const s = wordSpans(text);
  const out: number[] = [];
  for (let i = 0; i < s.count; i++) {
    out.push(unigramBucket(s, i));
    const bigram = bigramBucket(s, i);
    if (bigram >= 0) out.push(bigram);
  }
  const len = text.length;
  const end = Math.min(len, CHAR_CHARS);
  for (let i = -1; i < end - 1; i++) {
    let g = CHAR_SEED;
    for (let k = 0; k < CHAR_MAX && (k < 3 || i + k - 1 < len); k++) {
      g = Math.imul(g ^ gramCode(text, i + k), 16777619);
      if (k >= 2) out.push(mix((g + k) | 0));
    }
  }
  return out;
}

/**
 * Per class, the sum of the weights of `text`'s hashed features (hashedBuckets), and their count
 * (prediction). `packed` holds each bucket's weight bytes (packWeights) and weight = byte × scale[c]:
 * the bytes are summed as integers, exactly, and scaled once. The features are hashed here as
 * hashedBuckets hashes them, written out for speed (this is the classifier's hottest loop): mix()
 * with its mask as a literal (0x7fff, MASK), so that the bucket's range is known to the compiler;
 * the characters read once each, through five in a window.
 */
export function hashedSums(
  text: string,
  packed: Float64Array,
  scale: Float64Array,
  sums: Float64Array,
): number {
  const s = wordSpans(text);
  const len = text.length;
  const end = Math.min(len, CHAR_CHARS);
  byteSums.fill(0);
  let n = 0;
  let sum = 0;
  let flushed = 0;
  let m = 0;
  const hashes = s.hash;
  let prev = 0;
  for (let i = 0; i < s.count; i++) {
    const h = hashes[i]!;
    m = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    sum += packed[(m ^ (m >>> 16)) & 0x7fff]!;
    n++;
    if (prev !== 0) {
      m = (Math.imul(prev ^ h, BIGRAM_SEED) + 1) | 0;
      m = Math.imul(m ^ (m >>> 16), 0x45d9f3b);
      sum += packed[(m ^ (m >>> 16)) & 0x7fff]!;
      n++;
    }
    prev = h;
    if (n - flushed >= FLUSH_EVERY - 2) {
      unpack(sum, n - flushed);
      sum = 0;
      flushed = n;
    }
  }
  // Characters i to i + 3 of the window; character i + 4 is read at position i.
  let c0 = 32;
  let c1 = gramCode(text, 0);
  let c2 = gramCode(text, 1);
  let c3 = gramCode(text, 2);
  for (let from = -1; from < end - 1; from += CHARS_PER_FLUSH) {
    if (n - flushed > FLUSH_EVERY - 3 * CHARS_PER_FLUSH) {
      unpack(sum, n - flushed);
      sum = 0;
      flushed = n;
    }
    const to = Math.min(end - 1, from + CHARS_PER_FLUSH);
    for (let i = from; i < to; i++) {
      let c4 = 32;
      if (i + 4 < len) {
        const c = text.charCodeAt(i + 4);
        c4 = c >= 48 && c <= 57 ? 48 : c;
      }
      let g = Math.imul(CHAR_SEED ^ c0, 16777619);
      g = Math.imul(g ^ c1, 16777619);
      g = Math.imul(g ^ c2, 16777619);
      m = (g + 2) | 0;
      m = Math.imul(m ^ (m >>> 16), 0x45d9f3b);
      sum += packed[(m ^ (m >>> 16)) & 0x7fff]!;
      n++;
      if (i + 2 < len) {
        g = Math.imul(g ^ c3, 16777619);
        m = (g + 3) | 0;
        m = Math.imul(m ^ (m >>> 16), 0x45d9f3b);
        sum += packed[(m ^ (m >>> 16)) & 0x7fff]!;
        n++;
        if (i + 3 < len) {
          g = Math.imul(g ^ c4, 16777619);
          m = (g + 4) | 0;
          m = Math.imul(m ^ (m >>> 16), 0x45d9f3b);
          sum += packed[(m ^ (m >>> 16)) & 0x7fff]!;
          n++;
        }
      }
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = c4;
    }
  }
  unpack(sum, n - flushed);
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
