import type { PostReading } from '../../model/reading';
import { containsPhrase, fold, hashtagsIn, phraseIndex, tagKey } from '../text';
import { disclosurePhrases, disclosureTags, giveawayWords, promotionPhrases } from './markers';

/** Instagram cuts captions at about this many characters behind "… more" (FTC: disclose before it). */
export const CAPTION_CUTOFF = 125;

interface CaptionFacts {
  caption: string;
  tags: Set<string>;
  disclosure?: 'label' | 'early' | 'late' | null;
  promotion?: string[];
}

const facts = new WeakMap<PostReading, CaptionFacts>();

/** The folded caption and hashtags of a post, computed once per post object. */
function factsOf(post: PostReading): CaptionFacts {
  let f = facts.get(post);
  if (!f) {
    const tags = new Set(post.hashtags.map(tagKey));
    for (const t of hashtagsIn(post.caption ?? '')) tags.add(t);
    f = { caption: fold(post.caption ?? ''), tags };
    facts.set(post, f);
  }
  return f;
}

const tagsOf = (post: PostReading) => factsOf(post).tags;

export function isGiveaway(post: PostReading): boolean {
  const caption = factsOf(post).caption;
  const tags = tagsOf(post);
  return giveawayWords.some((w) => tags.has(w) || containsPhrase(caption, w));
}

/** Where a disclosure appears: 'label' (platform paid-partnership label), 'early', 'late' or none. */
export function disclosureOf(post: PostReading): 'label' | 'early' | 'late' | null {
  const f = factsOf(post);
  if (f.disclosure === undefined) f.disclosure = findDisclosure(post);
  return f.disclosure;
}

function findDisclosure(post: PostReading): 'label' | 'early' | 'late' | null {
  if (post.paidPartnership === true) return 'label';
  const caption = factsOf(post).caption;
  let first = -1;
  for (const phrase of foldedDisclosures) {
    const at = phraseIndex(caption, phrase);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) {
    const tags = tagsOf(post);
    if (foldedDisclosureTags.some((t) => tags.has(t))) return 'late';
    return null;
  }
  return first < CAPTION_CUTOFF ? 'early' : 'late';
}

const foldedPromotion = new Map<string, string>(promotionPhrases.map((p) => [p, fold(p)]));
const foldedDisclosures = [...disclosureTags, ...disclosurePhrases].map(fold);
const foldedDisclosureTags = disclosureTags.map((t) => fold(t.slice(1)));

/** Words in the caption that suggest a brand deal (discount code, "partnered with"). */
export function promotionSigns(post: PostReading): string[] {
  const f = factsOf(post);
  f.promotion ??= promotionPhrases.filter((p) =>
    containsPhrase(f.caption, foldedPromotion.get(p)!),
  );
  return f.promotion;
}

/** Sponsored: a paid-partnership label, a disclosure, or promotion signs. */
export function isSponsored(post: PostReading): boolean {
  return disclosureOf(post) !== null || promotionSigns(post).length > 0;
}
