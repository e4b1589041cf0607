import type { CommentLabel } from '../../model/verdict';
import { CLASSES, unigramBucket } from './features';
import { CONCEPT_NAMES } from './concept-index';
import { OWNER_BITS, wordSpans, type WordSpans } from './word-spans';
import { COMBINATION_BITS, COMBINATIONS, DENSE, FIRST_COMBINATION } from './dense-inputs';
import type { Model } from './model';

/** Smallest weight of one word (against the other label) worth quoting as a reason. */
const MIN_WORD_PULL = 0.5;
const MIN_SIGNAL_PULL = 0.4;
const MAX_WORDS = 3;
/**
 * Signals too common in ordinary comments to be the reason a comment is spam: said only when
 * nothing stronger is ("uses emoji" beside "points readers to another account" adds nothing).
 */
const WEAK_FOR_SPAM: ReadonlySet<string> = new Set(['emoji', 'short', 'long', 'question']);
const LETTER = /\p{L}/u;

/** Whether word i of `text` holds a letter (as LETTER says): ASCII words without the regex. */
function hasLetter(text: string, s: WordSpans, i: number): boolean {
  const end = s.end[i]!;
  let ascii = true;
  for (let j = s.start[i]!; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && LETTER.test(text.slice(s.start[i]!, end));
}

/**
 * Whether word i can be quoted alone: it holds a letter, and a word of one letter is quoted only in
 * the scripts where one character is a word ("稼"), never a preposition ("в", "a").
 */
function quotable(text: string, s: WordSpans, i: number): boolean {
  return (
    hasLetter(text, s, i) && (s.end[i]! - s.start[i]! > 1 || text.charCodeAt(s.start[i]!) >= 0x3040)
  );
}

const ACCOUNT = CONCEPT_NAMES.indexOf('account');

const inConcepts = (s: WordSpans, i: number, concepts: number) =>
  s.concept[i]! >= 0 && ((concepts >>> s.concept[i]!) & 1) !== 0;

/** The first word of a concept among `concepts` (bits), other than word `not`; −1 if none. */
function firstWordOf(s: WordSpans, concepts: number, not = -1): number {
  for (let i = 0; i < s.count; i++) {
    const k = s.concept[i]!;
    if (i !== not && k >= 0 && ((concepts >>> k) & 1) !== 0) return i;
  }
  return -1;
}

/**
 * Adds to `signals` each pair of concepts (dense-inputs.ts, COMBINATIONS) the comment has that pulls
 * towards spam, said with the two words that make it; returns those words' indices, or null.
 */
function pairReasons(
  model: Model,
  abstract: string,
  spans: WordSpans,
  a: number,
  b: number,
  signals: { words: string; pull: number; weak: boolean }[],
): number[] | null {
  let paired: number[] | null = null;
  for (let j = 0; j < COMBINATIONS.length; j++) {
    const [one, other] = COMBINATION_BITS[j]!;
    if ((spans.concepts & one) === 0 || (spans.concepts & other) === 0) continue;
    const pull = model.dense[a]![FIRST_COMBINATION + j]! - model.dense[b]![FIRST_COMBINATION + j]!;
    if (pull < MIN_SIGNAL_PULL) continue;
    // Two pairs that say the same thing ("offers followers") are said once.
    const says = COMBINATIONS[j]![3];
    if (signals.some((s) => s.words.startsWith(says))) continue;
    // A possessive is quoted with the word beside it, as written: "'my channel'" (features.ts).
    if ((other & OWNER_BITS) !== 0) {
      const y = firstWordOf(spans, other);
      // "my" written as the noun's ending ("kanalıma"): the word is quoted alone.
      if (y < 0 && spans.ownedBySuffix >= 0) {
        const w = spans.ownedBySuffix;
        signals.push({
          words: `${says}: '${abstract.slice(spans.start[w]!, spans.end[w]!)}'`,
          pull,
          weak: false,
        });
        (paired ??= []).push(w);
        continue;
      }
      const x = y + 1 < spans.count && inConcepts(spans, y + 1, one) ? y + 1 : y - 1;
      if (y < 0 || x < 0) continue;
      const from = spans.start[Math.min(x, y)]!;
      signals.push({
        words: `${says}: '${abstract.slice(from, spans.end[Math.max(x, y)]!)}'`,
        pull,
        weak: false,
      });
      (paired ??= []).push(x, y);
      continue;
    }
    const x = firstWordOf(spans, one);
    const y = firstWordOf(spans, other, x);
    if (x < 0 || y < 0) continue;
    // A concept of two words ("kiem tien") is quoted as both; an account's "@" with its name's
    // first word ("@explore").
    const word = (i: number) =>
      spans.concept[i] === ACCOUNT && i + 1 < spans.count
        ? abstract.slice(spans.start[i + 1]!, spans.end[i + 1]!)
        : abstract.slice(spans.start[spans.paired[i] ? i - 1 : i]!, spans.end[i]!);
    signals.push({
      words: `${COMBINATIONS[j]![3]}: '${word(x)}' with '${word(y)}'`,
      pull,
      weak: false,
    });
    (paired ??= []).push(x, y);
  }
  return paired;
}

/** A word gram worth quoting: word i alone, or the bigram ending on it; its text built on demand. */
interface Candidate {
  word: number;
  bigram: boolean;
  pull: number;
  text: string | null;
}

/** Whether word i is a word of a mentioned account's name ("@promo" of "@promo.boost", features.ts). */
const inHandle = (abstract: string, s: WordSpans, i: number) =>
  abstract.charCodeAt(s.start[i]!) === 64 && s.end[i]! - s.start[i]! > 1;

function textOf(abstract: string, s: WordSpans, c: Candidate): string {
  if (c.text === null) {
    // A word of an account's name is quoted as the word ("promo"), without the mark.
    const from = s.start[c.word]! + (inHandle(abstract, s, c.word) ? 1 : 0);
    const word = abstract.slice(from, s.end[c.word]!);
    c.text = c.bigram
      ? `${abstract.slice(s.start[c.word - 1]!, s.end[c.word - 1]!)} ${word}`
      : word;
  }
  return c.text;
}

/**
 * Whether x comes before y: pulls harder, or as hard and earlier in text order. A gram quoted twice
 * has the same pull and text both times: the two sit side by side and read as one.
 */
function before(abstract: string, s: WordSpans, x: Candidate, y: Candidate): boolean {
  return x.pull > y.pull || (x.pull === y.pull && textOf(abstract, s, x) < textOf(abstract, s, y));
}

const WORDS_OF: Record<CommentLabel, string> = {
  spam: 'words typical of spam',
  generic: 'words of praise with nothing specific',
  genuine: 'words specific to the post or a real exchange',
};

/**
 * Why the model chose `label` over `against`: the structured signals and the words (uni/bigrams as
 * written) that pull hardest towards it. Character n-grams weigh in too but cannot be quoted.
 */
export function explain(
  model: Model,
  abstract: string,
  dense: readonly number[],
  label: CommentLabel,
  against: CommentLabel,
): string[] {
  const a = CLASSES.indexOf(label);
  const b = CLASSES.indexOf(against);
  const reasons: string[] = [];
  const signals: { words: string; pull: number; weak: boolean }[] = [];
  for (let k = 0; k < DENSE.length; k++) {
    if (!dense[k]) continue;
    const words: string | null = label === 'spam' ? DENSE[k]![1] : DENSE[k]![2];
    const pull = (model.dense[a]![k]! - model.dense[b]![k]!) * dense[k]!;
    const weak = label === 'spam' && WEAK_FOR_SPAM.has(DENSE[k]![0]);
    if (words !== null && pull >= MIN_SIGNAL_PULL) signals.push({ words, pull, weak });
  }
  const spans = wordSpans(abstract);
  const paired =
    label === 'spam' && spans.concepts !== 0
      ? pairReasons(model, abstract, spans, a, b, signals)
      : null;
  // Stable, strongest first (insertion sort: a handful of entries).
  for (let k = 1; k < signals.length; k++) {
    const s = signals[k]!;
    let j = k - 1;
    for (; j >= 0 && signals[j]!.pull < s.pull; j--) signals[j + 1] = signals[j]!;
    signals[j + 1] = s;
  }
  for (let k = 0; k < signals.length && reasons.length < 2; k++)
    if (!signals[k]!.weak) reasons.push(signals[k]!.words);

  // Word grams are weighed by their buckets; only those quoted become strings.
  // The weight of bucket b for class c is bytes[b × classes + c] × scale[c] (model.ts).
  const bytes = model.bytes;
  const scaleA = model.scale[a]!;
  const scaleB = model.scale[b]!;
  const common = model.commonBucket;
  const classes = CLASSES.length;
  const pulls: Candidate[] = [];
  const hashes = spans.hash;
  const starts = spans.start;
  const ends = spans.end;
  const concepts = spans.concept;
  const denseA = model.dense[a]!;
  const denseB = model.dense[b]!;
  const firstConcept = DENSE.length;
  // unigramBucket, bigramBucket, conceptInput and inHandle written out: this loop runs for every
  // word of nearly every comment.
  let prevHandle = false;
  for (let i = 0; i < spans.count; i++) {
    // The unigram of word i, then its bigram with word i − 1 (wordGrams' order).
    const h = hashes[i]!;
    let m = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    const uni = (m ^ (m >>> 16)) & 0x7fff;
    let pull = bytes[uni * classes + a]! * scaleA - bytes[uni * classes + b]! * scaleB;
    // A word of a concept (concept-words.ts) pulls with its concept too: "takipçi" as "followers".
    const k = concepts[i]!;
    const conceptPull = k >= 0 ? denseA[firstConcept + k]! - denseB[firstConcept + k]! : 0;
    // A concept of two words in a row pulls with their bigram.
    const pairPull = spans.paired[i] ? conceptPull : 0;
    pull += conceptPull - pairPull;
    // A word of an account's name is quoted only as a sign of spam ("@promo.page"): towards the
    // other labels it is mostly someone's name.
    const handle = abstract.charCodeAt(starts[i]!) === 64 && ends[i]! - starts[i]! > 1;
    if (
      pull >= MIN_WORD_PULL &&
      !common[uni] &&
      (paired === null || !paired.includes(i)) &&
      (!handle || label === 'spam') &&
      quotable(abstract, spans, i)
    )
      pulls.push({ word: i, bigram: false, pull, text: null });
    const previous = i > 0 ? hashes[i - 1]! : 0;
    const afterHandle = prevHandle;
    prevHandle = handle;
    if (previous === 0 || handle || afterHandle) continue;
    m = (Math.imul(previous ^ h, 0x01000193) + 1) | 0;
    m = Math.imul(m ^ (m >>> 16), 0x45d9f3b);
    const bi = (m ^ (m >>> 16)) & 0x7fff;
    const biPull = bytes[bi * classes + a]! * scaleA - bytes[bi * classes + b]! * scaleB + pairPull;
    if (biPull < MIN_WORD_PULL) continue;
    // Quoted unless both words are common ones or have no letter (and one has a letter).
    const first = hasLetter(abstract, spans, i - 1);
    const second = hasLetter(abstract, spans, i);
    if (!first && !second) continue;
    if ((!first || common[unigramBucket(spans, i - 1)]) && (!second || common[uni])) continue;
    pulls.push({ word: i, bigram: true, pull: biPull, text: null });
  }
  // Strongest first, ties in text order (a strict order, as a sort gives).
  for (let i = 1; i < pulls.length; i++) {
    const p = pulls[i]!;
    let j = i - 1;
    for (; j >= 0 && before(abstract, spans, p, pulls[j]!); j--) pulls[j + 1] = pulls[j]!;
    pulls[j + 1] = p;
  }
  let quoted = '';
  const words: string[] = [];
  for (const p of pulls) {
    if (words.length >= MAX_WORDS) break;
    const text = textOf(abstract, spans, p);
    if (words.some((w) => w.includes(text) || text.includes(w))) continue;
    words.push(text);
    quoted += words.length > 1 ? `, '${text}'` : `'${text}'`;
  }
  if (words.length) reasons.push(`${WORDS_OF[label]}: ${quoted}`);
  for (let k = 0; k < signals.length && reasons.length === 0; k++) reasons.push(signals[k]!.words);
  return reasons;
}
