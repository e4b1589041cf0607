import { useMemo, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import {
  campaignGlance,
  campaignPhase,
  defaultCampaignGroup,
  localDay,
  setupSteps,
} from '../../lib/dashboard/campaign-glance';
import { planProgress } from '../../lib/dashboard/plan-view';
import type { CampaignGroup } from '../../lib/dashboard/route';
import { campaignResults } from '../../lib/dashboard/results-view';
import type { Campaign } from '../../lib/model/campaign';
import { Chip } from '../common/Chip';
import { Tabs } from '../common/Tabs';
import { datesText, Figures, PHASE, showGroup } from './campaign-header';
import { CampaignProgress } from './CampaignProgress';
import { CampaignSetup } from './CampaignSetup';
import { errorText, sendMessage, type DashboardData } from './store';

/**
 * One campaign: a header (name, status, dates, key figures, actions) over two groups, its progress
 * and its set-up.
 */
export function CampaignEditor(props: {
  campaign: Campaign;
  data: DashboardData;
  reload: () => Promise<void>;
  /** The group chosen in the address; null: this campaign's default. */
  group: CampaignGroup | null;
  onDeleted: () => void;
  /** A campaign made from this one (its top performers): shown next. */
  onCreated: (id: string, text: string) => Promise<void>;
  message: string | null;
  setMessage: (text: string | null) => void;
}) {
  const { campaign, data, reload, message, setMessage } = props;
  const totals = useMemo(
    () => campaignResults(data.creators, campaign, data.settings.rules.thresholds).report.totals,
    [data, campaign],
  );
  const progress = useMemo(
    () => planProgress(data.creators, campaign, totals),
    [data.creators, campaign, totals],
  );
  const glance = useMemo(
    () => campaignGlance(data.creators, campaign, totals, progress),
    [data.creators, campaign, totals, progress],
  );
  // Decided when the campaign is opened: a save elsewhere does not move the marketer off a group.
  const [openedOn] = useState(() => defaultCampaignGroup(glance));
  const group = props.group ?? openedOn;
  const steps = setupSteps(campaign);
  const stepsDone = steps.filter((s) => s.done).length;
  const currency = campaign.plan?.budget?.currency ?? campaign.offer?.currency ?? 'USD';

  const setActive = async (id: string | null) => {
    const res = await sendMessage({ type: 'campaign/set-active', id });
    setMessage(res.ok ? (id ? t('campNowActive') : t('campNoneActive')) : errorText(res.error));
    await reload();
  };
  const remove = async () => {
    if (!window.confirm(t('campConfirmDelete', campaign.name))) return;
    const res = await sendMessage({ type: 'campaign/delete', id: campaign.id });
    setMessage(res.ok ? null : errorText(res.error));
    if (res.ok) props.onDeleted();
    await reload();
  };
  // What both groups are shown of.
  const part = { campaign, data, reload, currency };
  const active = data.activeCampaignId === campaign.id;
  const phase = campaignPhase(campaign, localDay(new Date()));

  return (
    <section
      className="campaign"
      aria-labelledby="campaign-title"
      data-testid="scout-campaign"
      data-group={group}
    >
      <header className="campaign-head">
        <div className="campaign-title">
          <h3 id="campaign-title">{campaign.name}</h3>
          <Chip tone={active ? 'info' : 'neutral'}>
            {active ? t('campStatusActive') : t('campStatusIdle')}
          </Chip>
          {phase ? (
            <span data-testid="scout-campaign-phase" data-phase={phase}>
              <Chip tone={PHASE[phase].tone}>{PHASE[phase].text()}</Chip>
            </span>
          ) : null}
          <span className="campaign-dates" data-testid="scout-campaign-dates">
            {datesText(campaign)}
          </span>
        </div>
        <div className="campaign-actions">
          <button
            type="button"
            aria-describedby="campaign-active-help"
            onClick={() => void setActive(active ? null : campaign.id)}
          >
            {active ? t('campStopActive') : t('campMakeActive')}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('campDelete')}
          </button>
          <p id="campaign-active-help" className="campaign-active-help">
            {active ? t('campActiveHelpOn') : t('campActiveHelpOff')}
          </p>
        </div>
        <Figures glance={glance} currency={currency} />
      </header>
      {message ? <p role="status">{message}</p> : null}
      <Tabs
        label={t('campGroupsLabel')}
        idPrefix="scout-campaign"
        selected={group}
        onSelect={showGroup}
        tabs={[
          {
            id: 'progress',
            label: t('campTabProgress'),
            panel: (
              <CampaignProgress
                {...part}
                glance={glance}
                progress={progress}
                onCreated={props.onCreated}
              />
            ),
          },
          {
            id: 'setup',
            label: (
              <>
                {t('campTabSetup')}{' '}
                <span className="cs-tab-count">{t('campSetupCount', stepsDone, steps.length)}</span>
              </>
            ),
            panel: <CampaignSetup {...part} steps={steps} setMessage={setMessage} />,
          },
        ]}
      />
    </section>
  );
}
