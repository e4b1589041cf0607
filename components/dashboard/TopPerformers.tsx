import { useMemo, useState } from 'react';
import { topPerformers, type TopPerformer } from '../../lib/dashboard/top-performers';
import { basisLabel } from '../../lib/i18n/labels';
import { t, uiLocale } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import type { Thresholds } from '../../lib/model/settings';
import { formatCount, formatRate } from '../../lib/panel/format';
import { errorText, sendMessage } from './store';
import { Button } from '../common/Button';
import { countedText, plural } from '../../lib/i18n/plural';

function line(p: TopPerformer): string {
  if (p.rate !== null && p.basis !== null)
    return plural(
      p.deliverables,
      'topPerformerEngagementOne',
      'topPerformerEngagementMany',
      p.handle,
      formatRate(p.rate),
      basisLabel(p.basis),
      formatCount(p.deliverables),
      formatRate(p.median),
    );
  const roas =
    p.roas === null
      ? '—'
      : new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(p.roas);
  return plural(
    p.conversions,
    'topPerformerResultsOne',
    'topPerformerResultsMany',
    p.handle,
    roas,
    formatCount(p.conversions),
  );
}

/**
 * The campaign's top performers (lib/dashboard/top-performers.ts) and one click to carry them into a
 * new campaign, which takes this one's brief, offer, templates, landing page and discount.
 */
export function TopPerformers(props: {
  campaign: Campaign;
  creators: readonly CreatorRecord[];
  thresholds: Thresholds;
  /** The new campaign is shown next, with the sentence saying what was made. */
  onCreated: (id: string, text: string) => Promise<void>;
}) {
  const { campaign, creators, thresholds } = props;
  const top = useMemo(
    () => topPerformers(creators, campaign, thresholds),
    [creators, campaign, thresholds],
  );
  const [name, setName] = useState(t('topPerformersNewDefault', campaign.name));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const carry = async () => {
    setBusy(true);
    const trimmed = name.trim();
    const created = await sendMessage({
      type: 'campaign/create',
      campaign: {
        name: trimmed,
        brief: campaign.brief ? { ...campaign.brief, name: trimmed } : null,
        startsOn: null,
        endsOn: null,
        offer: campaign.offer,
        templateIds: campaign.templateIds,
        landingUrl: campaign.landingUrl,
        discountPct: campaign.discountPct,
      },
    });
    if (!created.ok) {
      setBusy(false);
      return setMessage(t('topPerformersCarryFailed', errorText(created.error)));
    }
    const id = created.data.campaign.id;
    const added = await sendMessage({
      type: 'creator/update-campaigns',
      updates: top.performers.map((p) => ({
        key: { platform: p.platform, handle: p.handle },
        campaignId: id,
        add: true,
        patch: {},
      })),
    });
    setBusy(false);
    if (!added.ok) return setMessage(t('topPerformersCarryFailed', errorText(added.error)));
    await props.onCreated(
      id,
      plural(
        top.performers.length,
        'topPerformersCarriedOne',
        'topPerformersCarriedMany',
        trimmed,
        formatCount(top.performers.length),
      ),
    );
  };

  return (
    <section
      aria-labelledby="top-performers-title"
      data-testid="scout-top-performers"
      data-by={top.by}
    >
      <h4 id="top-performers-title">{t('topPerformersTitle')}</h4>
      {top.by === 'none' ? (
        <p className="empty">{t('topPerformersNone')}</p>
      ) : (
        <>
          <p className="hint">
            {top.by === 'results' ? t('topPerformersByResults') : t('topPerformersByEngagement')}
          </p>
          <ul>
            {top.performers.map((p) => (
              <li key={p.key} data-testid="scout-top-performer" data-handle={p.handle}>
                {line(p)}
              </li>
            ))}
          </ul>
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              void carry();
            }}
          >
            <label>
              {t('topPerformersNewName')}{' '}
              <input
                value={name}
                size={40}
                onChange={(e) => setName(e.currentTarget.value)}
                data-testid="scout-top-performers-name"
              />
            </label>
            <Button variant="primary" type="submit" disabled={busy || name.trim() === ''}>
              {countedText(
                top.performers.length,
                'topPerformersCarryOne',
                'topPerformersCarryMany',
              )}
            </Button>
          </form>
          <p className="hint">{t('topPerformersCarryHint')}</p>
        </>
      )}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
