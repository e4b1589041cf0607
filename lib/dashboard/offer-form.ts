import { Offer, type OfferModel } from '../model/offer';
import { computePayment, type PaymentGap } from '../offer/payment';
import { t, type MessageKey } from '../i18n/messages';

/** The offer builder's fields as typed; empty means "not set". */
export interface OfferForm {
  model: OfferModel;
  flatFee: string;
  commissionPct: string;
  productValue: string;
  bonusAmount: string;
  bonusTarget: string;
  currency: string;
  postsCount: string;
}

export const emptyOfferForm = (model: OfferModel = 'hybrid'): OfferForm => ({
  model,
  flatFee: '',
  commissionPct: '',
  productValue: '',
  bonusAmount: '',
  bonusTarget: '',
  currency: 'USD',
  postsCount: '',
});

export function offerToForm(offer: Offer | null): OfferForm {
  if (!offer) return emptyOfferForm();
  const s = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    model: offer.model,
    flatFee: s(offer.flatFee),
    commissionPct: s(offer.commissionPct),
    productValue: s(offer.productValue),
    bonusAmount: s(offer.bonusAmount),
    bonusTarget: s(offer.bonusTarget),
    currency: offer.currency,
    postsCount: s(offer.postsCount),
  };
}

export type OfferRead =
  { ok: true; offer: Offer } | { ok: false; errors: { field: keyof OfferForm; message: string }[] };

const FIELDS_OF: Record<OfferModel, (keyof OfferForm)[]> = {
  flat: ['flatFee'],
  affiliate: ['commissionPct'],
  hybrid: ['flatFee', 'commissionPct'],
  product: ['productValue', 'commissionPct'],
  bonus: ['flatFee', 'bonusAmount', 'bonusTarget'],
};

/** The form as an Offer: only the fields of its model, each a plain number ("1,500" is refused). */
export function readOfferForm(form: OfferForm): OfferRead {
  const errors: { field: keyof OfferForm; message: string }[] = [];
  const number = (field: keyof OfferForm, required: boolean): number | undefined => {
    const text = form[field].trim().replace(/^\$/, '');
    if (text === '') {
      if (required) errors.push({ field, message: t(OFFER_ERROR.required) });
      return undefined;
    }
    if (!/^\d+(?:\.\d+)?$/.test(text)) {
      errors.push({ field, message: t(OFFER_ERROR.notNumber) });
      return undefined;
    }
    return Number(text);
  };
  const needs = FIELDS_OF[form.model];
  const candidate = {
    model: form.model,
    ...(needs.includes('flatFee') && { flatFee: number('flatFee', true) }),
    ...(needs.includes('commissionPct') && { commissionPct: number('commissionPct', true) }),
    ...(needs.includes('productValue') && { productValue: number('productValue', true) }),
    ...(needs.includes('bonusAmount') && { bonusAmount: number('bonusAmount', true) }),
    ...(needs.includes('bonusTarget') && { bonusTarget: number('bonusTarget', true) }),
    currency: form.currency.trim().toUpperCase() || 'USD',
    ...(form.postsCount.trim() !== '' && { postsCount: number('postsCount', false) }),
  };
  if (errors.length > 0) return { ok: false, errors };
  const parsed = Offer.safeParse(candidate);
  if (parsed.success) return { ok: true, offer: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? 'model') as keyof OfferForm;
      return { field, message: t(FIELD_ERROR[field] ?? OFFER_ERROR.unusable) };
    }),
  };
}

/** The offer form's words: field names and what is wrong, as a marketer reads them. */
const OFFER_FIELD_LABEL: Record<keyof OfferForm, MessageKey> = {
  model: 'offerModel',
  flatFee: 'flatFee',
  commissionPct: 'offerCommission',
  productValue: 'offerProductValue',
  bonusAmount: 'offerBonus',
  bonusTarget: 'offerSalesTarget',
  currency: 'currency',
  postsCount: 'columnPosts',
};
export const offerFieldLabel = (field: keyof OfferForm): string => t(OFFER_FIELD_LABEL[field]);
const OFFER_ERROR = {
  required: 'offerErrRequired',
  notNumber: 'offerErrNotNumber',
  unusable: 'offerErrUnusable',
} as const satisfies Record<string, MessageKey>;
/** What the schema refuses, per field (the schema's own messages are for developers). */
const FIELD_ERROR: Partial<Record<keyof OfferForm, MessageKey>> = {
  commissionPct: 'offerErrCommission',
  bonusTarget: 'offerErrTarget',
  currency: 'offerErrCurrency',
  postsCount: 'offerErrPosts',
};

/** "Flat fee: needed for this kind of offer; Currency: a three-letter currency code …". */
export const offerErrorText = (errors: readonly { field: keyof OfferForm; message: string }[]) =>
  errors.map((e) => t('fieldError', offerFieldLabel(e.field), e.message)).join('; ');

export type WorkedExample =
  { ok: true; text: string; amount: number } | { ok: false; reason: PaymentGap };

/**
 * The payment for an example revenue, written out: "$500 + 5% of $6,000 = $800". Computed by
 * computePayment, so the builder shows the same number the results view will use.
 */
export function workedExample(offer: Offer, revenue: number, locale = 'en-US'): WorkedExample {
  const payment = computePayment(offer, revenue);
  if (payment.status !== 'ok') return { ok: false, reason: payment.reason };
  const money = (n: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: offer.currency,
      minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(n);
  const commission = t('exCommission', offer.commissionPct ?? 0, money(revenue));
  const parts: string[] = [];
  if (offer.model === 'bonus') {
    const target = money(offer.bonusTarget!);
    const text =
      payment.bonus > 0
        ? t(
            'exBonusReached',
            money(payment.flat),
            money(payment.bonus),
            money(revenue),
            target,
            money(payment.amount),
          )
        : t('exBonusMissed', money(payment.flat), money(revenue), target, money(payment.amount));
    return { ok: true, text, amount: payment.amount };
  }
  if (offer.model === 'flat' || offer.model === 'hybrid') parts.push(money(payment.flat));
  if (offer.model === 'product') parts.push(t('exProductWorth', money(payment.product)));
  if (offer.model !== 'flat') parts.push(commission);
  const text =
    offer.model === 'flat'
      ? t('exFlatWhatever', parts[0]!)
      : `${parts.join(' + ')} = ${money(payment.amount)}`;
  return { ok: true, text, amount: payment.amount };
}
