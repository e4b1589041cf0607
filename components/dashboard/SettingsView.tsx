import { useState } from 'react';
import { settingPathText } from '../../lib/dashboard/threshold-labels';
import { t } from '../../lib/i18n/messages';
import { defaultRuleSettings, RuleSettings, type PricingSettings } from '../../lib/model/settings';
import type { Sender } from '../../lib/model/settings-store';
import { BenchmarkTable } from './settings/BenchmarkTable';
import { LinkSettingsField } from './settings/LinkSettingsField';
import { PresetChoice } from './settings/PresetChoice';
import { PricingFields } from './settings/PricingFields';
import { SenderFields } from './settings/SenderFields';
import { ThresholdFields } from './settings/ThresholdFields';
import { TierTable } from './settings/TierTable';
import { errorText, sendMessage, type DashboardData } from './store';
import { Button } from '../common/Button';

/** Sender details and the rule settings, saved together once they validate. */
export function SettingsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const [sender, setSender] = useState<Sender>(props.data.settings.sender);
  const [rules, setRules] = useState<RuleSettings>(props.data.settings.rules);
  const [message, setMessage] = useState<string | null>(null);
  const check = RuleSettings.safeParse(rules);

  const save = async () => {
    if (!check.success) return;
    const res = await sendMessage({ type: 'settings/set', patch: { sender, rules: check.data } });
    setMessage(res.ok ? t('settingsSaved') : errorText(res.error));
    if (res.ok) await props.reload();
  };
  const setPricing = (patch: Partial<PricingSettings>) =>
    setRules({ ...rules, pricing: { ...rules.pricing, ...patch } });
  return (
    <>
      <h2>{t('settingsHeading')}</h2>
      <SenderFields sender={sender} onChange={setSender} />
      <TierTable tiers={rules.tiers} onChange={(tiers) => setRules({ ...rules, tiers })} />
      <PresetChoice
        preset={rules.engagementPreset}
        redFlagRate={rules.thresholds.redFlagRate}
        onChange={(engagementPreset) => setRules({ ...rules, engagementPreset })}
      />
      {rules.benchmarks.map((table, b) => (
        <BenchmarkTable
          key={table.id}
          table={table}
          onChange={(next) =>
            setRules({ ...rules, benchmarks: rules.benchmarks.map((x, j) => (j === b ? next : x)) })
          }
        />
      ))}
      <PricingFields pricing={rules.pricing} tiers={rules.tiers} onChange={setPricing} />
      <LinkSettingsField links={rules.links} onChange={(links) => setRules({ ...rules, links })} />
      <ThresholdFields
        thresholds={rules.thresholds}
        onChange={(thresholds) => setRules({ ...rules, thresholds })}
      />
      {!check.success ? (
        <div role="alert" className="errors">
          <p>{t('notSavedFix')}</p>
          <ul>
            {check.error.issues.map((i, n) => (
              <li key={n}>
                {settingPathText(i.path)}: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Button
        variant="primary"
        type="button"
        disabled={!check.success}
        onClick={() => void save()}
        data-testid="scout-save-settings"
      >
        {t('saveSettings')}
      </Button>{' '}
      <button type="button" onClick={() => setRules(structuredClone(defaultRuleSettings))}>
        {t('restoreDefaults')}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </>
  );
}
