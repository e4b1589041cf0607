import { useState } from 'react';
import { tierLabel } from '../../lib/i18n/labels';
import { WarnIcon } from '../common/icons';
import {
  offerErrorText,
  offerToForm,
  readOfferForm,
  workedExample,
  type OfferForm,
} from '../../lib/dashboard/offer-form';
import { paymentGapText } from '../../lib/dashboard/results-view';
import { OfferModel, type Offer } from '../../lib/model/offer';
import type { PricingSettings, Tier } from '../../lib/model/settings';
import { compensationRanges, type CompensationRange } from '../../lib/offer/compensation-models';
import { feePerPost } from '../../lib/offer/fixed-part';
import { OFFER_WARNING, offerWarnings } from '../../lib/offer/offer-warnings';
import { feeAgainstPrice, type FairPrice } from '../../lib/rules/pricing/fair-price';
import { feeText, formulaText, money, rangeText } from '../../lib/rules/pricing/price-text';
import { t, type MessageKey } from '../../lib/i18n/messages';
import { Button } from '../common/Button';

const MAX_MEMBERS = 20;

const MODEL_LABEL: Record<OfferModel, MessageKey> = {
  flat: 'modelFlat',
  affiliate: 'modelAffiliate',
  hybrid: 'modelHybrid',
  product: 'modelProduct',
  bonus: 'modelBonus',
};

/**
 * The offer: model, amounts, and the payment for an example revenue computed live
 * ("$500 + 5% of $6,000 = $800"), with the usual ranges. The negotiation red flags are ticked
 * per creator, on each campaign entry (RedFlagsChecklist in EntryEditor).
 */
export function OfferBuilder(props: {
  offer: Offer | null;
  onSave: (offer: Offer | null) => void;
  pricing: PricingSettings;
  tiers: readonly Tier[];
  /** The campaign's creators with their estimated price per post. */
  members: readonly { handle: string; price: FairPrice }[];
}) {
  const { pricing } = props;
  const [form, setForm] = useState<OfferForm>(offerToForm(props.offer));
  const [revenue, setRevenue] = useState('6000');
  const read = readOfferForm(form);
  const exampleRevenue = Number(revenue);
  const example =
    read.ok && revenue.trim() !== '' && Number.isFinite(exampleRevenue) && exampleRevenue >= 0
      ? workedExample(read.offer, exampleRevenue)
      : null;
  const found = compensationRanges.find((r) => r.model === form.model);
  // The flat fee's usual range is a setting (the fair-price settings), not a constant.
  const range = found?.model === 'flat' ? { ...found, flatFee: pricing.flatFee } : found;
  const fee = read.ok ? feePerPost(read.offer) : null;
  const warnings = read.ok
    ? offerWarnings(read.offer)
    : form.model === 'flat'
      ? offerWarnings({ model: 'flat' })
      : [];
  const field = (name: keyof OfferForm, label: string) => (
    <label>
      {label}
      <input
        value={form[name]}
        inputMode="decimal"
        onChange={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
        aria-invalid={!read.ok && read.errors.some((err) => err.field === name)}
        data-testid={`scout-offer-${name}`}
      />
    </label>
  );
  const uses = (m: OfferModel[]) => m.includes(form.model);
  return (
    <fieldset className="offer" data-testid="scout-offer-builder">
      <legend>{t('offerLegend')}</legend>
      <label>
        {t('offerModel')}
        <select
          value={form.model}
          onChange={(e) => setForm({ ...form, model: e.currentTarget.value as OfferModel })}
          data-testid="scout-offer-model"
        >
          {OfferModel.options.map((m) => (
            <option key={m} value={m}>
              {t(MODEL_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      {uses(['flat', 'hybrid', 'bonus']) ? field('flatFee', t('flatFee')) : null}
      {uses(['bonus']) ? field('bonusAmount', t('offerBonus')) : null}
      {uses(['bonus']) ? field('bonusTarget', t('offerSalesTargetRevenue')) : null}
      {uses(['product']) ? field('productValue', t('offerProductValue')) : null}
      {uses(['affiliate', 'hybrid', 'product'])
        ? field('commissionPct', t('offerCommission'))
        : null}
      {field('currency', t('offerCurrencyIso'))}
      {field('postsCount', t('offerPostsOptional'))}
      {range ? <p className="hint">{usualText(range, pricing.currency)}</p> : null}
      {warnings.map((w) => (
        <p key={w} className="hint warn" data-testid="scout-offer-warning" data-warning={w}>
          <WarnIcon />
          {OFFER_WARNING[w]}
        </p>
      ))}
      <details open className="fair-prices" data-testid="scout-offer-fair-prices">
        <summary>{t('fairPriceLabel')}</summary>
        <p className="hint">{formulaText(pricing)}</p>
        <p className="hint">
          {t(
            'offerUsualPerPost',
            props.tiers
              .filter((tier) => pricing.tierRanges[tier.id])
              .map(
                (tier) =>
                  `${tierLabel(tier)} ${rangeText(pricing.tierRanges[tier.id]!, pricing.currency)}`,
              )
              .join('; '),
          )}{' '}
          <a href="#/settings">{t('settingsHeading')}</a>.
        </p>
        {props.members.length > 0 ? (
          <ul>
            {props.members.slice(0, MAX_MEMBERS).map(({ handle, price }) => (
              <li key={handle} data-testid="scout-offer-member-price">
                @{handle}:{' '}
                {price.status === 'ok'
                  ? `${rangeText({ min: price.low, max: price.high }, pricing.currency)}`
                  : t('noFollowerCountYet')}
                {price.status === 'ok' && fee !== null
                  ? ` ${t('offerFeeAgainstPrice', money(fee, pricing.currency), feeText(feeAgainstPrice(fee, price)))}`
                  : ''}
              </li>
            ))}
            {props.members.length > MAX_MEMBERS ? (
              <li>{t('andMoreCreators', props.members.length - MAX_MEMBERS)}</li>
            ) : null}
          </ul>
        ) : (
          <p className="hint">{t('shortlistToSeeEstimates')}</p>
        )}
      </details>
      <label>
        {t('exampleRevenue')}
        <input
          value={revenue}
          inputMode="decimal"
          onChange={(e) => setRevenue(e.currentTarget.value)}
          data-testid="scout-offer-revenue"
        />
      </label>
      <p aria-live="polite" data-testid="scout-offer-example">
        {example?.ok
          ? example.text
          : example
            ? paymentGapText(example.reason)
            : read.ok
              ? t('enterExampleRevenue')
              : offerErrorText(read.errors)}
      </p>
      <Button
        variant="primary"
        type="button"
        disabled={!read.ok}
        onClick={() => read.ok && props.onSave(read.offer)}
      >
        {t('saveOffer')}
      </Button>{' '}
      {props.offer ? (
        <button type="button" onClick={() => props.onSave(null)}>
          {t('removeOffer')}
        </button>
      ) : null}
    </fieldset>
  );
}

/** "Usual: $300–$800 flat + 3–5% commission. <note>", or the note alone when the method gives no range. */
function usualText(
  range: Omit<CompensationRange, 'flatFee'> & { flatFee?: Parameters<typeof rangeText>[0] },
  currency: string,
): string {
  const usual = [
    range.flatFee ? t('usualFlat', rangeText(range.flatFee, currency)) : null,
    range.commissionPct
      ? t('usualCommission', range.commissionPct.min, range.commissionPct.max)
      : null,
  ].filter(Boolean);
  return usual.length ? t('usualLine', usual.join(' + '), range.note) : range.note;
}
