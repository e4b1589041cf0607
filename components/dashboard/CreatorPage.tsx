import { PLATFORMS, platformName } from '../../lib/model/platforms';
import { ExternalIcon } from '../common/icons';
import { t } from '../../lib/i18n/messages';
import { formatDay } from '../../lib/panel/format';
import { creatorId } from '../../lib/model/creator';
import type { Platform } from '../../lib/model/reading';
import { engagementDrop } from '../../lib/results/engagement-drop';
import { displayText } from '../../lib/panel/text';
import { feePerPost } from '../../lib/offer/fixed-part';
import { fairPrice } from '../../lib/rules/pricing/fair-price';
import { priceInputOf } from '../../lib/rules/pricing/price-input';
import { ContactList } from '../common/ContactList';
import { FairPriceNote, FeeNote } from '../common/FairPriceNote';
import { contactOfReading } from '../../lib/model/contact';
import { CaptionCheck } from './CaptionCheck';
import { DropAlert } from './DropAlert';
import { EntryEditor } from './EntryEditor';
import { EntryDeliverables } from '../common/EntryDeliverables';
import { EvidenceView } from './EvidenceView';
import { ConversationLog } from './ConversationLog';
import { NotesTags } from './NotesTags';
import { AffiliateLinkField } from './AffiliateLinkField';
import { RecentWork } from './RecentWork';
import { SnapshotCharts } from './SnapshotCharts';
import { AudienceHistory } from './AudienceHistory';
import { FormatSplitView } from './FormatSplitView';
import { formatView } from '../../lib/dashboard/format-view';
import { creatorFormatSplit } from '../../lib/rules/engagement/format-split';
import type { DashboardData } from './store';

/** One creator: history charts, evidence of the last reading, conversation log and tags, campaign entries. */
export function CreatorPage(props: {
  platform: Platform;
  handle: string;
  data: DashboardData;
  reload: () => Promise<void>;
}) {
  const { data } = props;
  const record = data.creators.find((c) => creatorId(c) === creatorId(props));
  if (!record)
    return (
      <>
        <h2>{t('cpNotFound')}</h2>
        <p>
          {t('cpNoStored', props.handle, platformName(props.platform))}{' '}
          <a href="#/creators">{t('cpBackToTable')}</a>
        </p>
      </>
    );
  const th = data.settings.rules.thresholds;
  const drop = engagementDrop(record.snapshots, {
    minDrop: th.engagementDropShare,
    minDays: th.engagementDropMinDays,
    maxDays: th.engagementDropMaxDays,
  });
  const campaigns = new Map(data.campaigns.map((c) => [c.id, c]));
  const { pricing, tiers } = data.settings.rules;
  const price = fairPrice(priceInputOf(record), pricing, tiers);
  const feeOf = (entry: (typeof record.campaigns)[number]) => {
    const offer =
      entry.offerOverride ?? (entry.campaignId ? campaigns.get(entry.campaignId)?.offer : null);
    return offer ? feePerPost(offer) : null;
  };
  const takenCodes = data.creators.flatMap((c) =>
    c.campaigns.flatMap((e) =>
      e.discountCode && creatorId(c) !== creatorId(record) ? [e.discountCode] : [],
    ),
  );
  return (
    <>
      <p>
        <a href="#/creators">{t('cpAllCreators')}</a>
      </p>
      <h2>
        @{record.handle}{' '}
        {record.displayName ? (
          <span className="sub">
            <bdi>{displayText(record.displayName, 80)}</bdi>
          </span>
        ) : null}
      </h2>
      <p>
        {platformName(record.platform)} ·{' '}
        <a
          href={PLATFORMS[record.platform].profileUrl(record.handle)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('cpOpenProfile')} <ExternalIcon />
        </a>
        {record.lastSeenAt ? t('cpLastVisit', formatDay(record.lastSeenAt)) : ''}
      </p>
      <ContactList contact={contactOfReading(record.lastReading?.reading)} />
      <DropAlert drop={drop} handle={record.handle} />
      <FairPriceNote price={price} pricing={pricing} />
      <SnapshotCharts record={record} />
      <FormatSplitView
        view={formatView(
          creatorFormatSplit(record, th.freshPostHours),
          t('cpFormatsHeading'),
          th.freshPostHours,
        )}
        id="formats"
        testId="scout-creator-formats"
        level={3}
      />
      <AudienceHistory record={record} thresholds={data.settings.rules.audience} />
      <EvidenceView record={record} />
      <ConversationLog key={`log:${creatorId(record)}`} record={record} reload={props.reload} />
      <NotesTags key={creatorId(record)} record={record} reload={props.reload} />
      <AffiliateLinkField key={creatorId(record)} record={record} reload={props.reload} />
      <section aria-labelledby="entries-title">
        <h3 id="entries-title">{t('cpCampaigns')}</h3>
        <RecentWork record={record} campaigns={data.campaigns} />
        {record.campaigns.length === 0 ? <p>{t('cpNotShortlisted')}</p> : null}
        {record.campaigns.map((entry) => (
          <div key={`${creatorId(record)}:${entry.campaignId}`}>
            <EntryEditor
              record={record}
              entry={entry}
              campaign={entry.campaignId ? (campaigns.get(entry.campaignId) ?? null) : null}
              tiers={data.settings.rules.tiers}
              platformParam={data.settings.rules.links.platformParam}
              takenCodes={takenCodes}
              reload={props.reload}
            />
            {feeOf(entry) !== null ? (
              <FeeNote price={price} fee={feeOf(entry)!} currency={pricing.currency} />
            ) : null}
            {entry.campaignId !== null ? (
              <EntryDeliverables entry={entry} platform={record.platform} level={4} />
            ) : null}
            <CaptionCheck
              platform={record.platform}
              brief={entry.campaignId ? (campaigns.get(entry.campaignId)?.brief ?? null) : null}
              code={entry.discountCode}
              link={entry.trackingLink}
            />
          </div>
        ))}
      </section>
    </>
  );
}
