import { useId, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import { displayText } from '../../lib/panel/text';

const NONE = '';

/** The active campaign: what the popup lists and what the page's Shortlist button adds to. */
export function CampaignPicker({
  campaigns,
  activeId,
  onChange,
}: {
  campaigns: readonly Campaign[];
  activeId: string | null;
  onChange: (id: string | null) => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="campaign-picker">
      <label htmlFor={id}>{t('activeCampaign')}</label>
      <select
        id={id}
        value={activeId ?? NONE}
        aria-describedby={`${id}-help`}
        onChange={async (e) => {
          setError(null);
          const result = await onChange(e.target.value === NONE ? null : e.target.value);
          if (!result.ok) setError(t('notChanged', result.message));
        }}
      >
        <option value={NONE}>{t('noCampaignOption')}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {displayText(c.name, 60)}
          </option>
        ))}
      </select>
      <p className="help" id={`${id}-help`}>
        {t('campaignPickerHelp')}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
