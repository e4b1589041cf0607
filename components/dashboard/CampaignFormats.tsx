import { useMemo } from 'react';
import { formatView, platformHeading } from '../../lib/dashboard/format-view';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import { groupFormatSplit } from '../../lib/rules/engagement/format-split';
import { FormatSplitView } from './FormatSplitView';
import { t } from '../../lib/i18n/messages';

/** The campaign's creators' recent posts, engagement split by format, one table per platform. */
export function CampaignFormats(props: {
  campaign: Campaign;
  creators: readonly CreatorRecord[];
  freshPostHours: number;
}) {
  const { campaign, freshPostHours } = props;
  const members = useMemo(
    () => props.creators.filter((r) => r.campaigns.some((e) => e.campaignId === campaign.id)),
    [props.creators, campaign.id],
  );
  const splits = useMemo(
    () => groupFormatSplit(members, freshPostHours),
    [members, freshPostHours],
  );
  return (
    <section aria-labelledby="campaign-formats-title" data-testid="scout-campaign-formats">
      <h4 id="campaign-formats-title">{t('engagementByFormat')}</h4>
      {splits.length === 0 ? (
        <p className="empty">
          {members.length === 0 ? t('campaignNoCreators') : t('campaignNoPostsRead')}
        </p>
      ) : (
        splits.map((split) => (
          <FormatSplitView
            key={split.platform}
            view={formatView(
              split,
              platformHeading(split, members.filter((r) => r.platform === split.platform).length),
              freshPostHours,
            )}
            id={`campaign-formats-${split.platform}`}
            testId={`scout-campaign-formats-${split.platform}`}
            level={5}
          />
        ))
      )}
    </section>
  );
}
