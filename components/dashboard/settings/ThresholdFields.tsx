import { thresholdLabel, THRESHOLD_PERCENT } from '../../../lib/dashboard/threshold-labels';
import { t } from '../../../lib/i18n/messages';
import { Thresholds } from '../../../lib/model/settings';
import { NumberField } from './NumberField';

/** Every threshold the rules use, named as the marketer reads it. */
export function ThresholdFields(props: {
  thresholds: Thresholds;
  onChange: (thresholds: Thresholds) => void;
}) {
  return (
    <fieldset className="thresholds">
      <legend>{t('thresholdsLegend')}</legend>
      {(Object.keys(Thresholds.shape) as (keyof Thresholds)[]).map((key) => (
        <NumberField
          key={key}
          label={thresholdLabel(key)}
          percent={THRESHOLD_PERCENT.has(key)}
          value={props.thresholds[key]}
          onChange={(v) => props.onChange({ ...props.thresholds, [key]: v ?? Number.NaN })}
        />
      ))}
    </fieldset>
  );
}
