import type { Signals } from './signals';

/**
 * Features of the comment model, shared by training (scripts/train-comments.ts) and prediction:
 * hashed word uni/bigrams and character 3–5-grams of the normalised, de-obfuscated text (handles
 * and links abstracted so that the model learns shapes, not the names of one season's spammers;
 * digits folded to 0), plus structured signals as dense inputs (DENSE).
 */

export const HASH_BITS = 15;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;
const MAX_CHARS = 400;
/** Character n-grams read the start of a long comment only: its words still count to MAX_CHARS. */
const CHAR_CHARS = 200;
const CHAR_MIN = 3;
const CHAR_MAX = 5;

export const CLASSES = ['spam', 'generic', 'genuine'] as const;

/**
 * Structured signals, each with the words a reason uses when it weighs towards spam, and (where it
 * can honestly say so) when it weighs towards generic or genuine; null: never quoted for those.
 */
export const DENSE = [
  ['link', 'contains a link', null],
  ['youtubeLinkOnly', 'links only to a video', null],
  [
    'obfuscated',
    'letters disguised to dodge filters (spaced, dotted, look-alike or fancy letters)',
    null,
  ],
  ['mention', 'points readers to another account', 'replies to or tags someone'],
  ['mentions2', 'names several other accounts', null],
  ['mentionInside', 'names another account inside the text', null],
  ['handleTag', 'a hashtag shaped like an account name', null],
  ['trailingHandle', 'ends on another account', null],
  ['paddedHandle', 'names an account with an underscore-padded name', null],
  ['emojiOnly', 'emoji only', 'emoji only'],
  ['mentionOnly', 'only tags someone', 'only tags someone'],
  ['emoji', 'uses emoji', null],
  ['money', 'names an amount of money', null],
  ['cryptoAddress', 'crypto wallet address', null],
  ['phone', 'phone number', null],
  ['short', 'very short', 'very short'],
  ['long', 'very long', 'a long comment'],
  ['mentionsCreator', 'addresses the creator', 'addresses the creator'],
  ['question', 'asks a question', 'asks a question'],
] as const;
export type DenseName = (typeof DENSE)[number][0];

export function denseFeatures(s: Signals, obfuscated: boolean, text: string): number[] {
  const n = s.words.length;
  return [
    +(s.link && !s.youtubeLinkOnly),
    +s.youtubeLinkOnly,
    +obfuscated,
    +(s.mentions.length > 0),
    +(s.mentions.length > 1),
    +s.mentionInside,
    +s.handleTag,
    +s.trailingHandle,
    +s.paddedHandleInside,
    +s.emojiOnly,
    +s.mentionOnly,
    +s.hasEmoji,
    +s.money,
    +s.cryptoAddress,
    +s.phone,
    +(n <= 3),
    +(n >= 30),
    +s.mentionsCreator,
    +text.includes('?'),
  ];
}

/** The text the hashed features read: handles → "@", links → "~". */
export function abstractText(norm: string): string {
  let t = norm.length > MAX_CHARS ? norm.slice(0, MAX_CHARS) : norm;
  if (t.includes('http') || t.includes('www.')) t = t.replace(/(?:https?:\/\/|www\.)\S+/g, ' ~ ');
  if (t.includes('@')) t = t.replace(/@[\p{L}\p{N}._]+/gu, ' @ ');
  return t;
}

const WORD_SEED = 0x811c9dc5;
const BIGRAM_SEED = 0x01000193;
const CHAR_SEED = 0x9e3779b1;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return h & MASK;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function isWordChar(c: number): boolean {
  if (c < 128)
    return (c >= 97 && c <= 122) || isDigit(c) || c === 64 || c === 126 || c === 36 || c === 39;
  return !(
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** A word uni- or bigram as written, with its bucket: what a reason can quote. */
export interface Gram {
  text: string;
  bucket: number;
}

/**
 * Walks the hashed features of `text` (from abstractText), writing each bucket into `out`;
 * word grams also get their text when `grams` is given. Returns the number of features.
 */
function walk(text: string, out: Int32Array | null, grams?: Gram[], chars = true): number {
  let n = 0;
  let prev = 0;
  let prevStart = -1;
  let prevEnd = -1;
  let start = 0;
  let h = WORD_SEED;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    let c = i < len ? text.charCodeAt(i) : 32;
    if (isDigit(c)) c = 48;
    if (i < len && isWordChar(c)) {
      if (!inWord) start = i;
      h = Math.imul(h ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      const b1 = mix(h);
      if (out) out[n] = b1;
      if (grams) grams.push({ text: text.slice(start, i), bucket: b1 });
      n++;
      if (prev !== 0) {
        const b2 = mix(Math.imul(prev ^ h, BIGRAM_SEED) + 1);
        if (out) out[n] = b2;
        if (grams)
          grams.push({
            text: `${text.slice(prevStart, prevEnd)} ${text.slice(start, i)}`,
            bucket: b2,
          });
        n++;
      }
      prev = h;
      prevStart = start;
      prevEnd = i;
      h = WORD_SEED;
      inWord = false;
    }
  }
  if (!chars) return n;
  const end = Math.min(len, CHAR_CHARS);
  for (let i = -1; i < end - 1; i++) {
    let g = CHAR_SEED;
    for (let k = 0; k < CHAR_MAX; k++) {
      const j = i + k;
      let c = j < 0 || j >= len ? 32 : text.charCodeAt(j);
      if (isDigit(c)) c = 48;
      g = Math.imul(g ^ c, 16777619);
      if (k >= CHAR_MIN - 1) {
        if (out) out[n] = mix(g + k);
        n++;
      }
      if (j >= len) break;
    }
  }
  return n;
}

/**
 * Room for the most features a text can have: words and bigrams of an abstract text (at most
 * 1.5 × MAX_CHARS characters once handles are spaced out) and CHAR_CHARS × 3 character grams.
 */
const scratch = new Int32Array(4 * MAX_CHARS + 3 * CHAR_CHARS + 8);

/** The buckets of every hashed feature of `text` (training). */
export function hashedBuckets(text: string): number[] {
  const n = walk(text, scratch);
  return Array.from(scratch.subarray(0, n));
}

/**
 * Per class, the sum of the weights of `text`'s hashed features, and their count (prediction).
 * `weights` is bucket-major: weights[bucket × classes + c].
 */
export function hashedSums(text: string, weights: Float32Array, sums: Float64Array): number {
  const k = sums.length;
  const n = walk(text, scratch);
  sums.fill(0);
  for (let i = 0; i < n; i++) {
    const o = scratch[i]! * k;
    for (let c = 0; c < k; c++) sums[c]! += weights[o + c]!;
  }
  return n;
}

/** The word uni/bigrams of `text` with their buckets (reasons). */
export function wordGrams(text: string): Gram[] {
  const grams: Gram[] = [];
  walk(text, null, grams, false);
  return grams;
}
