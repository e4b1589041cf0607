import { t, type MessageKey } from '../../../lib/i18n/messages';
import type { EngagementPreset } from '../../../lib/model/settings';
import { formatRate } from '../../../lib/panel/format';

const PRESETS: readonly { id: EngagementPreset; name: MessageKey; text: MessageKey }[] = [
  { id: 'seed', name: 'presetSeedName', text: 'presetSeedText' },
  { id: 'modash', name: 'presetModashName', text: 'presetModashText' },
];

/** Which engagement benchmark rates a creator; the seed's red flag applies whatever the choice. */
export function PresetChoice(props: {
  preset: EngagementPreset;
  redFlagRate: number;
  onChange: (preset: EngagementPreset) => void;
}) {
  return (
    <fieldset>
      <legend>{t('benchmarkLegend')}</legend>
      {PRESETS.map((p) => (
        <label key={p.id} className="preset-choice">
          <input
            type="radio"
            name="engagement-preset"
            value={p.id}
            checked={props.preset === p.id}
            onChange={() => props.onChange(p.id)}
          />
          <span>
            <strong>{t(p.name)}</strong>: {t(p.text)}
          </span>
        </label>
      ))}
      <p className="hint">{t('presetRedFlagHint', formatRate(props.redFlagRate))}</p>
    </fieldset>
  );
}
