import type { CampaignGlance } from '../../lib/dashboard/campaign-glance';
import type { PlanProgress as Progress } from '../../lib/dashboard/plan-view';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import { Button } from '../common/Button';
import { CampaignDeliverables } from './CampaignDeliverables';
import { CampaignFormats } from './CampaignFormats';
import { showGroup } from './campaign-header';
import { CompetitorWindow } from './CompetitorWindow';
import { PlanProgress } from './PlanProgress';
import type { DashboardData } from './store';
import { TopPerformers } from './TopPerformers';

/**
 * A campaign's "Progress" group: the plan against where it stands, its formats, deliverables,
 * top performers and competitor window; with nobody in it yet, what to do instead.
 */
export function CampaignProgress(props: {
  campaign: Campaign;
  data: DashboardData;
  reload: () => Promise<void>;
  glance: CampaignGlance;
  progress: Progress | null;
  currency: string;
  /** A campaign made from this one (its top performers): shown next. */
  onCreated: (id: string, text: string) => Promise<void>;
}) {
  const { campaign, data, reload, glance, progress, currency } = props;
  return (
    <>
      {glance.members === 0 ? (
        <div className="empty campaign-empty" data-testid="scout-campaign-progress-empty">
          <p>{t('campProgressEmpty')}</p>
          <Button onClick={() => showGroup('setup')}>{t('campGoSetup')}</Button>
        </div>
      ) : null}
      {progress ? <PlanProgress progress={progress} currency={currency} /> : null}
      <CampaignFormats
        campaign={campaign}
        creators={data.creators}
        freshPostHours={data.settings.rules.thresholds.freshPostHours}
      />
      <CampaignDeliverables
        campaign={campaign}
        creators={data.creators}
        freshPostHours={data.settings.rules.thresholds.freshPostHours}
        currency={currency}
        reload={reload}
      />
      <TopPerformers
        campaign={campaign}
        creators={data.creators}
        thresholds={data.settings.rules.thresholds}
        onCreated={props.onCreated}
      />
      <CompetitorWindow
        campaign={campaign}
        creators={data.creators}
        days={data.settings.rules.thresholds.competitorWindowDays}
      />
    </>
  );
}
