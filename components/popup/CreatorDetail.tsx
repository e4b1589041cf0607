import { PLATFORMS, platformName } from '../../lib/model/platforms';
import { ExternalIcon } from '../common/icons';
import { t } from '../../lib/i18n/messages';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import type { UserSettings } from '../../lib/model/settings-store';
import type { Template } from '../../lib/model/template';
import { buildDraft, type DraftWords } from '../../lib/outreach';
import { displayText } from '../../lib/panel/text';
import {
  defaultTemplateId,
  draftLanguageFor,
  dmLink,
  entryIn,
  gapHints,
  profileLink,
  recentPostOf,
  summarize,
  toDraftInput,
  trackingNeeds,
} from '../../lib/popup';
import { Avatar } from '../common/Avatar';
import { Button, NewTabButton } from '../common/Button';
import { feePerPost } from '../../lib/offer/fixed-part';
import { fairPrice } from '../../lib/rules/pricing/fair-price';
import { priceInputOf } from '../../lib/rules/pricing/price-input';
import { FairPriceNote } from '../common/FairPriceNote';
import { CreatorMetrics } from './CreatorMetrics';
import { DraftEditor } from '../outreach/DraftEditor';
import { DRAFT_TEXT } from '../outreach/draft-text';
import { statusLabel } from '../../lib/i18n/labels';
import { CopyValue } from './CopyValue';
import { ContactList } from '../common/ContactList';
import { EntryDeliverables } from '../common/EntryDeliverables';
import { contactOfReading } from '../../lib/model/contact';
import { StatusSelect } from './StatusSelect';
import type { PopupStore } from './use-popup-store';

/**
 * One creator: numbers, status and DM link, then the outreach draft (its Copy button within the
 * popup's first screen), then the post it references, the code and tracked link, and the fair price.
 */
export function CreatorDetail({
  record,
  campaign,
  settings,
  templates,
  store,
  onBack,
}: {
  record: CreatorRecord;
  campaign: Campaign | null;
  settings: UserSettings;
  templates: readonly Template[];
  store: Pick<PopupStore, 'setStatus' | 'ensureTracking'>;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const campaignId = campaign?.id ?? null;
  const tiers = settings.rules.tiers;
  const summary = summarize(record, campaignId, tiers);
  const entry = entryIn(record, campaignId);
  const now = useMemo(() => new Date(), []);
  const recentPost = useMemo(() => recentPostOf(record, now), [record, now]);
  const sources = useMemo(
    () => ({ record, campaign, entry, sender: settings.sender, recentPost }),
    [record, campaign, entry, settings.sender, recentPost],
  );
  const input = useMemo(() => toDraftInput(sources), [sources]);
  const hints = useMemo(() => gapHints(sources), [sources]);
  const fill = useCallback(
    (t: Template, words: DraftWords) => buildDraft(t, input, { now, words }).text,
    [input, now],
  );

  const [templateId, setTemplateId] = useState(() =>
    defaultTemplateId(templates, entry?.status ?? 'shortlisted'),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const template = templates.find((t) => t.id === templateId) ?? null;
  const { ensureTracking } = store;

  // The code and link are made the first time a chosen template needs them.
  useEffect(() => {
    if (!template || !campaign) return;
    let live = true;
    const rules = { tiers, platformParam: settings.rules.links.platformParam };
    void ensureTracking(record, campaign, trackingNeeds(template.body), rules).then((found) => {
      if (live) setProblems(found);
    });
    return () => {
      live = false;
    };
  }, [template, campaign, record, tiers, settings.rules.links.platformParam, ensureTracking]);

  if (!summary || !entry) {
    return (
      <div className="detail">
        <p>{t('detailGone')}</p>
        <Button onClick={onBack}>{t('detailBack')}</Button>
      </div>
    );
  }

  const handle = `@${record.handle}`;
  const name = displayText(summary.displayName, 80);
  const dm = dmLink(record.platform, record.handle);
  const profile = profileLink(record.platform, record.handle);
  const post = recentPost.post;
  const { pricing } = settings.rules;
  const price = fairPrice(priceInputOf(record), pricing, tiers);
  const offer = entry.offerOverride ?? campaign?.offer ?? null;

  return (
    <article className="detail" aria-labelledby="detail-title">
      <Button variant="ghost" className="back" onClick={onBack}>
        {t('detailBackShort')}
      </Button>
      <header className="detail-head">
        <Avatar displayName={summary.displayName} handle={record.handle} />
        <div>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            <bdi>{name || handle}</bdi>
          </h2>
          <p className="item-handle">
            <bdi>{handle}</bdi> · {platformName(record.platform)}
          </p>
        </div>
      </header>
      <CreatorMetrics summary={summary} />
      <div className="item-actions">
        <StatusSelect
          value={entry.status}
          handle={record.handle}
          onChange={(status) => store.setStatus(record, campaignId, status)}
        />
        {dm ? (
          <NewTabButton href={dm.url} data-testid="scout-open-dm">
            {dm.label} <ExternalIcon />
            <span className="cs-visually-hidden"> {t('opensNewTab')}</span>
          </NewTabButton>
        ) : null}
        {profile && !PLATFORMS[record.platform].dm.isProfile ? (
          <NewTabButton variant="ghost" href={profile} aria-label={t('profileOfLabel', handle)}>
            {t('profileLink')}
          </NewTabButton>
        ) : null}
      </div>

      {templates.length > 0 ? (
        <DraftEditor
          key={record.platform + record.handle}
          platform={record.platform}
          templates={templates}
          initialTemplateId={templateId}
          fill={fill}
          defaultLanguage={draftLanguageFor(campaign)}
          hints={hints}
          onTemplateChange={setTemplateId}
          label={t('draftFor', handle)}
          noTemplateNote={DRAFT_TEXT.noneFor(statusLabel(entry.status))}
        />
      ) : (
        <p>{t('noTemplates')}</p>
      )}
      <p className="help">
        {post ? (
          <>
            {t('postReferenced')}{' '}
            <a href={post.url} target="_blank" rel="noopener noreferrer">
              {post.excerpt ? <bdi>{post.excerpt}</bdi> : post.url}
            </a>
          </>
        ) : (
          <>{t('noPostToReference', recentPost.reason)}</>
        )}
      </p>

      <ContactList contact={contactOfReading(record.lastReading?.reading)} />
      <dl className="tracking">
        {campaign ? (
          <>
            <CopyValue
              label={t('discountCode')}
              copyLabel={t('copyCodeLabel')}
              value={entry.discountCode}
              testId="scout-copy-code"
            />
            <CopyValue
              label={t('trackedLink')}
              copyLabel={t('copyLinkLabel')}
              value={entry.trackingLink}
              testId="scout-copy-link"
            />
          </>
        ) : null}
        <CopyValue
          label={t('popupAffiliateLink')}
          copyLabel={t('affiliateCopyLabel')}
          value={record.affiliateLink}
          testId="scout-copy-affiliate"
          empty={t('popupAffiliateNone')}
        />
      </dl>
      {campaign ? <EntryDeliverables entry={entry} platform={record.platform} level={3} /> : null}
      {problems.map((p) => (
        <p key={p} className="help warn">
          {p}
        </p>
      ))}
      <FairPriceNote price={price} pricing={pricing} fee={offer ? feePerPost(offer) : null} />
    </article>
  );
}
