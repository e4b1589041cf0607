import type { Signals } from './signals';
import { COMBINATIONS, DENSE } from './input-names';
import { CONCEPT_NAMES } from './concept-index';
import { wordSpans, type WordSpans } from './word-spans';

/**
 * The comment model's dense inputs, beside its hashed features (features.ts): the structured
 * signals of DENSE, then one per concept of concept-words.ts that a word of the comment belongs to,
 * then one per pair of concepts (COMBINATIONS; both named in input-names.ts).
 */

export { COMBINATIONS, DENSE, type CombinationName, type DenseName } from './input-names';

const CONCEPTS = CONCEPT_NAMES.length;
const bits = (names: readonly string[]): number =>
  names.reduce((m, n) => m | (1 << CONCEPT_NAMES.indexOf(n)), 0);
/** Per combination, the concept bits of each side. */
export const COMBINATION_BITS: readonly (readonly [number, number])[] = COMBINATIONS.map(
  ([, a, b]) => [bits(a), bits(b)] as const,
);

/** Dense inputs: the signals of DENSE, then one per concept (CONCEPT_NAMES), then COMBINATIONS. */
export const DENSE_SIZE = DENSE.length + CONCEPTS + COMBINATIONS.length;
/** Index of the first combination's input. */
export const FIRST_COMBINATION = DENSE.length + CONCEPTS;

/** Name of dense input k, as the weights file keys it. */
export const denseName = (k: number): string =>
  k < DENSE.length
    ? DENSE[k]![0]
    : k < FIRST_COMBINATION
      ? `concept:${CONCEPT_NAMES[k - DENSE.length]}`
      : `pair:${COMBINATIONS[k - FIRST_COMBINATION]![0]}`;

/** Index of the dense input of the concept word i of `s` is a word of, or −1. */
export function conceptInput(s: WordSpans, i: number): number {
  const k = s.concept[i]!;
  return k < 0 ? -1 : DENSE.length + k;
}

/** The signals' dense inputs (DENSE); the concepts' follow them (conceptMask, allInputs). */
export function denseFeatures(s: Signals, obfuscated: boolean, text: string): number[] {
  const n = s.wordCount;
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
    +(s.money && (s.mentionInside || s.handleTag || s.paddedHandleInside || s.trailingHandle)),
    +s.siteName,
    +s.cryptoAddress,
    +s.phone,
    +(n <= 3),
    +(n >= 30),
    +s.mentionsCreator,
    +text.includes('?'),
  ];
}

/** The concepts of a comment whose hashed text (abstractText) is `abstract`: bit k for concept k. */
export const conceptMask = (abstract: string): number => wordSpans(abstract).concepts;

/** Every dense input (DENSE_SIZE): the signals', then 1 or 0 per concept and per pair (training). */
export function allInputs(dense: readonly number[], concepts: number): number[] {
  const out = dense.slice(0, DENSE.length);
  for (let k = 0; k < CONCEPTS; k++) out.push((concepts >>> k) & 1);
  for (const [a, b] of COMBINATION_BITS) out.push(+((concepts & a) !== 0 && (concepts & b) !== 0));
  return out;
}
