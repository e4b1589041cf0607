import { useMemo, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { buildRows, type CampaignScope, type CreatorRow } from '../../lib/dashboard/rows';
import type { Campaign } from '../../lib/model/campaign';
import type { DashboardData } from './store';

export const scopeValue = (s: CampaignScope) => (s.kind === 'campaign' ? `c:${s.id}` : s.kind);

export function parseScope(value: string): CampaignScope {
  if (value.startsWith('c:')) return { kind: 'campaign', id: value.slice(2) };
  return value === 'none' ? { kind: 'none' } : { kind: 'all' };
}

/** The campaign a view looks at, chosen in its ScopeSelect, and the creators' rows for it. */
export function useScopedRows(data: DashboardData, initial: CampaignScope) {
  const [scope, setScope] = useState<CampaignScope>(initial);
  const rows = useMemo(
    () =>
      buildRows(
        data.creators,
        data.campaigns,
        data.settings.rules.tiers,
        scope,
        data.activeCampaignId,
      ),
    [data, scope],
  );
  return [scope, setScope, rows] as [CampaignScope, (scope: CampaignScope) => void, CreatorRow[]];
}

/** Which campaign a view looks at. */
export function ScopeSelect(props: {
  id: string;
  scope: CampaignScope;
  campaigns: readonly Campaign[];
  onChange: (scope: CampaignScope) => void;
  allowAll?: boolean;
}) {
  return (
    <label htmlFor={props.id}>
      {t('scopeCampaign')}{' '}
      <select
        id={props.id}
        value={scopeValue(props.scope)}
        onChange={(e) => props.onChange(parseScope(e.currentTarget.value))}
      >
        {props.allowAll === false ? null : <option value="all">{t('scopeAll')}</option>}
        <option value="none">{t('scopeNone')}</option>
        {props.campaigns.map((c) => (
          <option key={c.id} value={`c:${c.id}`}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
