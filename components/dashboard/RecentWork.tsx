import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import { recentActivity } from '../../lib/dashboard/recent-activity';
import { formatDay } from '../../lib/panel/format';
import { countedText } from '../../lib/i18n/plural';

/** A creator's campaigns and deliverables of the last six months, for judging an ambassador. */
export function RecentWork(props: { record: CreatorRecord; campaigns: readonly Campaign[] }) {
  const byId = new Map(props.campaigns.map((c) => [c.id, c]));
  const recent = recentActivity(props.record, byId, new Date().toISOString());
  return (
    <p data-testid="scout-recent-work">
      {t(
        'recentWorkLine',
        formatDay(`${recent.since}T12:00:00.000Z`),
        countedText(recent.campaigns, 'recentCampaignsOne', 'recentCampaignsMany'),
        countedText(recent.deliverables, 'recentDeliverablesOne', 'recentDeliverablesMany'),
      )}
    </p>
  );
}
