import { useMemo, useState } from 'react';
import { planProgress } from '../../lib/dashboard/plan-view';
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

/** Campaigns: create, choose the active one, edit dates, landing URL, brief, offer and templates. */
export function CampaignsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { data, reload } = props;
  const [selected, setSelected] = useState<string | null>(
    data.activeCampaignId ?? data.campaigns[0]?.id ?? null,
  );
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  // Kept here: the editor is remounted after each save (its key holds updatedAt), and "Saved."
  // must outlive that remount.
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
    setMessage(res.ok ? `Created “${res.data.campaign.name}”.` : errorText(res.error));
    if (res.ok) {
      setName('');
      setSelected(res.data.campaign.id);
      await reload();
    }
  };
  return (
    <>
      <h2>Campaigns</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          New campaign name{' '}
          <input
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="scout-campaign-name"
          />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          Create
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      <ul className="campaign-list">
        {data.campaigns.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              aria-pressed={c.id === selected}
              onClick={() => setSelected(c.id)}
            >
              {c.name}
              {c.id === data.activeCampaignId ? ' (active)' : ''}
            </button>
          </li>
        ))}
      </ul>
      {campaign ? (
        <CampaignEditor
          key={campaign.id + campaign.updatedAt}
          campaign={campaign}
          data={data}
          reload={reload}
          onDeleted={() => setSelected(null)}
          onCreated={async (id, text) => {
            setEditorMessage({ id, text });
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
  const templates = [...BUILTIN_TEMPLATES, ...data.templates.filter((t) => !t.builtIn)];
  const progress = useMemo(
    () =>
      planProgress(
        data.creators,
        campaign,
        campaignResults(data.creators, campaign, data.settings.rules.thresholds).report.totals,
      ),
    [data, campaign],
  );
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
    setMessage(res.ok ? 'Saved.' : errorText(res.error));
    if (res.ok) await reload();
  };
  const saveDetails = () => {
    const pct = fields.discountPct.trim();
    if (pct !== '' && !/^\d+$/.test(pct))
      return setMessage('The discount percent must be a whole number from 1 to 100.');
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
    setMessage(
      res.ok
        ? id
          ? 'This is now the active campaign.'
          : 'No active campaign.'
        : errorText(res.error),
    );
    await reload();
  };
  const remove = async () => {
    if (
      !window.confirm(
        `Delete the campaign “${campaign.name}”? Its creators stay, without this campaign.`,
      )
    )
      return;
    const res = await sendMessage({ type: 'campaign/delete', id: campaign.id });
    setMessage(res.ok ? null : errorText(res.error));
    if (res.ok) props.onDeleted();
    await reload();
  };
  const active = data.activeCampaignId === campaign.id;
  return (
    <section className="campaign" aria-labelledby="campaign-title">
      <h3 id="campaign-title">{campaign.name}</h3>
      {message ? <p role="status">{message}</p> : null}
      <fieldset>
        <legend>Details</legend>
        <label>
          Name{' '}
          <input
            value={fields.name}
            onChange={(e) => setFields({ ...fields, name: e.currentTarget.value })}
          />
        </label>
        <label>
          Starts on{' '}
          <input
            type="date"
            value={fields.startsOn}
            onChange={(e) => setFields({ ...fields, startsOn: e.currentTarget.value })}
          />
        </label>
        <label>
          Ends on{' '}
          <input
            type="date"
            value={fields.endsOn}
            onChange={(e) => setFields({ ...fields, endsOn: e.currentTarget.value })}
          />
        </label>
        <label>
          Landing URL{' '}
          <input
            type="url"
            value={fields.landingUrl}
            size={50}
            onChange={(e) => setFields({ ...fields, landingUrl: e.currentTarget.value })}
          />
        </label>
        <label>
          Discount %{' '}
          <input
            inputMode="numeric"
            size={4}
            value={fields.discountPct}
            onChange={(e) => setFields({ ...fields, discountPct: e.currentTarget.value })}
            data-testid="scout-campaign-discount"
          />
        </label>
        <button type="button" onClick={() => void saveDetails()}>
          Save details
        </button>{' '}
        <button type="button" onClick={() => void setActive(active ? null : campaign.id)}>
          {active
            ? 'Stop using as the active campaign'
            : 'Make active (the shortlist button adds here)'}
        </button>{' '}
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete campaign
        </button>
      </fieldset>
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
      <PlanEditor
        plan={campaign.plan}
        currency={currency}
        onSave={(plan) => void update({ plan })}
      />
      <BriefEditor
        brief={campaign.brief}
        campaignName={campaign.name}
        onSave={(brief) => void update({ brief })}
      />
      <OfferBuilder
        offer={campaign.offer}
        onSave={(offer) => void update({ offer })}
        pricing={pricing}
        tiers={tiers}
        members={memberPrices}
      />
      <fieldset>
        <legend>Outreach templates for this campaign</legend>
        {templates.map((t) => (
          <label key={t.id} className="inline">
            <input
              type="checkbox"
              checked={campaign.templateIds.includes(t.id)}
              onChange={(e) =>
                void update({
                  templateIds: e.currentTarget.checked
                    ? [...campaign.templateIds, t.id]
                    : campaign.templateIds.filter((x) => x !== t.id),
                })
              }
            />{' '}
            {t.name}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
