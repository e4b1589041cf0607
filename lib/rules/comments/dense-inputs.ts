import type { Signals } from './signals';
import { CONCEPT_NAMES } from './concept-index';
import { wordSpans, type WordSpans } from './word-spans';

/**
 * The comment model's dense inputs, beside its hashed features (features.ts): the structured
 * signals of DENSE, then one per concept of concept-words.ts that a word of the comment belongs to.
 */

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

/**
 * Pairs of concepts that make one kind of spam together though each alone is ordinary: fans ask
 * where to buy things and congratulate on followers, but "buy" with "followers" sells followers; fans
 * ask for a collab, but a collab with "DM us" is bait. Each pair is one input: a comment with a word
 * of each side has it. [name, one side, other side, what a reason says]
 */
export const COMBINATIONS = [
  [
    'sellsAudience',
    ['buy', 'cheap', 'free', 'instant', 'guarantee', 'price', 'password'],
    ['followers', 'likesViews'],
    'offers followers, likes or views',
  ],
  [
    'audienceElsewhere',
    ['message', 'chatApp', 'bio', 'visit'],
    ['followers', 'likesViews'],
    'offers followers, likes or views',
  ],
  ['featurePage', ['promote'], ['account'], 'sends the post to another account for a feature'],
  [
    'collabBait',
    ['collab', 'ambassador', 'promote'],
    ['message', 'chatApp', 'bio'],
    'offers a collaboration in private',
  ],
  [
    'ownChannel',
    ['subscribe', 'followBack', 'visit', 'bio'],
    ['self'],
    'points to its own channel or page',
  ],
  [
    'creatorsChannel',
    ['subscribe', 'followBack', 'visit', 'bio', 'page'],
    ['you'],
    'about the creator’s channel or page',
  ],
  [
    'lure',
    ['earn', 'invest', 'win', 'gift', 'free', 'adult'],
    ['message', 'chatApp', 'bio', 'visit'],
    'promises money, a prize or more, elsewhere',
  ],
] as const;

export type CombinationName = (typeof COMBINATIONS)[number][0];

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
