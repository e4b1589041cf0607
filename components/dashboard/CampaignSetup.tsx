import { useMemo, useState } from 'react';
import type { SetupPart } from '../../lib/dashboard/campaign-glance';
import { t } from '../../lib/i18n/messages';
import { templateName } from '../../lib/i18n/labels';
import type { Campaign, CampaignInput } from '../../lib/model/campaign';
import { BUILTIN_TEMPLATES } from '../../lib/outreach/builtin-templates';
import { fairPrice } from '../../lib/rules/pricing/fair-price';
import { priceInputOf } from '../../lib/rules/pricing/price-input';
import { Button } from '../common/Button';
import { StepIcon } from '../common/icons';
import { BriefEditor } from './BriefEditor';
import { goToPart, partId, STEP_LABEL } from './campaign-header';
import { OfferBuilder } from './OfferBuilder';
import { PlanEditor } from './PlanEditor';
import { errorText, sendMessage, type DashboardData } from './store';

/**
 * A campaign's "Set-up" group: a checklist of its parts, then each part to fill in and save — its
 * details (name, dates, landing page, discount), plan, brief, offer and outreach templates.
 */
export function CampaignSetup(props: {
  campaign: Campaign;
  data: DashboardData;
  reload: () => Promise<void>;
  steps: { part: SetupPart; done: boolean }[];
  currency: string;
  setMessage: (text: string | null) => void;
}) {
  const { campaign, data, reload, steps, currency, setMessage } = props;
  const [fields, setFields] = useState({
    name: campaign.name,
    startsOn: campaign.startsOn ?? '',
    endsOn: campaign.endsOn ?? '',
    landingUrl: campaign.landingUrl ?? '',
    discountPct: campaign.discountPct?.toString() ?? '',
  });
  const templates = [...BUILTIN_TEMPLATES, ...data.templates.filter((tpl) => !tpl.builtIn)];
  const stepsDone = steps.filter((s) => s.done).length;
  const { pricing, tiers } = data.settings.rules;
  const memberPrices = useMemo(
    () =>
      data.creators
        .filter((r) => r.campaigns.some((e) => e.campaignId === campaign.id))
        .map((r) => ({ handle: r.handle, price: fairPrice(priceInputOf(r), pricing, tiers) })),
    [data.creators, campaign.id, pricing, tiers],
  );

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

  return (
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
}
