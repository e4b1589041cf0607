import type { CreatorSummary } from '../../lib/popup';
import { tierLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';
import { Chip, EngagementChip, TierChip, VerdictChip } from '../common/Chip';
import { formatFollowers, formatSpam } from '../common/format';
import { plural } from '../../lib/i18n/plural';

/** A creator's compact metrics, as the list and the creator view show them. */
export function CreatorMetrics({ summary }: { summary: CreatorSummary }) {
  const spam = formatSpam(summary.spamRatio, summary.spamTooFew);
  return (
    <div className="item-metrics">
      <Chip title={t('followersTitle')}>
        {plural(
          summary.followers,
          'followersChipOne',
          'followersChipMany',
          formatFollowers(summary.followers, summary.followersExact),
        )}
      </Chip>
      <EngagementChip rate={summary.engagementRate} basis={summary.engagementBasis} />
      <Chip title={t('spamTitle')}>
        {summary.spamRatio !== null && summary.spamComments !== null
          ? t('spamChipOf', spam, summary.spamComments)
          : t('spamChip', spam)}
      </Chip>
      <VerdictChip verdict={summary.verdict} />
      <TierChip label={summary.tier ? tierLabel(summary.tier) : null} />
    </div>
  );
}
