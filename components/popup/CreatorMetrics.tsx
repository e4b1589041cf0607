import type { CreatorSummary } from '../../lib/popup';
import { Chip, EngagementChip, TierChip, VerdictChip } from '../common/Chip';
import { formatFollowers, formatSpam } from '../common/format';

/** A creator's compact metrics, as the list and the creator view show them. */
export function CreatorMetrics({ summary }: { summary: CreatorSummary }) {
  return (
    <div className="item-metrics">
      <Chip title="Followers at the last visit">
        {formatFollowers(summary.followers, summary.followersExact)} followers
      </Chip>
      <EngagementChip rate={summary.engagementRate} basis={summary.engagementBasis} />
      <Chip title="Share of audience comments labelled spam, and how many comments it rests on">
        Spam {formatSpam(summary.spamRatio, summary.spamTooFew)}
        {summary.spamRatio !== null && summary.spamComments !== null
          ? ` of ${summary.spamComments}`
          : ''}
      </Chip>
      <VerdictChip verdict={summary.verdict} />
      <TierChip label={summary.tier?.label ?? null} />
    </div>
  );
}
