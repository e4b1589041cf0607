import { useCallback, useEffect, useState } from 'react';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import type { ErrorBody, Problem } from '../../lib/model/messages';
import type { UserSettings } from '../../lib/model/settings-store';
import type { Template } from '../../lib/model/template';
import { sendMessage } from '../../lib/store/client';
import { schemaText } from '../../lib/i18n/schema-text';

export { sendMessage };

/** Everything the dashboard shows, loaded from the background store in one go. */
export interface DashboardData {
  creators: CreatorRecord[];
  campaigns: Campaign[];
  activeCampaignId: string | null;
  settings: UserSettings;
  templates: Template[];
  problems: Problem[];
}

export type Load =
  | { state: 'loading' }
  | { state: 'error'; error: ErrorBody }
  | { state: 'ready'; data: DashboardData };

export async function loadDashboard(): Promise<Load> {
  const [creators, campaigns, settings, templates, problems] = await Promise.all([
    sendMessage({ type: 'creator/list', filter: { scope: 'all' } }),
    sendMessage({ type: 'campaign/list' }),
    sendMessage({ type: 'settings/get' }),
    sendMessage({ type: 'template/list' }),
    sendMessage({ type: 'store/problems' }),
  ]);
  for (const res of [creators, campaigns, settings, templates, problems])
    if (!res.ok) return { state: 'error', error: res.error };
  if (!creators.ok || !campaigns.ok || !settings.ok || !templates.ok || !problems.ok)
    return { state: 'loading' };
  return {
    state: 'ready',
    data: {
      creators: creators.data.creators,
      campaigns: campaigns.data.campaigns,
      activeCampaignId: campaigns.data.activeCampaignId,
      settings: settings.data.settings,
      templates: templates.data.templates,
      problems: problems.data.problems,
    },
  };
}

/** The store's data and a reload to call after every write (the background is the only writer). */
export function useDashboardData(): { load: Load; reload: () => Promise<void> } {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const reload = useCallback(async () => {
    setLoad(await loadDashboard());
  }, []);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      void loadDashboard().then((next) => {
        if (live) setLoad(next);
      });
    };
    refresh();
    // The panel and the popup change the store while this tab waits in the background: coming
    // back to it shows what they did (a creator shortlisted, a code given by a draft).
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return { load, reload };
}

/** "invalid request: tags[0]: …" for a failed store answer. */
export function errorText(error: ErrorBody): string {
  const details = error.issues.slice(0, 5).map((i) => `${i.path}: ${schemaText(i.message)}`);
  return [error.message, ...details].join('; ');
}
