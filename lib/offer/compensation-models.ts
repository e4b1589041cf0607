import type { OfferModel } from '../model/offer';
import { t, type MessageKey } from '../i18n/messages';

/** The usual range of one compensation model, for the offer builder's hints. Amounts in USD per post. */
export interface CompensationRange {
  model: OfferModel;
  label: string;
  flatFee?: { min: number; max: number };
  commissionPct?: { min: number; max: number };
  note: string;
}

/** domain.md, "Compensation models" (micro creators). Hints only: the user's offer is what counts. */
const RANGES: readonly (Omit<CompensationRange, 'label' | 'note'> & {
  label: MessageKey;
  note: MessageKey;
})[] = [
  {
    model: 'flat',
    label: 'rangeFlatLabel',
    flatFee: { min: 500, max: 1500 },
    note: 'rangeFlatNote',
  },
  {
    model: 'affiliate',
    label: 'rangeAffiliateLabel',
    commissionPct: { min: 5, max: 10 },
    note: 'rangeAffiliateNote',
  },
  {
    model: 'hybrid',
    label: 'rangeHybridLabel',
    flatFee: { min: 300, max: 800 },
    commissionPct: { min: 3, max: 5 },
    note: 'rangeHybridNote',
  },
  {
    model: 'product',
    label: 'rangeProductLabel',
    commissionPct: { min: 5, max: 8 },
    note: 'rangeProductNote',
  },
  {
    model: 'bonus',
    label: 'rangeBonusLabel',
    note: 'rangeBonusNote',
  },
];

/** The ranges with their words in the UI language. */
export const compensationRanges: readonly CompensationRange[] = RANGES.map((r) => ({
  ...r,
  get label() {
    return t(r.label);
  },
  get note() {
    return t(r.note);
  },
}));
