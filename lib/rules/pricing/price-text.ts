import { t, uiLocale } from '../../i18n/messages';
import type { PriceRange, PricingSettings } from '../../model/settings';
import type { FairPrice } from './fair-price';

/** What the fair price says to the marketer, in the UI language and its number style. */

export const money = (n: number, currency: string) =>
  new Intl.NumberFormat(uiLocale(), {
    style: 'currency',
    currency,
    maximumFractionDigits: n < 10 && !Number.isInteger(n) ? 2 : 0,
  }).format(n);

const percent = (fraction: number, digits: number) =>
  new Intl.NumberFormat(uiLocale(), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);

const decimal = (n: number, digits: number) =>
  new Intl.NumberFormat(uiLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);

/** A setting as the user typed it: up to 2 decimals, none added. */
const plain = (n: number) =>
  new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 2 }).format(n);

export const rangeText = (r: PriceRange, currency: string) =>
  r.max === null
    ? `${money(r.min, currency)}+`
    : `${money(r.min, currency)}–${money(r.max, currency)}`;

export function priceHeadline(price: FairPrice, currency: string): string {
  if (price.status === 'unknown') return t('fpNone');
  return t('fpHeadline', money(price.low, currency), money(price.high, currency));
}

/** The formula with this creator's numbers. */
export function priceFormula(
  price: Extract<FairPrice, { status: 'ok' }>,
  pricing: PricingSettings,
): string {
  const rate =
    price.followerRate === null
      ? t('fpRateUnknown')
      : t('fpRate', percent(price.followerRate, 1), percent(pricing.referenceRate, 1)) +
        (price.clamped ? t(price.clamped === 'min' ? 'fpHeldLeast' : 'fpHeldMost') : '');
  return t(
    'fpFormula',
    decimal(price.followers, 0),
    money(price.perThousand, pricing.currency),
    decimal(price.multiplier, 2),
    rate,
    percent(pricing.spread, 0),
  );
}

const WHERE = { below: 'fpEstBelow', within: 'fpEstWithin', above: 'fpEstAbove' } as const;

export function usualText(price: Extract<FairPrice, { status: 'ok' }>, currency: string): string {
  if (!price.tier) return t('fpBelowTiers');
  if (!price.usual) return t('fpNoUsual', price.tier.label);
  return t(
    'fpUsual',
    price.tier.label,
    rangeText(price.usual, currency),
    t(WHERE[price.againstUsual!]),
  );
}

const FEE = { below: 'feeBelow', within: 'feeWithin', above: 'feeAbove' } as const;
/** Where an offered fee falls against the estimate, in words. */
export const feeText = (state: keyof typeof FEE): string => t(FEE[state]);

/** The formula in words with the settings' numbers. */
export function formulaText(pricing: PricingSettings): string {
  const m = (n: number) => money(n, pricing.currency);
  return t(
    'fpFormulaSettings',
    m(pricing.perThousand.instagram),
    m(pricing.perThousand.tiktok),
    percent(pricing.referenceRate, 1),
    plain(pricing.multiplierMin),
    plain(pricing.multiplierMax),
    percent(pricing.spread, 0),
  );
}
