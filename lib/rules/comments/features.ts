import type { Signals } from './signals';

/**
 * Features of the comment model, shared by training (scripts/train-comments.ts) and prediction:
 * hashed word uni/bigrams and character 3–5-grams of the normalised text (handles, links and digits
 * abstracted so that the model learns shapes, not the names of one season's scammers), plus the
 * rule signals as dense inputs.
 */

export const HASH_BITS = 14;
const MASK = (1 << HASH_BITS) - 1;
const MAX_CHARS = 400;
/** Character n-grams from 3 up to this length. */
const CHAR_MAX = 3;

export const DENSE = [
  'link',
  'money',
  'redirect',
  'cryptoAddress',
  'phone',
  'promo',
  'scam',
  'scam2',
  'mention',
  'mentions2',
  'emojiOnly',
  'mentionOnly',
  'genericPraise',
  'emoji',
  'short',
  'long',
  'contact',
  'testimonial',
  'financeHandle',
  'handleTag',
  'financeHandleInside',
  'trailingHandle',
  'youtubeLinkOnly',
  'selfPromo',
  'firstPeople',
] as const;

export function denseFeatures(s: Signals): number[] {
  const n = s.words.length;
  return [
    +s.link,
    +s.money,
    +s.redirect,
    +s.cryptoAddress,
    +s.phone,
    +(s.promo.length > 0),
    +(s.scam.length > 0),
    +(s.scam.length > 1),
    +(s.mentions.length > 0),
    +(s.mentions.length > 1),
    +s.emojiOnly,
    +s.mentionOnly,
    +s.genericPraise,
    +s.hasEmoji,
    +(n <= 3),
    +(n >= 30),
    +(s.contact.length > 0),
    +(
      s.testimonial.length > 0 &&
      (s.mentionInside ||
        s.handleTag ||
        s.trailingHandle ||
        s.paddedHandleInside ||
        s.financeHandle)
    ),
    +s.financeHandle,
    +s.handleTag,
    +s.financeHandleInside,
    +s.trailingHandle,
    +s.youtubeLinkOnly,
    +s.selfPromo,
    +s.firstPeople,
  ];
}

/** The text the hashed features read: handles → "@", links → "~" (digits become "0" while hashing). */
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

let lastCount = 0;

/**
 * Walks the hashed features of `text` (from abstractText): word uni/bigrams and character 3–5-grams.
 * With `out`, pushes every bucket; with `weights`, returns the sum of their weights. Either way
 * `hashedCount()` then tells how many features there were.
 */
function walk(text: string, out: number[] | null, weights: Float64Array | null): number {
  let n = 0;
  let sum = 0;
  let prev = 0;
  let h = WORD_SEED;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    let c = i < len ? text.charCodeAt(i) : 32;
    if (isDigit(c)) c = 48;
    if (i < len && isWordChar(c)) {
      h = Math.imul(h ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      const b1 = mix(h);
      if (out) out.push(b1);
      else sum += weights![b1]!;
      n++;
      if (prev !== 0) {
        const b2 = mix(Math.imul(prev ^ h, BIGRAM_SEED) + 1);
        if (out) out.push(b2);
        else sum += weights![b2]!;
        n++;
      }
      prev = h;
      h = WORD_SEED;
      inWord = false;
    }
  }
  for (let i = -1; i < len - 1; i++) {
    let g = CHAR_SEED;
    for (let k = 0; k < CHAR_MAX; k++) {
      const j = i + k;
      let c = j < 0 || j >= len ? 32 : text.charCodeAt(j);
      if (isDigit(c)) c = 48;
      g = Math.imul(g ^ c, 16777619);
      if (k >= 2) {
        const b = mix(g + k);
        if (out) out.push(b);
        else sum += weights![b]!;
        n++;
      }
      if (j >= len) break;
    }
  }
  lastCount = n;
  return sum;
}

/** The buckets of every hashed feature of `text` (training). */
export function hashedBuckets(text: string): number[] {
  const out: number[] = [];
  walk(text, out, null);
  return out;
}

/** Sum of the weights of `text`'s hashed features, and their count (prediction). */
export function hashedSum(text: string, weights: Float64Array): { sum: number; count: number } {
  const sum = walk(text, null, weights);
  return { sum, count: lastCount };
}
