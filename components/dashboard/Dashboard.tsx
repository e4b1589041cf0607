import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../../lib/dashboard/route';
import { DiscoverView } from '../prospects/DiscoverView';
import { ToVet } from '../prospects/ToVet';
import { CampaignsView } from './CampaignsView';
import { CreatorPage } from './CreatorPage';
import { DashboardMenu } from './DashboardMenu';
import { CreatorsView } from './CreatorsView';
import { PipelineView } from './PipelineView';
import { ProblemsView } from './ProblemsView';
import { ResultsView } from './ResultsView';
import { SettingsView } from './SettingsView';
import { TemplatesView } from './TemplatesView';
import { errorText, useDashboardData, type DashboardData } from './store';
import { t } from '../../lib/i18n/messages';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

function View({
  route,
  data,
  reload,
}: {
  route: Route;
  data: DashboardData;
  reload: () => Promise<void>;
}) {
  switch (route.view) {
    case 'creator':
      return (
        <CreatorPage platform={route.platform} handle={route.handle} data={data} reload={reload} />
      );
    case 'pipeline':
      return <PipelineView data={data} reload={reload} />;
    case 'campaigns':
      return (
        <CampaignsView data={data} reload={reload} group={'group' in route ? route.group : null} />
      );
    case 'results':
      return <ResultsView data={data} reload={reload} />;
    case 'templates':
      return <TemplatesView data={data} reload={reload} />;
    case 'settings':
      return <SettingsView data={data} reload={reload} />;
    case 'problems':
      return <ProblemsView data={data} reload={reload} />;
    case 'discover':
      return <DiscoverView />;
    case 'to-vet':
      return <ToVet />;
    default:
      return <CreatorsView data={data} reload={reload} />;
  }
}

/** The dashboard: one page per view, switched by the URL hash, all data from the background store. */
export function Dashboard() {
  const route = useRoute();
  const { load, reload } = useDashboardData();
  const current = route.view === 'creator' ? 'creators' : route.view;
  return (
    <>
      <header className="top">
        <h1>{t('extName')}</h1>
        <DashboardMenu
          current={current}
          problems={load.state === 'ready' ? load.data.problems.length : 0}
        />
      </header>
      <main data-testid="scout-dashboard" data-state={load.state}>
        {load.state === 'loading' ? <p role="status">{t('loading')}</p> : null}
        {load.state === 'error' ? (
          <p role="alert">{t('storeNoAnswer', errorText(load.error))}</p>
        ) : null}
        {load.state === 'ready' ? <View route={route} data={load.data} reload={reload} /> : null}
      </main>
    </>
  );
}
