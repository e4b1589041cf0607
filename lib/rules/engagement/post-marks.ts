import type { PostReading } from '../../model/reading';
import { containsPhrase, fold, hashtagsIn, phraseIndex, tagKey } from '../text';
import { disclosurePhrases, disclosureTags, giveawayWords, promotionPhrases } from './markers';

/** Instagram cuts captions at about this many characters behind "… more" (FTC: disclose before it). */
export const CAPTION_CUTOFF = 125;

function tagsOf(post: PostReading): Set<string> {
  const tags = new Set(post.hashtags.map(tagKey));
  for (const t of hashtagsIn(post.caption ?? '')) tags.add(t);
  return tags;
}

export function isGiveaway(post: PostReading): boolean {
  const caption = fold(post.caption ?? '');
  const tags = tagsOf(post);
  return giveawayWords.some((w) => tags.has(w) || containsPhrase(caption, w));
}

/** Where a disclosure appears: 'label' (platform paid-partnership label), 'early', 'late' or none. */
export function disclosureOf(post: PostReading): 'label' | 'early' | 'late' | null {
  if (post.paidPartnership === true) return 'label';
  const caption = fold(post.caption ?? '');
  let first = -1;
  for (const phrase of [...disclosureTags, ...disclosurePhrases]) {
    const at = phraseIndex(caption, fold(phrase));
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) {
    const tags = tagsOf(post);
    if (disclosureTags.some((t) => tags.has(fold(t.slice(1))))) return 'late';
    return null;
  }
  return first < CAPTION_CUTOFF ? 'early' : 'late';
}

/** Words in the caption that suggest a brand deal (discount code, "partnered with"). */
export function promotionSigns(post: PostReading): string[] {
  const caption = fold(post.caption ?? '');
  return promotionPhrases.filter((p) => containsPhrase(caption, fold(p)));
}

/** Sponsored: a paid-partnership label, a disclosure, or promotion signs. */
export function isSponsored(post: PostReading): boolean {
  return disclosureOf(post) !== null || promotionSigns(post).length > 0;
}
