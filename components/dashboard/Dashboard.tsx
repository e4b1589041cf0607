import { useEffect, useState } from 'react';
import { Icon, VIEW_ICONS } from '../common/icons';
import { parseRoute, VIEWS, type Route } from '../../lib/dashboard/route';
import { DiscoverView } from '../prospects/DiscoverView';
import { ToVet } from '../prospects/ToVet';
import { CampaignsView } from './CampaignsView';
import { CreatorPage } from './CreatorPage';
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
        <nav aria-label={t('navLabel')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v.view}>
                <a
                  href={`#/${v.view}`}
                  aria-current={current === v.view ? 'page' : undefined}
                  data-testid={`scout-nav-${v.view}`}
                >
                  <Icon of={VIEW_ICONS[v.view]} />
                  {v.view === 'problems' && load.state === 'ready' && load.data.problems.length
                    ? t('countInBrackets', v.label(), load.data.problems.length)
                    : v.label()}
                </a>
              </li>
            ))}
          </ul>
        </nav>
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
