import { CONCEPT_NAMES, conceptIndex } from './concept-index';

/**
 * The words of a comment's hashed text (features.ts, abstractText) as offsets and hashes, with the
 * concept each word belongs to (concept-words.ts): read once per comment by the hashed features,
 * the concept inputs and the reasons.
 */

// The word hash concept-index.ts builds its tables with (FNV-1a): the same seed, prime (16777619)
// and filter mask (FILTER_MASK, 0xffff), written here as literals because the loop in wordSpans is
// the hottest of the classifier and an imported binding is read anew on each use in some module
// formats.
const SEED = 0x811c9dc5 | 0;

export const isDigit = (c: number) => c >= 48 && c <= 57;

/** 1 kana (hiragana), 2 katakana, 3 kanji/hanzi, 4 Hangul, 0 any other script (c ≥ 0x3040). */
function scriptOf(c: number): number {
  if (c <= 0x309f) return 1;
  if (c <= 0x30ff) return 2;
  if (c >= 0x3400 && c <= 0x9fff) return 3;
  if (c >= 0xac00 && c <= 0xd7af) return 4;
  return 0;
}

/**
 * Per UTF-16 code unit above ASCII: 1 a word character, 2 not; 0 not yet looked at. Punctuation
 * and spaces of every script end a word ("¿cuánto", "متابعين؟", "すごい！", "बहुत।" are their
 * words without the mark); letters, digits, combining marks, symbols and emoji (their surrogates)
 * are read as words, as ASCII letters are.
 */
const wordUnit = new Uint8Array(65_536);
const NOT_WORD = /[\p{P}\p{Z}\p{Cc}]/u;

function nonAsciiWordChar(c: number): boolean {
  let k = wordUnit[c]!;
  if (k === 0) {
    const excluded =
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x3000 && c <= 0x3003) ||
      (c >= 0x3008 && c <= 0x301f) ||
      (c >= 0xfe00 && c <= 0xfe0f) ||
      (c < 0xd800 || c > 0xdfff ? NOT_WORD.test(String.fromCharCode(c)) : false);
    k = excluded ? 2 : 1;
    wordUnit[c] = k;
  }
  return k === 1;
}

/**
 * The words of a hashed text as offsets and raw hashes (no substrings are built): word i runs from
 * start[i] to end[i]; its unigram bucket is mix(hash[i]), and it forms a bigram with word i − 1
 * when hash[i − 1] is not 0. Filled by wordSpans, reused from call to call.
 */
export interface WordSpans {
  /** The text they were read from: the same text again is not read twice. */
  text: string | null;
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** Per word, the concept it is a word of (concept-words.ts), or −1. */
  concept: Int32Array;
  /** Per word, 1 where its concept is that of the word before and it together ("kiem tien"). */
  paired: Uint8Array;
  /** Bit k set: some word is a word of concept k (31 concepts at most: concept-index.ts). */
  concepts: number;
  /** The first word whose own ending says whose it is ("kanalıma", to my channel), or −1. */
  ownedBySuffix: number;
}

const spans: WordSpans = {
  text: null,
  count: 0,
  start: new Int32Array(512),
  end: new Int32Array(512),
  hash: new Int32Array(512),
  concept: new Int32Array(512),
  paired: new Uint8Array(512),
  concepts: 0,
  ownedBySuffix: -1,
};

/**
 * The concept of a word written with an apostrophe: the part after the last one read as a word
 * ("d'abonnés" is "abonnés"), or else the part before one as a whole word with a suffix ("dm'den").
 */
function apostropheConcept(text: string, from: number, to: number): number {
  const { stems, words } = conceptIndex();
  let k = -1;
  let h = SEED;
  for (let i = from; i <= to; i++) {
    let c = i < to ? text.charCodeAt(i) : 39;
    if (c === 39) {
      const whole = words.get(h);
      if (whole >= 0) k = whole;
      h = SEED;
      continue;
    }
    if (isDigit(c)) c = 48;
    h = Math.imul(h ^ c, 16777619);
    const found = stems.get(h);
    if (found >= 0) k = found;
  }
  return k;
}

/**
 * The concept of an Arabic word written with its clitics: "and" (و), "so" (ف), "with", "like",
 * "for" (ب ك ل) and "the" (ال) are written joined to the word ("ومشاهدات", and views; "بسعر", at a
 * price; "للمتابعين", for the followers), so the word is read again without them. −1 if that finds
 * no concept, or the word starts with none of them.
 */
function arabicConcept(text: string, from: number, to: number): number {
  let p = from;
  let c = text.charCodeAt(p);
  if (c === 0x648 || c === 0x641) c = text.charCodeAt(++p);
  if ((c === 0x628 || c === 0x643 || c === 0x644) && to - p > 3) {
    c = text.charCodeAt(++p);
    // "لل": "for" and the article, whose alef is dropped after it.
    if (text.charCodeAt(p - 1) === 0x644 && c === 0x644 && to - p > 3) c = text.charCodeAt(++p);
  }
  if (c === 0x627 && text.charCodeAt(p + 1) === 0x644 && to - p > 4) p += 2;
  if (p === from || to - p < 3) return -1;
  const { stems, words } = conceptIndex();
  let k = -1;
  let h = SEED;
  for (let i = p; i < to; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const found = stems.get(h);
    if (found >= 0) k = found;
  }
  const whole = words.get(h);
  return whole >= 0 ? whole : k;
}

/** The words of `text` (from abstractText): offsets and hashes, in a shared scratch. */
export function wordSpans(text: string): WordSpans {
  if (spans.text === text) return spans;
  const len = text.length;
  if (len + 1 > spans.start.length) {
    const size = len + 1;
    spans.start = new Int32Array(size);
    spans.end = new Int32Array(size);
    spans.hash = new Int32Array(size);
    spans.concept = new Int32Array(size);
    spans.paired = new Uint8Array(size);
  }
  const { start: starts, end: ends, hash: hashes, concept: concepts, paired } = spans;
  const { stemFilter, wordFilter, stems, words, pairs } = conceptIndex();
  let n = 0;
  let mask = 0;
  let start = 0;
  let h = SEED;
  let inWord = false;
  // The concept of the word so far: the longest stem it starts with (concept-index.ts). A word
  // with an apostrophe is read again at its end, in parts (apostropheConcept).
  let stem = -1;
  let apostrophe = false;
  // Scripts written without spaces: a change between kana, kanji, Hangul and the rest ends a word
  // ("フォロワーを増やす" is フォロワー, を, 増, やす); the long-vowel mark ー keeps the word going.
  // Latin and Cyrillic text (script 0, characters below U+3040) pays two comparisons a character.
  let script = 0;
  const units = wordUnit;
  for (let i = 0; i <= len; i++) {
    let c = i < len ? text.charCodeAt(i) : 32;
    // Whether c is a word character, written out here (the loop is the classifier's hottest): ASCII
    // letters, digits (folded to 0), '@', '~', '$' and the apostrophe; above ASCII, wordUnit. Flags
    // are numbers, not booleans: the compiler keeps them in registers.
    let wordChar = 0;
    if (c < 128) {
      if (c >= 48 && c <= 57) c = 48;
      if ((c >= 97 && c <= 122) || c === 48 || c === 64 || c === 126 || c === 36 || c === 39)
        wordChar = 1;
    } else {
      const k = units[c]!;
      if (k === 1 || (k === 0 && nonAsciiWordChar(c))) wordChar = 1;
    }
    let split = 0;
    if (inWord && (c >= 0x3040 || script !== 0)) {
      const next = c < 0x3040 ? 0 : c === 0x30fc ? script : scriptOf(c);
      if (next !== script) split = 1;
    }
    if (i < len && wordChar !== 0 && split === 0) {
      if (!inWord) {
        start = i;
        stem = -1;
        apostrophe = false;
        script = c < 0x3040 || c === 0x30fc ? 0 : scriptOf(c);
      }
      if (c === 39) apostrophe = true;
      h = Math.imul(h ^ c, 16777619);
      if (((stemFilter[(h & 0xffff) >>> 5]! >> (h & 31)) & 1) !== 0) {
        const found = stems.get(h);
        if (found >= 0) stem = found;
      }
      inWord = true;
    } else if (inWord) {
      starts[n] = start;
      ends[n] = i;
      hashes[n] = h;
      let k = stem;
      paired[n] = 0;
      if (apostrophe) k = apostropheConcept(text, start, i);
      else if (((wordFilter[(h & 0xffff) >>> 5]! >> (h & 31)) & 1) !== 0) {
        const whole = words.get(h);
        if (whole >= 0) k = whole;
        // The second word of a pair passes the filter too (concept-index.ts): this word with the
        // one before, hashed as pairHash does.
        if (n > 0) {
          const both = pairs.get(Math.imul(hashes[n - 1]! ^ Math.imul(h, 0x5bd1e995), 16777619));
          if (both >= 0) {
            k = both;
            paired[n] = 1;
          }
        }
      }
      // Arabic letters (U+0621–U+064A) start the word: its clitics may hide its concept.
      const first = text.charCodeAt(start);
      if (k < 0 && first >= 0x621 && first <= 0x64a) k = arabicConcept(text, start, i);
      concepts[n] = k;
      if (k >= 0) mask |= 1 << k;
      n++;
      h = SEED;
      inWord = false;
      // A change of script: this character starts the next word.
      if (split) i--;
    }
  }
  spans.count = n;
  if (mask & OWNER_BITS) mask = ownersNextTo(text, spans, mask);
  spans.ownedBySuffix = -1;
  if (mask & SUFFIXED_BITS) mask = ownersBySuffix(text, spans, mask);
  spans.concepts = mask;
  spans.text = text;
  return spans;
}

const bit = (name: string) => 1 << CONCEPT_NAMES.indexOf(name);
/** "my", "your" and their kin: read only next to a word of a channel or page (OWNED). */
export const OWNER_BITS = bit('self') | bit('you');
const OWNED_BITS = bit('subscribe') | bit('followBack') | bit('visit') | bit('bio') | bit('page');
const owned = (k: number) => k >= 0 && ((OWNED_BITS >>> k) & 1) !== 0;

/**
 * Possessives written after the noun, as normalised: Indonesian "channel kamu" (your), "channel aku",
 * "saya" (my); Vietnamese "kênh mình" (my), "bạn" (your); Thai "ช่องเรา" (our), "คุณ" (your). The
 * others come before it.
 */
const AFTER_NOUN: ReadonlySet<string> = new Set([
  'kamu',
  'aku',
  'saya',
  'minh',
  'ban',
  'เรา',
  'คุณ',
]);

/**
 * A possessive counts as a concept only right before a channel or page word ("my channel", "il
 * mio canale"), or right after it where the language puts it there ("channel kamu"): whose channel
 * a comment speaks of is what tells "subscribe to my channel" from "your channel got me through my
 * exams". Returns the new mask.
 */
function ownersNextTo(text: string, s: WordSpans, mask: number): number {
  const concepts = s.concept;
  const n = s.count;
  let out = mask & ~OWNER_BITS;
  for (let i = 0; i < n; i++) {
    const k = concepts[i]!;
    if (k < 0 || ((OWNER_BITS >>> k) & 1) === 0) continue;
    const after = AFTER_NOUN.has(text.slice(s.start[i]!, s.end[i]!));
    if (after ? i > 0 && owned(concepts[i - 1]!) : i + 1 < n && owned(concepts[i + 1]!))
      out |= 1 << k;
    else concepts[i] = -1;
  }
  return out;
}

const SUFFIXED_BITS = bit('subscribe') | bit('bio') | bit('page');
/**
 * Nouns for a channel, profile or account that take a possessive ending: Turkish "kanal", "profil",
 * "bio", "biyo", "hesap", "sayfa"; Indonesian "akun", "channel".
 */
const SUFFIXED_NOUN = /^(?:kanal|profil|biyo|bio|hesap|hesab|sayfa|akun|channel)/;
/**
 * Turkish possessive endings, with a case ending after them: "-ım", "-im" (my; "-m" after a vowel),
 * "-ımız" (our), "-ın", "-in" (your; "-n"), "-ınız"; then to, of, in, from ("kanalıma", "profilimde",
 * "biyomu", "kanalını"). The third person ("kanalı") is neither.
 */
const MY_ENDING = /^[ıiuü]?m(?:[ıiuü]z)?(?:[ae]|[ıiuü]|[dt][ae]n?|[dt][ae]ki|[ıiuü]?n)?$/;
const YOUR_ENDING = /^[ıiuü]?n(?:[ıiuü]z)?(?:[ae]|[ıiuü]|[dt][ae]n?|[dt][ae]ki|[ıiuü]n)?$/;

/**
 * Turkish and Indonesian write "my" and "your" as an ending of the noun ("kanalıma abone olun",
 * subscribe to my channel; "kanalını çok seviyorum", I love your channel; "mampir ke akunku"): such a
 * word of a channel, profile or account counts as its possessive too, as "my channel" does
 * (ownersNextTo). Returns the new mask.
 */
function ownersBySuffix(text: string, s: WordSpans, mask: number): number {
  for (let i = 0; i < s.count; i++) {
    const k = s.concept[i]!;
    if (k < 0 || ((SUFFIXED_BITS >>> k) & 1) === 0) continue;
    const word = text.slice(s.start[i]!, s.end[i]!);
    const noun = SUFFIXED_NOUN.exec(word);
    if (!noun) continue;
    const ending = word.slice(noun[0].length);
    // Indonesian writes them "-ku" (my) and "-mu" (your): "akunku", "channelmu".
    const indonesian = noun[0] === 'akun' || noun[0] === 'channel';
    const owner = (indonesian ? ending === 'ku' : MY_ENDING.test(ending))
      ? bit('self')
      : (indonesian ? ending === 'mu' : YOUR_ENDING.test(ending))
        ? bit('you')
        : 0;
    if (owner === 0) continue;
    mask |= owner;
    if (s.ownedBySuffix < 0) s.ownedBySuffix = i;
  }
  return mask;
}
