import { tierLabel } from '../../../lib/i18n/labels';
import { t } from '../../../lib/i18n/messages';
import type { PriceRange, PricingSettings, Tier } from '../../../lib/model/settings';
import { formulaText } from '../../../lib/rules/pricing/price-text';
import { NumberField } from './NumberField';

/** The fair price formula's inputs and the usual price per post of each tier and of a flat fee. */
export function PricingFields(props: {
  pricing: PricingSettings;
  tiers: readonly Tier[];
  onChange: (patch: Partial<PricingSettings>) => void;
}) {
  const { pricing, onChange } = props;
  const setTierRange = (id: string, range: PriceRange | null) => {
    const { [id]: _old, ...rest } = pricing.tierRanges;
    onChange({ tierRanges: range ? { ...rest, [id]: range } : rest });
  };
  return (
    <fieldset className="pricing" data-testid="scout-settings-pricing">
      <legend>{t('fairPriceLabel')}</legend>
      <p className="hint">{formulaText(pricing)}</p>
      <label>
        {t('currency')}{' '}
        <input
          value={pricing.currency}
          size={4}
          onChange={(e) => onChange({ currency: e.currentTarget.value.toUpperCase() })}
        />
      </label>
      <NumberField
        label={t('perThousandInstagram')}
        value={pricing.perThousand.instagram}
        onChange={(v) =>
          onChange({ perThousand: { ...pricing.perThousand, instagram: v ?? Number.NaN } })
        }
      />
      <NumberField
        label={t('perThousandTiktok')}
        value={pricing.perThousand.tiktok}
        onChange={(v) =>
          onChange({ perThousand: { ...pricing.perThousand, tiktok: v ?? Number.NaN } })
        }
      />
      <NumberField
        label={t('referenceRate')}
        percent
        value={pricing.referenceRate}
        onChange={(v) => onChange({ referenceRate: v ?? Number.NaN })}
      />
      <NumberField
        label={t('multiplierMin')}
        value={pricing.multiplierMin}
        onChange={(v) => onChange({ multiplierMin: v ?? Number.NaN })}
      />
      <NumberField
        label={t('multiplierMax')}
        value={pricing.multiplierMax}
        onChange={(v) => onChange({ multiplierMax: v ?? Number.NaN })}
      />
      <NumberField
        label={t('priceSpread')}
        percent
        value={pricing.spread}
        onChange={(v) => onChange({ spread: v ?? Number.NaN })}
      />
      <table>
        <caption>{t('usualPriceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnTier')}</th>
            <th scope="col">{t('columnFrom')}</th>
            <th scope="col">{t('columnTo')}</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...props.tiers.map((tier) => ({ id: tier.id, label: tierLabel(tier) })),
            { id: '', label: t('flatFee') },
          ].map(({ id, label }) => {
            const range = id ? (pricing.tierRanges[id] ?? null) : pricing.flatFee;
            const set = (next: PriceRange | null) =>
              id ? setTierRange(id, next) : next && onChange({ flatFee: next });
            return (
              <tr key={id || 'flat'} data-testid={`scout-price-range-${id || 'flat'}`}>
                <th scope="row">{label}</th>
                <td>
                  <NumberField
                    hiddenLabel
                    label={t('usualPriceFrom', label)}
                    value={range?.min ?? null}
                    onChange={(v) => set(v === null ? null : { min: v, max: range?.max ?? null })}
                  />
                </td>
                <td>
                  <NumberField
                    hiddenLabel
                    label={t('usualPriceTo', label)}
                    value={range?.max ?? null}
                    onChange={(v) => range && set({ ...range, max: v })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
