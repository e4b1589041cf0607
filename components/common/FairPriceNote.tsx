import type { PricingSettings } from '../../lib/model/settings';
import { t, uiLocale } from '../../lib/i18n/messages';
import { feeAgainstPrice, type FairPrice } from '../../lib/rules/pricing/fair-price';
import {
  feeText,
  priceFormula,
  priceHeadline,
  usualText,
} from '../../lib/rules/pricing/price-text';

const money = (n: number, currency: string) =>
  new Intl.NumberFormat(uiLocale(), {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(n);

/** The estimated price per post with its formula and the method's usual range for the tier. */
export function FairPriceNote(props: {
  price: FairPrice;
  pricing: PricingSettings;
  /** The cash fee per post of the offer in force, when it has one. */
  fee?: number | null;
}) {
  const { price, pricing } = props;
  return (
    <section className="fair-price" aria-label={t('fairPriceLabel')} data-testid="scout-fair-price">
      <p>
        <strong>{t('fairPriceLead')} </strong>
        <span
          data-testid="scout-fair-price-range"
          data-low={price.status === 'ok' ? price.low : ''}
          data-high={price.status === 'ok' ? price.high : ''}
        >
          {priceHeadline(price, pricing.currency)}
        </span>
      </p>
      {price.status === 'ok' ? (
        <>
          <p className="hint help" data-testid="scout-fair-price-formula">
            {priceFormula(price, pricing)}
          </p>
          <p className="hint help">{usualText(price, pricing.currency)}</p>
          {props.fee !== undefined && props.fee !== null ? (
            <FeeNote price={price} fee={props.fee} currency={pricing.currency} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The offer's fee per post against the estimate. */
export function FeeNote(props: { price: FairPrice; fee: number; currency: string }) {
  if (props.price.status !== 'ok') return null;
  const state = feeAgainstPrice(props.fee, props.price);
  return (
    <p
      data-testid="scout-fair-price-fee"
      data-state={state}
      className={state === 'within' ? 'hint help' : 'hint help warn'}
    >
      {t(
        'offerPays',
        money(props.fee, props.currency),
        feeText(state),
        money(props.price.low, props.currency),
        money(props.price.high, props.currency),
      )}
    </p>
  );
}
