import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { StatusOptions } from './StatusOptions';
import { tierFor } from '../../lib/dashboard/rows';
import type { Campaign } from '../../lib/model/campaign';
import type { CampaignEntry, CreatorRecord, PipelineStatus } from '../../lib/model/creator';
import type { LinkPlatformParam, Tier } from '../../lib/model/settings';
import { makeDiscountCode } from '../../lib/outreach/discount-code';
import { buildTrackedLink } from '../../lib/outreach/tracked-link';
import { httpUrl } from '../../lib/panel/text';
import { PublishAtField } from './PublishAtField';
import { RedFlagsChecklist } from './RedFlagsChecklist';
import { errorText, sendMessage } from './store';

/** One campaign entry of a creator: status, discount code and tracked link (generated or typed). */
export function EntryEditor(props: {
  record: CreatorRecord;
  entry: CampaignEntry;
  campaign: Campaign | null;
  tiers: readonly Tier[];
  /** Where a generated link names the platform (settings). */
  platformParam: LinkPlatformParam;
  takenCodes: readonly string[];
  reload: () => Promise<void>;
}) {
  const { record, entry, campaign } = props;
  const [code, setCode] = useState(entry.discountCode ?? '');
  const [link, setLink] = useState(entry.trackingLink ?? '');
  const [pct, setPct] = useState('15');
  const [message, setMessage] = useState<string | null>(null);
  // Shown ticked at once; the stored list comes back with the reload (or this is undone on error).
  const [redFlags, setRedFlags] = useState<readonly string[]>(entry.redFlags);
  const key = { platform: record.platform, handle: record.handle };
  const id = `${entry.campaignId ?? 'none'}`;
  const followers = record.snapshots.at(-1)?.followers ?? null;

  const save = async (patch: Parameters<typeof patchOf>[0]) => {
    const res = await sendMessage({
      type: 'creator/update-campaign',
      key,
      campaignId: entry.campaignId,
      patch: patchOf(patch),
    });
    setMessage(res.ok ? t('saved') : errorText(res.error));
    if (res.ok) await props.reload();
    return res.ok;
  };
  const tickRedFlags = async (next: string[]) => {
    setRedFlags(next);
    if (!(await save({ redFlags: next }))) setRedFlags(entry.redFlags);
  };
  const generateCode = () => {
    const n = Number(pct);
    const discountPct =
      pct.trim() === '' ? null : Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
    if (discountPct === undefined) return setMessage(t('errDiscountPct'));
    setCode(
      makeDiscountCode(
        { displayName: record.displayName, handle: record.handle, discountPct },
        props.takenCodes,
      ).code,
    );
  };
  const generateLink = () => {
    if (!campaign?.landingUrl) return setMessage(t('eeLandingFirst'));
    const made = buildTrackedLink({
      landingUrl: campaign.landingUrl,
      tier: tierFor(followers, props.tiers)?.id ?? 'creator',
      campaign: campaign.name,
      handle: record.handle,
      platform: record.platform,
      platformParam: props.platformParam,
    });
    if (made.ok) setLink(made.url);
    else setMessage(made.error);
  };
  const linkOk = link.trim() === '' || httpUrl(link) !== null;
  return (
    <fieldset className="entry">
      <legend>{campaign ? campaign.name : t('eeNoCampaign')}</legend>
      <label>
        {t('eeStatus')}
        <select
          value={entry.status}
          onChange={(e) => void save({ status: e.currentTarget.value as PipelineStatus })}
        >
          <StatusOptions />
        </select>
      </label>
      <div className="row">
        <label>
          {t('discountCode')}
          <input id={`code-${id}`} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
        </label>
        <label>
          {t('discountPctLabel')}
          <input
            inputMode="numeric"
            value={pct}
            onChange={(e) => setPct(e.currentTarget.value)}
            size={4}
          />
        </label>
        <button type="button" onClick={generateCode}>
          {t('eeMakeCode')}
        </button>
      </div>
      <div className="row">
        <label>
          {t('trackedLink')}
          <input
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
            size={50}
            aria-invalid={!linkOk}
          />
        </label>
        <button type="button" onClick={generateLink}>
          {t('eeMakeLink')}
        </button>
      </div>
      <button
        type="button"
        disabled={!linkOk}
        onClick={() =>
          void save({ discountCode: code.trim() || null, trackingLink: link.trim() || null })
        }
      >
        {t('eeSaveCodeLink')}
      </button>
      <PublishAtField
        id={id}
        publishAt={entry.publishAt}
        onSave={(publishAt) => save({ publishAt })}
      />
      <RedFlagsChecklist ticked={redFlags} onChange={(next) => void tickRedFlags(next)} />
      {!linkOk ? <p role="alert">{t('eeBadLink')}</p> : null}
      {message ? <p role="status">{message}</p> : null}
    </fieldset>
  );
}

function patchOf(patch: {
  status?: PipelineStatus;
  discountCode?: string | null;
  trackingLink?: string | null;
  redFlags?: string[];
  publishAt?: string | null;
}) {
  return patch;
}
