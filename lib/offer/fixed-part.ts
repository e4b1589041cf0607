import type { Offer } from '../model/offer';

/**
 * What an offer costs whatever the sales: the flat fee (flat, hybrid, bonus) or the product's value
 * (product); 0 for commission only. Null when the model needs an amount the offer does not state.
 */
export function fixedPart(offer: Offer): number | null {
  switch (offer.model) {
    case 'flat':
    case 'hybrid':
    case 'bonus':
      return offer.flatFee ?? null;
    case 'product':
      return offer.productValue ?? null;
    case 'affiliate':
      return 0;
  }
}

/** The cash fee per post an offer pays (flat fee ÷ posts when the posts are stated); null without one. */
export function feePerPost(offer: Offer): number | null {
  if (offer.model !== 'flat' && offer.model !== 'hybrid' && offer.model !== 'bonus') return null;
  if (offer.flatFee === undefined) return null;
  return offer.flatFee / (offer.postsCount ?? 1);
}
