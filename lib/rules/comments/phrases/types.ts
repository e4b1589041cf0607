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
  /** Money, crypto and trading vocabulary of scams: "i made", "profit", "payout", "invest with". */
  scam: readonly string[];
  /** Offers to talk in private: "inbox me", "dm me", "contact her". */
  contact: readonly string[];
  /** Testimonial wording of scam comments: "all thanks to", "god bless", "my first payout". */
  testimonial: readonly string[];
}
