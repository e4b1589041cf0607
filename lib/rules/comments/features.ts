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
    +(s.testimonial.length > 0),
    +s.financeHandle,
    +s.handleTag,
    +s.financeHandleInside,
    +s.trailingHandle,
    +s.youtubeLinkOnly,
  ];
}

/** The text the hashed features read: handles → "@", links → "~", digits → "0". */
export function abstractText(norm: string): string {
  return norm
    .slice(0, MAX_CHARS)
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ~ ')
    .replace(/@[\p{L}\p{N}._]+/gu, ' @ ')
    .replace(/\d/g, '0');
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

/** Calls `emit` with the bucket of every hashed feature of `text` (from abstractText); returns the count. */
export function forEachHashed(text: string, emit: (bucket: number) => void): number {
  let n = 0;
  // Words and bigrams: split on anything that is not a letter, digit, "@", "~", "$" or "'".
  let prev = 0;
  let h = WORD_SEED;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    const wordChar =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 64 ||
      c === 126 ||
      c === 36 ||
      c === 39 ||
      c > 127;
    if (wordChar && !(c > 127 && isSpaceOrPunct(c))) {
      h = Math.imul(h ^ c, 16777619);
      inWord = true;
    } else if (inWord) {
      emit(mix(h));
      n++;
      if (prev !== 0) {
        emit(mix(Math.imul(prev ^ h, BIGRAM_SEED) + 1));
        n++;
      }
      prev = h;
      h = WORD_SEED;
      inWord = false;
    }
  }
  // Character 3–5-grams over the text padded with spaces.
  const padded = len;
  for (let i = -1; i < padded - 1; i++) {
    let g = CHAR_SEED;
    for (let k = 0; k < 5; k++) {
      const j = i + k;
      const c = j < 0 || j >= len ? 32 : text.charCodeAt(j);
      g = Math.imul(g ^ c, 16777619);
      if (k >= 2) {
        emit(mix(g + k));
        n++;
      }
      if (j >= len) break;
    }
  }
  return n;
}

function isSpaceOrPunct(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0x3000 || (c >= 0xfe00 && c <= 0xfe0f);
}
