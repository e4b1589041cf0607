/**
 * Per-language words of low-effort praise. Every list is lower-case, accents kept as written
 * (matching folds them), sorted and unique (tests/unit/rules/data-lists.test.ts). They define the
 * "generic" truth of the real training sets (scripts/train-comments.ts) and which words a
 * copy-paste needs beyond praise; the classifier itself learns from data.
 */
export interface PhraseSet {
  /** ISO 639-1. */
  lang: string;
  /** Words that, alone or together (≤ 6 words), make a low-effort comment: "nice pic", "wow". */
  genericWords: readonly string[];
}
