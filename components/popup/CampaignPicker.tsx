import { useId, useState } from 'react';
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
      <label htmlFor={id}>Active campaign</label>
      <select
        id={id}
        value={activeId ?? NONE}
        aria-describedby={`${id}-help`}
        onChange={async (e) => {
          setError(null);
          const result = await onChange(e.target.value === NONE ? null : e.target.value);
          if (!result.ok) setError(`Not changed: ${result.message}`);
        }}
      >
        <option value={NONE}>No campaign (plain shortlist)</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {displayText(c.name, 60)}
          </option>
        ))}
      </select>
      <p className="help" id={`${id}-help`}>
        The Shortlist button on a creator’s page adds to this campaign.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
