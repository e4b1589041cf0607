import type { CampaignResult } from '../model/results';
import type { Offer } from '../model/offer';

/** What a creator is owed under an offer, split into its parts so the UI can show the sum. */
export type Payment =
  | {
      status: 'ok';
      amount: number;
      /** Cash fee agreed up front (flat, hybrid). */
      flat: number;
      /** commissionPct of the attributed revenue (affiliate, hybrid, product). */
      commission: number;
      /** Retail value of the product sent (product): part of what the creator costs. */
      product: number;
      /** The bonus paid for reaching the revenue target (bonus); 0 below it. */
      bonus: number;
    }
  | { status: 'unknown'; amount: null; reason: PaymentGap };

export type PaymentGap =
  'no-flat-fee' | 'no-commission' | 'no-product-value' | 'no-bonus' | 'revenue-unknown';

/** Which parts each model needs: domain.md's compensation models. */
const parts = {
  flat: { flat: true, commission: false, product: false, bonus: false },
  affiliate: { flat: false, commission: true, product: false, bonus: false },
  hybrid: { flat: true, commission: true, product: false, bonus: false },
  product: { flat: false, commission: true, product: true, bonus: false },
  bonus: { flat: true, commission: false, product: false, bonus: true },
} as const;

/** Cents, so that 0.1 + 0.2 style float noise never reaches a report. */
export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The payment an offer produces for a given attributed revenue.
 * Hybrid $500 + 5% of $6,000 = $800. A part the offer needs but does not state, or a commission on
 * unknown revenue, gives `unknown` with the reason: never a guessed zero.
 */
export function computePayment(offer: Offer, revenue: number | null): Payment {
  const needs = parts[offer.model];
  if (needs.flat && offer.flatFee === undefined) return unknown('no-flat-fee');
  if (needs.product && offer.productValue === undefined) return unknown('no-product-value');
  if (needs.commission && offer.commissionPct === undefined) return unknown('no-commission');
  if (needs.bonus && (offer.bonusAmount === undefined || offer.bonusTarget === undefined))
    return unknown('no-bonus');
  const revenueKnown = revenue !== null && Number.isFinite(revenue) && revenue >= 0;
  if ((needs.commission || needs.bonus) && !revenueKnown) return unknown('revenue-unknown');
  const flat = needs.flat ? offer.flatFee! : 0;
  const product = needs.product ? offer.productValue! : 0;
  // Multiply before dividing: 6000 * 5 / 100 is exact where 6000 * 0.05 may not be.
  const commission = needs.commission ? roundMoney((revenue! * offer.commissionPct!) / 100) : 0;
  const bonus = needs.bonus && revenue! >= offer.bonusTarget! ? offer.bonusAmount! : 0;
  return {
    status: 'ok',
    amount: roundMoney(flat + commission + product + bonus),
    flat,
    commission,
    product,
    bonus,
  };
}

function unknown(reason: PaymentGap): Payment {
  return { status: 'unknown', amount: null, reason };
}

/** Where the payment used in CPA and ROAS came from. */
export type EffectivePayment =
  | { amount: number; source: 'override'; from: string | null }
  | { amount: number; source: 'offer' }
  | { amount: null; source: 'none'; reason: PaymentGap | 'no-offer' };

/** The payment a report uses: a hand-entered `paymentOverride` wins over what the offer computes. */
export function effectivePayment(
  result: Pick<CampaignResult, 'paymentOverride' | 'revenue' | 'paymentFrom'>,
  offer: Offer | null | undefined,
): EffectivePayment {
  if (result.paymentOverride !== null)
    return { amount: result.paymentOverride, source: 'override', from: result.paymentFrom ?? null };
  if (!offer) return { amount: null, source: 'none', reason: 'no-offer' };
  const payment = computePayment(offer, result.revenue);
  return payment.status === 'ok'
    ? { amount: payment.amount, source: 'offer' }
    : { amount: null, source: 'none', reason: payment.reason };
}
