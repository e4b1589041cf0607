import { tierLabel } from '../../../lib/i18n/labels';
import { t } from '../../../lib/i18n/messages';
import type { Tier } from '../../../lib/model/settings';
import { NumberField } from './NumberField';

/** The tier table: id, label and follower range of each tier. */
export function TierTable(props: { tiers: readonly Tier[]; onChange: (tiers: Tier[]) => void }) {
  const setTier = (i: number, patch: Partial<Tier>) =>
    props.onChange(props.tiers.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)));
  return (
    <fieldset>
      <legend>{t('tiersLegend')}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('columnId')}</th>
            <th scope="col">{t('columnLabel')}</th>
            <th scope="col">{t('columnFrom')}</th>
            <th scope="col">{t('columnTo')}</th>
          </tr>
        </thead>
        <tbody>
          {props.tiers.map((tier, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={t('tierIdLabel', i + 1)}
                  value={tier.id}
                  onChange={(e) => setTier(i, { id: e.currentTarget.value })}
                  size={8}
                />
              </td>
              <td>
                <input
                  aria-label={t('tierLabelLabel', i + 1)}
                  value={tierLabel(tier)}
                  onChange={(e) => setTier(i, { label: e.currentTarget.value })}
                />
              </td>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('tierFromLabel', i + 1)}
                  value={tier.min}
                  onChange={(v) => setTier(i, { min: v ?? 0 })}
                />
              </td>
              <td>
                <NumberField
                  hiddenLabel
                  label={t('tierToLabel', i + 1)}
                  value={tier.max}
                  onChange={(v) => setTier(i, { max: v })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
