import type { CommentLabel } from '../../model/verdict';
import { bigramBucket, CLASSES, DENSE, unigramBucket, wordSpans, type WordSpans } from './features';
import type { Model } from './model';

/** Smallest weight of one word (against the other label) worth quoting as a reason. */
const MIN_WORD_PULL = 0.5;
const MIN_SIGNAL_PULL = 0.4;
const MAX_WORDS = 3;
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

/** Whether gram x comes before gram y: pulls harder, or as hard and earlier in text order. */
const before = (x: { text: string; pull: number }, y: { text: string; pull: number }) =>
  x.pull > y.pull || (x.pull === y.pull && x.text < y.text);

/** A quotable gram, once. */
function addPull(pulls: { text: string; pull: number }[], text: string, pull: number): void {
  if (!pulls.some((p) => p.text === text)) pulls.push({ text, pull });
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
  const signals: { words: string; pull: number }[] = [];
  for (let k = 0; k < DENSE.length; k++) {
    if (!dense[k]) continue;
    const words: string | null = label === 'spam' ? DENSE[k]![1] : DENSE[k]![2];
    const pull = (model.dense[a]![k]! - model.dense[b]![k]!) * dense[k]!;
    if (words !== null && pull >= MIN_SIGNAL_PULL) signals.push({ words, pull });
  }
  // Stable, strongest first (insertion sort: a handful of entries).
  for (let k = 1; k < signals.length; k++) {
    const s = signals[k]!;
    let j = k - 1;
    for (; j >= 0 && signals[j]!.pull < s.pull; j--) signals[j + 1] = signals[j]!;
    signals[j + 1] = s;
  }
  for (let k = 0; k < signals.length && k < 2; k++) reasons.push(signals[k]!.words);

  // Word grams are weighed by their buckets; only those that pull hard enough become strings.
  const spans = wordSpans(abstract);
  // hashed[c][bucket] is interleaved[bucket × classes + c]: one cache line per gram.
  const weights = model.interleaved;
  const classes = CLASSES.length;
  const pulls: { text: string; pull: number }[] = [];
  for (let i = 0; i < spans.count; i++) {
    // The unigram of word i, then its bigram with word i − 1 (wordGrams' order).
    const uni = unigramBucket(spans, i);
    const pull = weights[uni * classes + a]! - weights[uni * classes + b]!;
    if (pull >= MIN_WORD_PULL && !model.common.has(uni) && hasLetter(abstract, spans, i))
      addPull(pulls, abstract.slice(spans.start[i]!, spans.end[i]!), pull);
    const bi = bigramBucket(spans, i);
    if (bi < 0) continue;
    const biPull = weights[bi * classes + a]! - weights[bi * classes + b]!;
    if (biPull < MIN_WORD_PULL) continue;
    // Quoted unless both words are common ones or have no letter (and one has a letter).
    const first = hasLetter(abstract, spans, i - 1);
    const second = hasLetter(abstract, spans, i);
    if (!first && !second) continue;
    if (
      (!first || model.common.has(unigramBucket(spans, i - 1))) &&
      (!second || model.common.has(uni))
    )
      continue;
    addPull(
      pulls,
      `${abstract.slice(spans.start[i - 1]!, spans.end[i - 1]!)} ${abstract.slice(spans.start[i]!, spans.end[i]!)}`,
      biPull,
    );
  }
  // Strongest first, ties in text order (texts are distinct: a strict order, as a sort gives).
  for (let i = 1; i < pulls.length; i++) {
    const p = pulls[i]!;
    let j = i - 1;
    for (; j >= 0 && before(p, pulls[j]!); j--) pulls[j + 1] = pulls[j]!;
    pulls[j + 1] = p;
  }
  let quoted = '';
  const words: string[] = [];
  for (const p of pulls) {
    if (words.length >= MAX_WORDS) break;
    if (words.some((w) => w.includes(p.text) || p.text.includes(w))) continue;
    words.push(p.text);
    quoted += words.length > 1 ? `, '${p.text}'` : `'${p.text}'`;
  }
  if (words.length) reasons.push(`${WORDS_OF[label]}: ${quoted}`);
  return reasons;
}
