/**
 * Per-language phrase lists for the comment classifier. Every list is lower-case, accents kept as
 * written (matching folds them), sorted and unique (tests/unit/rules/comments/phrases.test.ts).
 */
export interface PhraseSet {
  /** ISO 639-1. */
  lang: string;
  /** Words that, alone or together (≤ 6 words), make a low-effort comment: "nice pic", "wow". */
  genericWords: readonly string[];
  /** Self-promotion: "check my bio", "dm to collab", "subscribe to my channel". */
  promo: readonly string[];
  /** Money and crypto lures: "i made $", "invest with", "passive income". */
  scam: readonly string[];
}
