import type { OfferModel } from '../model/offer';

/** The usual range of one compensation model, for the offer builder's hints. Amounts in USD per post. */
export interface CompensationRange {
  model: OfferModel;
  label: string;
  flatFee?: { min: number; max: number };
  commissionPct?: { min: number; max: number };
  note: string;
}

/** domain.md, "Compensation models" (micro creators). Hints only: the user's offer is what counts. */
export const compensationRanges: readonly CompensationRange[] = [
  {
    model: 'flat',
    label: 'Flat fee',
    flatFee: { min: 500, max: 1500 },
    note: 'Fixed fee per post, paid whatever the sales.',
  },
  {
    model: 'affiliate',
    label: 'Affiliate commission',
    commissionPct: { min: 5, max: 10 },
    note: 'A share of the sales attributed to the creator’s code or link.',
  },
  {
    model: 'hybrid',
    label: 'Flat fee + commission',
    flatFee: { min: 300, max: 800 },
    commissionPct: { min: 3, max: 5 },
    note: 'Usually the best deal: e.g. $500 + 5% of $6,000 sales = $800.',
  },
  {
    model: 'product',
    label: 'Product + commission',
    commissionPct: { min: 5, max: 8 },
    note: 'For high-margin, low-price goods: the product sent plus a share of sales.',
  },
  {
    model: 'bonus',
    label: 'Flat fee + bonus on target',
    note: 'A flat fee plus a fixed bonus once the sales attributed to the creator reach a target (the method gives no usual amounts for it).',
  },
];
