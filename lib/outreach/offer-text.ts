import { t, uiLocale } from '../i18n/messages';
import type { Say } from './draft-words';
import type { Offer } from '../model/offer';

export interface OfferText {
  /** "$500 flat + 5% commission"; null when the offer lacks a number its model needs. */
  text: string | null;
  /** The fields the model needs and the offer does not have. */
  missing: ('flatFee' | 'commissionPct' | 'bonusAmount' | 'bonusTarget')[];
}

/** Whole amounts without decimals ("$500"), others with the currency's usual decimals ("$499.50"). */
export function formatMoney(amount: number, currency: string, locale = uiLocale()): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);
}

/** Percent given 0..100 ("5%", "7.5%", "5 %" in de-DE). */
export function formatPercent(pct: number, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    pct / 100,
  );
}

/**
 * The offer as the phrase a draft uses: flat "$500 flat", affiliate "5% commission on sales",
 * hybrid "$500 flat + 5% commission", product "the product (worth $60) + 5% commission", bonus
 * "$500 flat + a $300 bonus when your sales reach $5,000".
 * `postsCount` adds "for 2 posts". Only the fields of the offer's model are used.
 */
export function describeOffer(offer: Offer, locale = uiLocale(), say: Say = t): OfferText {
  const currency = offer.currency ?? 'USD';
  const money = (n: number) => formatMoney(n, currency, locale);
  const pct = (n: number) => formatPercent(n, locale);
  const missing: OfferText['missing'] = [];
  const needFlat = offer.model === 'flat' || offer.model === 'hybrid' || offer.model === 'bonus';
  const needPct = offer.model === 'affiliate' || offer.model === 'hybrid';
  if (needFlat && offer.flatFee === undefined) missing.push('flatFee');
  if (needPct && offer.commissionPct === undefined) missing.push('commissionPct');
  if (offer.model === 'bonus' && offer.bonusAmount === undefined) missing.push('bonusAmount');
  if (offer.model === 'bonus' && offer.bonusTarget === undefined) missing.push('bonusTarget');
  if (missing.length > 0) return { text: null, missing };

  let text: string;
  switch (offer.model) {
    case 'flat':
      text = say('ofFlat', money(offer.flatFee!));
      break;
    case 'affiliate':
      text = say('ofAffiliate', pct(offer.commissionPct!));
      break;
    case 'hybrid':
      text = say('ofHybrid', money(offer.flatFee!), pct(offer.commissionPct!));
      break;
    case 'bonus':
      text = say(
        'ofBonus',
        money(offer.flatFee!),
        money(offer.bonusAmount!),
        money(offer.bonusTarget!),
      );
      break;
    case 'product': {
      const product =
        offer.productValue === undefined
          ? say('ofProduct')
          : say('ofProductWorth', money(offer.productValue));
      text =
        offer.commissionPct === undefined
          ? product
          : say('ofPlusCommission', product, pct(offer.commissionPct));
      break;
    }
  }
  if (offer.postsCount !== undefined) {
    text =
      offer.postsCount === 1
        ? say('ofForOnePost', text)
        : say('ofForPosts', text, new Intl.NumberFormat(locale).format(offer.postsCount));
  }
  return { text, missing: [] };
}
