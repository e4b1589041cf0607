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
import { campaignsHash, type CampaignGroup } from '../../lib/dashboard/route';
import { fairPrice } from '../../lib/rules/pricing/fair-price';
import { priceInputOf } from '../../lib/rules/pricing/price-input';
import { campaignResults } from '../../lib/dashboard/results-view';
import type { Campaign, CampaignInput } from '../../lib/model/campaign';
import { BUILTIN_TEMPLATES } from '../../lib/outreach/builtin-templates';
import { BriefEditor } from './BriefEditor';
import { CampaignDeliverables } from './CampaignDeliverables';
import { CampaignFormats } from './CampaignFormats';
import { CompetitorWindow } from './CompetitorWindow';
import { TopPerformers } from './TopPerformers';
import { OfferBuilder } from './OfferBuilder';
import { PlanEditor } from './PlanEditor';
import { PlanProgress } from './PlanProgress';
import { errorText, sendMessage, type DashboardData } from './store';
import { templateName } from '../../lib/i18n/labels';
import { Button } from '../common/Button';
import { Chip } from '../common/Chip';
import { StepIcon } from '../common/icons';
import { Tabs } from '../common/Tabs';
import { datesText, Figures, goToPart, partId, PHASE, STEP_LABEL } from './campaign-header';

/** Shows a group of the campaign page; the address keeps it, so a reload opens the same group. */
const showGroup = (group: CampaignGroup | null) => {
  if (window.location.hash !== campaignsHash(group)) window.location.replace(campaignsHash(group));
};

/**
 * Campaigns: create one, choose it, and see it as a header (name, status, dates, key figures) over
 * two groups: its progress (plan, formats, deliverables, top performers, competitor window) and
 * its set-up (details, plan, brief, offer, templates).
 */
export function CampaignsView(props: {
  data: DashboardData;
  reload: () => Promise<void>;
  /** The group chosen in the address; null: the campaign's own default. */
  group: CampaignGroup | null;
}) {
  const { data, reload } = props;
  const [selected, setSelected] = useState<string | null>(
    data.activeCampaignId ?? data.campaigns[0]?.id ?? null,
  );
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  // Kept here: "Saved." must outlive the remount of the part that was saved.
  const [editorMessage, setEditorMessage] = useState<{ id: string; text: string } | null>(null);
  const campaign = data.campaigns.find((c) => c.id === selected) ?? null;

  const create = async () => {
    const res = await sendMessage({
      type: 'campaign/create',
      campaign: {
        name,
        brief: null,
        startsOn: null,
        endsOn: null,
        offer: null,
        templateIds: [],
        landingUrl: null,
      },
    });
    setMessage(res.ok ? t('campCreated', res.data.campaign.name) : errorText(res.error));
    if (res.ok) {
      setName('');
      showGroup(null);
      setSelected(res.data.campaign.id);
      await reload();
    }
  };
  return (
    <>
      <h2>{t('campHeading')}</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('campNewName')}{' '}
          <input
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="scout-campaign-name"
          />
        </label>
        <Button variant="primary" type="submit" disabled={name.trim() === ''}>
          {t('campCreate')}
        </Button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      <ul className="campaign-list">
        {data.campaigns.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              aria-pressed={c.id === selected}
              onClick={() => {
                // Another campaign opens on its own default group.
                if (c.id !== selected) showGroup(null);
                setSelected(c.id);
              }}
            >
              {c.name}
              {c.id === data.activeCampaignId ? t('campActiveMark') : ''}
            </button>
          </li>
        ))}
      </ul>
      {campaign ? (
        <CampaignEditor
          key={campaign.id}
          campaign={campaign}
          data={data}
          reload={reload}
          group={props.group}
          onDeleted={() => setSelected(null)}
          onCreated={async (id, text) => {
            setEditorMessage({ id, text });
            showGroup(null);
            setSelected(id);
            await reload();
          }}
          message={editorMessage?.id === campaign.id ? editorMessage.text : null}
          setMessage={(text) => setEditorMessage(text === null ? null : { id: campaign.id, text })}
        />
      ) : null}
    </>
  );
}

function CampaignEditor(props: {
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
  const [fields, setFields] = useState({
    name: campaign.name,
    startsOn: campaign.startsOn ?? '',
    endsOn: campaign.endsOn ?? '',
    landingUrl: campaign.landingUrl ?? '',
    discountPct: campaign.discountPct?.toString() ?? '',
  });
  const templates = [...BUILTIN_TEMPLATES, ...data.templates.filter((tpl) => !tpl.builtIn)];
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
  const { pricing, tiers } = data.settings.rules;
  const memberPrices = useMemo(
    () =>
      data.creators
        .filter((r) => r.campaigns.some((e) => e.campaignId === campaign.id))
        .map((r) => ({ handle: r.handle, price: fairPrice(priceInputOf(r), pricing, tiers) })),
    [data.creators, campaign.id, pricing, tiers],
  );
  const currency = campaign.plan?.budget?.currency ?? campaign.offer?.currency ?? 'USD';

  const update = async (patch: Partial<CampaignInput>) => {
    const res = await sendMessage({ type: 'campaign/update', id: campaign.id, patch });
    setMessage(res.ok ? t('saved') : errorText(res.error));
    if (res.ok) await reload();
  };
  const saveDetails = () => {
    const pct = fields.discountPct.trim();
    if (pct !== '' && !/^\d+$/.test(pct)) return setMessage(t('errDiscountPct'));
    return update({
      name: fields.name,
      startsOn: fields.startsOn || null,
      endsOn: fields.endsOn || null,
      landingUrl: fields.landingUrl.trim() || null,
      discountPct: pct === '' ? null : Number(pct),
    });
  };
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
  const active = data.activeCampaignId === campaign.id;
  const phase = campaignPhase(campaign, localDay(new Date()));

  const progressPanel = (
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

  const setupPanel = (
    <>
      <div className="campaign-setup-intro" data-testid="scout-campaign-setup-intro">
        <p>
          {t('campSetupIntro')} <strong>{t('campSetupCount', stepsDone, steps.length)}</strong>
        </p>
        <ul
          className="campaign-steps"
          aria-label={t('campStepsLabel')}
          data-testid="scout-campaign-setup-steps"
        >
          {steps.map((s) => (
            <li key={s.part} data-part={s.part} data-done={String(s.done)}>
              <Button variant="ghost" onClick={() => goToPart(s.part)}>
                <StepIcon done={s.done} />
                {STEP_LABEL[s.part]()}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      <fieldset id={partId('dates')}>
        <legend>{t('campDetails')}</legend>
        <label>
          {t('campName')}{' '}
          <input
            value={fields.name}
            onChange={(e) => setFields({ ...fields, name: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('campStartsOn')}{' '}
          <input
            type="date"
            value={fields.startsOn}
            onChange={(e) => setFields({ ...fields, startsOn: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('campEndsOn')}{' '}
          <input
            type="date"
            value={fields.endsOn}
            onChange={(e) => setFields({ ...fields, endsOn: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('campLandingUrl')}{' '}
          <input
            type="url"
            value={fields.landingUrl}
            size={50}
            onChange={(e) => setFields({ ...fields, landingUrl: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('discountPctLabel')}{' '}
          <input
            inputMode="numeric"
            size={4}
            value={fields.discountPct}
            onChange={(e) => setFields({ ...fields, discountPct: e.currentTarget.value })}
            data-testid="scout-campaign-discount"
          />
        </label>
        <Button variant="primary" onClick={() => void saveDetails()}>
          {t('campSaveDetails')}
        </Button>
      </fieldset>
      {/* A part is read again from the store only when it changed: saving one part keeps what is
          typed, unsaved, in the others. */}
      <div id={partId('plan')}>
        <PlanEditor
          key={`plan ${JSON.stringify(campaign.plan)}`}
          plan={campaign.plan}
          currency={currency}
          onSave={(plan) => void update({ plan })}
        />
      </div>
      <div id={partId('brief')}>
        <BriefEditor
          key={`brief ${JSON.stringify(campaign.brief)}`}
          brief={campaign.brief}
          campaignName={campaign.name}
          onSave={(brief) => void update({ brief })}
        />
      </div>
      <div id={partId('offer')}>
        <OfferBuilder
          key={`offer ${JSON.stringify(campaign.offer)}`}
          offer={campaign.offer}
          onSave={(offer) => void update({ offer })}
          pricing={pricing}
          tiers={tiers}
          members={memberPrices}
        />
      </div>
      <fieldset id={partId('templates')}>
        <legend>{t('campTemplates')}</legend>
        {templates.map((tpl) => (
          <label key={tpl.id} className="inline">
            <input
              type="checkbox"
              checked={campaign.templateIds.includes(tpl.id)}
              onChange={(e) =>
                void update({
                  templateIds: e.currentTarget.checked
                    ? [...campaign.templateIds, tpl.id]
                    : campaign.templateIds.filter((x) => x !== tpl.id),
                })
              }
            />{' '}
            {templateName(tpl)}
          </label>
        ))}
      </fieldset>
    </>
  );

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
          <button type="button" onClick={() => void setActive(active ? null : campaign.id)}>
            {active ? t('campStopActive') : t('campMakeActive')}
          </button>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('campDelete')}
          </button>
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
          { id: 'progress', label: t('campTabProgress'), panel: progressPanel },
          {
            id: 'setup',
            label: (
              <>
                {t('campTabSetup')}{' '}
                <span className="cs-tab-count">{t('campSetupCount', stepsDone, steps.length)}</span>
              </>
            ),
            panel: setupPanel,
          },
        ]}
      />
    </section>
  );
}
