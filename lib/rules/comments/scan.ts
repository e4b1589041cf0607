/**
 * One pass over a normalised comment: words (outside @mentions), mentions and a few cheap facts.
 * Hand-written because Unicode regular expressions cost several microseconds per comment and the
 * classifier has to label 100k comments a second.
 */

export interface Scan {
  /** How many words; word i runs from scanned.start[i] to scanned.end[i] (until the next scan). */
  wordCount: number;
  /** A word of at least LONG_WORD code units (a wallet address is one). */
  longWord: boolean;
  /** "@name" as written (lower-case). */
  mentions: string[];
  hasEmoji: boolean;
  hasDigit: boolean;
  hasHash: boolean;
}

/**
 * Letters, digits and the marks that are part of letters (Devanagari and Thai vowel signs), not
 * the marks emoji are drawn with (variation selectors, the keycap).
 */
const LETTER = /(?![\ufe00-\ufe0f\u20d0-\u20ff])[\p{L}\p{N}\p{M}]/u;
/**
 * 0 unknown, 1 letter, 3 digit, 2 other; filled on first sight of each UTF-16 code unit. Letters
 * of scripts written without spaces have a kind of their own, so that a change of script ends a
 * word ("フォロワーを増やす" is フォロワー, を, 増, やす): 4 hiragana, 5 katakana, 6 kanji/hanzi, 7 Hangul.
 */
const kinds = new Uint8Array(65_536);
for (let c = 0; c < 128; c++)
  kinds[c] = c >= 48 && c <= 57 ? 3 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 2;
for (let c = 0xd800; c <= 0xdfff; c++) kinds[c] = 2;
for (const [from, to, kind] of [
  [0x3041, 0x309f, 4],
  [0x30a1, 0x30ff, 5],
  [0x3400, 0x4dbf, 6],
  [0x4e00, 0x9fff, 6],
  [0xac00, 0xd7af, 7],
] as const)
  kinds.fill(kind, from, to + 1);

function kindOf(c: number): number {
  let k = kinds[c]!;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    kinds[c] = k;
  }
  return k;
}

function isWordUnit(c: number): boolean {
  return (kinds[c] || kindOf(c)) !== 2;
}

function isNameUnit(c: number): boolean {
  return c === 46 || c === 95 || isWordUnit(c);
}

function isEmojiUnit(c: number, next: number): boolean {
  // Supplementary-plane pictographs and flags (high surrogates D83C–D83E), BMP symbols and dingbats.
  return (
    (c >= 0xd83c && c <= 0xd83e && next >= 0xdc00) ||
    (c >= 0x2600 && c <= 0x27bf) ||
    (c >= 0x2300 && c <= 0x23ff) ||
    (c >= 0x2b00 && c <= 0x2bff) ||
    c === 0x2764
  );
}

/** Length of a word that may be a wallet address. */
export const LONG_WORD = 26;

/**
 * The words of the last scan as offsets, reused from call to call: words stay unbuilt until a
 * caller needs their text (most comments are labelled from counts and hashes alone).
 */
export const scanned = {
  start: new Int32Array(256),
  end: new Int32Array(256),
  /** The text last scanned and its word count: wordKey of the same text does not scan it again. */
  text: null as string | null,
  count: 0,
};

function grow(): void {
  const size = scanned.start.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  start.set(scanned.start);
  end.set(scanned.end);
  scanned.start = start;
  scanned.end = end;
}

/** The first n words of the last scan, as strings. */
function scannedWords(text: string, n: number): string[] {
  const words = new Array<string>(n);
  for (let w = 0; w < n; w++) words[w] = text.slice(scanned.start[w]!, scanned.end[w]!);
  return words;
}

/** The words of a text, as strings. */
export function wordsIn(text: string): string[] {
  return scannedWords(text, scan(text).wordCount);
}

/** The words of a scanned text joined by single spaces, as `wordsIn(text).join(' ')` says. */
export function wordKey(text: string): string {
  const n = scanned.text === text ? scanned.count : scan(text).wordCount;
  const { start, end } = scanned;
  let w = 1;
  // Words already one space apart are one piece of the text.
  while (w < n && start[w] === end[w - 1]! + 1 && text.charCodeAt(end[w - 1]!) === 32) w++;
  if (w >= n) return n ? text.slice(start[0]!, end[n - 1]!) : '';
  return scannedWords(text, n).join(' ');
}

export function scan(text: string): Scan {
  let wordCount = 0;
  let longWord = false;
  const mentions: string[] = [];
  let hasEmoji = false;
  let hasDigit = false;
  let hasHash = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 64) {
      let j = i + 1;
      while (j < n && isNameUnit(text.charCodeAt(j))) j++;
      // A trailing dot ends a sentence, not a handle.
      let end = j;
      while (end > i + 1 && text.charCodeAt(end - 1) === 46) end--;
      if (end > i + 1) mentions.push(text.slice(i, end));
      i = j > i + 1 ? j : i + 1;
      continue;
    }
    const kind = kinds[c] || kindOf(c);
    if (kind !== 2) {
      if (kind === 3) hasDigit = true;
      let j = i + 1;
      for (;;) {
        if (kind < 4)
          // Letters (1) and digits (3) of scripts written with spaces.
          while (j < n) {
            const d = text.charCodeAt(j);
            const k = kinds[d] || kindOf(d);
            if ((k | 2) !== 3) break;
            if (k === 3) hasDigit = true;
            j++;
          }
        else while (j < n && kinds[text.charCodeAt(j)] === kind) j++;
        if (j + 1 < n && text.charCodeAt(j) === 39 && isWordUnit(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      if (wordCount === scanned.start.length) grow();
      scanned.start[wordCount] = i;
      scanned.end[wordCount] = j;
      wordCount++;
      if (j - i >= LONG_WORD) longWord = true;
      i = j;
      continue;
    }
    if (c === 35) hasHash = true;
    else if (
      !hasEmoji &&
      (isEmojiUnit(c, i + 1 < n ? text.charCodeAt(i + 1) : 0) ||
        (c === 60 && i + 1 < n && text.charCodeAt(i + 1) === 51))
    )
      hasEmoji = true;
    i++;
  }
  scanned.text = text;
  scanned.count = wordCount;
  return { wordCount, longWord, mentions, hasEmoji, hasDigit, hasHash };
}
