import type { PriceRange, PricingSettings } from '../../model/settings';
import type { FairPrice } from './fair-price';

/** What the fair price says to the marketer (kept together for a later _locales move). */

export const money = (n: number, currency: string) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: n < 10 && !Number.isInteger(n) ? 2 : 0,
  }).format(n);

export const rangeText = (r: PriceRange, currency: string) =>
  r.max === null
    ? `${money(r.min, currency)}+`
    : `${money(r.min, currency)}–${money(r.max, currency)}`;

export function priceHeadline(price: FairPrice, currency: string): string {
  if (price.status === 'unknown') return 'No fair price: no follower count read yet.';
  return `${money(price.low, currency)}–${money(price.high, currency)} per post (estimate)`;
}

/** The formula with this creator's numbers. */
export function priceFormula(
  price: Extract<FairPrice, { status: 'ok' }>,
  pricing: PricingSettings,
): string {
  const rate =
    price.followerRate === null
      ? 'engagement not known, so × 1'
      : `engagement ${(price.followerRate * 100).toFixed(1)}% ÷ ${(pricing.referenceRate * 100).toFixed(1)}%${
          price.clamped ? ` (held at ${price.clamped === 'min' ? 'the least' : 'the most'})` : ''
        }`;
  return (
    `${price.followers.toLocaleString('en-US')} followers ÷ 1,000 × ${money(price.perThousand, pricing.currency)} ` +
    `× ${price.multiplier.toFixed(2)} (${rate}) ± ${Math.round(pricing.spread * 100)}%`
  );
}

export function usualText(price: Extract<FairPrice, { status: 'ok' }>, currency: string): string {
  if (!price.tier) return 'Below the first tier: the method gives no usual price.';
  if (!price.usual) return `The method gives no usual price for ${price.tier.label}.`;
  const where = {
    below: 'the estimate is below it',
    within: 'the estimate is within it',
    above: 'the estimate is above it',
  }[price.againstUsual!];
  return `Usual for ${price.tier.label}: ${rangeText(price.usual, currency)} per post; ${where}.`;
}

export const FEE_TEXT = {
  below: 'below the estimate',
  within: 'within the estimate',
  above: 'above the estimate',
} as const;

/** The formula in words with the settings' numbers. */
export function formulaText(pricing: PricingSettings): string {
  const m = (n: number) => money(n, pricing.currency);
  return (
    `Estimate per post = followers ÷ 1,000 × ${m(pricing.perThousand.instagram)} (Instagram) or ` +
    `${m(pricing.perThousand.tiktok)} (TikTok) × engagement by followers ÷ ` +
    `${(pricing.referenceRate * 100).toFixed(1)}% (kept between ${pricing.multiplierMin} and ` +
    `${pricing.multiplierMax}), ± ${Math.round(pricing.spread * 100)}%.`
  );
}
