import type { Offer } from '../model/offer';
import { t } from '../i18n/messages';

/**
 * What the offer builder warns about before an offer is sent. The method's mistake: paying a flat
 * fee alone, so that nothing the creator is paid depends on what the campaign sells. An offer has
 * a part tied to results when it pays a commission above zero or a bonus on a sales target; a flat fee, a product sent or a
 * commission of 0% are paid whatever happens.
 */
export const OFFER_WARNING = {
  get flatOnly() {
    return t('warnFlatOnly');
  },
};

export type OfferWarning = keyof typeof OFFER_WARNING;

export function offerWarnings(offer: Pick<Offer, 'model' | 'commissionPct'>): OfferWarning[] {
  const paysOnResults =
    offer.model === 'bonus' || (offer.model !== 'flat' && (offer.commissionPct ?? 0) > 0);
  return paysOnResults ? [] : ['flatOnly'];
}
