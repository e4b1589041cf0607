import type { Offer } from '../model/offer';

/**
 * What an offer costs whatever the sales: the flat fee (flat, hybrid) or the product's value
 * (product); 0 for commission only. Null when the model needs an amount the offer does not state.
 */
export function fixedPart(offer: Offer): number | null {
  switch (offer.model) {
    case 'flat':
    case 'hybrid':
      return offer.flatFee ?? null;
    case 'product':
      return offer.productValue ?? null;
    case 'affiliate':
      return 0;
  }
}
