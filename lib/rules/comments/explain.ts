import type { CommentLabel } from '../../model/verdict';
import { CLASSES, DENSE, wordGrams } from './features';
import type { Model } from './model';

/** Smallest weight of one word (against the other label) worth quoting as a reason. */
const MIN_WORD_PULL = 0.5;
const MIN_SIGNAL_PULL = 0.4;
const MAX_WORDS = 3;
const LETTER = /\p{L}/u;

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
  signals.sort((x, y) => y.pull - x.pull);
  for (const s of signals.slice(0, 2)) reasons.push(s.words);

  const grams = wordGrams(abstract);
  const towards = model.hashed[a]!;
  const away = model.hashed[b]!;
  let common: Set<string> | null = null;
  const pulls: { text: string; pull: number }[] = [];
  for (const g of grams) {
    const pull = towards[g.bucket]! - away[g.bucket]!;
    if (pull < MIN_WORD_PULL || !LETTER.test(g.text)) continue;
    common ??= new Set(
      grams.filter((x) => !x.text.includes(' ') && model.common.has(x.bucket)).map((x) => x.text),
    );
    const words = g.text.split(' ');
    if (words.every((w) => common!.has(w) || !LETTER.test(w))) continue;
    if (pulls.some((p) => p.text === g.text)) continue;
    pulls.push({ text: g.text, pull });
  }
  pulls.sort((x, y) => y.pull - x.pull || (x.text < y.text ? -1 : 1));
  const words: string[] = [];
  for (const p of pulls) {
    if (words.length >= MAX_WORDS) break;
    if (words.some((w) => w.includes(p.text) || p.text.includes(w))) continue;
    words.push(p.text);
  }
  if (words.length) reasons.push(`${WORDS_OF[label]}: ${words.map((w) => `'${w}'`).join(', ')}`);
  return reasons;
}
