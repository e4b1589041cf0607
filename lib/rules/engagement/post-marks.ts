import type { PostReading } from '../../model/reading';
import { containsPhrase, fold, hashtagsIn, tagKey } from '../text';
import type { Platform } from '../../model/reading';
import { PLATFORMS } from '../../model/platforms';
import { findDisclosure, FOLDED_DISCLOSURE_TAGS } from '../caption/disclosure';
import { giveawayWords, promotionPhrases, promotionTags } from './markers';

interface CaptionFacts {
  caption: string;
  tags: Set<string>;
  /** The platform's label, where the caption's disclosure ends, a tag given apart, or none. */
  disclosure?: 'label' | { end: number } | 'tag' | null;
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

/**
 * Where a disclosure appears: 'label' (the platform's paid-partnership label), 'early' (before the
 * caption's "more" cut-off on its platform), 'late', or none. Without the platform, the shorter
 * cut-off of the two is used.
 */
export function disclosureOf(
  post: PostReading,
  platform: Platform | null = null,
): 'label' | 'early' | 'late' | null {
  const f = factsOf(post);
  if (f.disclosure === undefined) f.disclosure = findPostDisclosure(post);
  const d = f.disclosure ?? null;
  if (d === null || d === 'label' || d === 'tag') return d === 'tag' ? 'late' : d;
  return d.end <= (platform ? PLATFORMS[platform].captionCutoff : SHORTEST_CUTOFF)
    ? 'early'
    : 'late';
}

const SHORTEST_CUTOFF = Math.min(...Object.values(PLATFORMS).map((p) => p.captionCutoff));

function findPostDisclosure(post: PostReading): CaptionFacts['disclosure'] {
  if (post.paidPartnership === true) return 'label';
  const found = findDisclosure(post.caption ?? '', null);
  if (found.found) return { end: found.position! + [...found.tag!].length };
  // A tag the reader gave apart from the caption's text: disclosed, but not where it shows first.
  const tags = tagsOf(post);
  return FOLDED_DISCLOSURE_TAGS.some((t) => tags.has(t)) ? 'tag' : null;
}

const foldedPromotion = new Map<string, string>(promotionPhrases.map((p) => [p, fold(p)]));
const foldedPromotionTags = promotionTags.map((t) => tagKey(t));

/** Words in the caption that suggest a brand deal (discount code, "partnered with"). */
export function promotionSigns(post: PostReading): string[] {
  const f = factsOf(post);
  f.promotion ??= [
    ...promotionPhrases.filter((p) => containsPhrase(f.caption, foldedPromotion.get(p)!)),
    ...promotionTags.filter((_, i) => f.tags.has(foldedPromotionTags[i]!)),
  ];
  return f.promotion;
}

/** Sponsored: a paid-partnership label, a disclosure, or promotion signs. */
export function isSponsored(post: PostReading): boolean {
  return disclosureOf(post) !== null || promotionSigns(post).length > 0;
}
