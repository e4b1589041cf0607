import type { EngagementDrop } from '../../lib/results/engagement-drop';
import { formatDay, formatRate } from '../../lib/panel/format';

/** The mid-campaign engagement-drop alert, with the two visits it compares. */
export function DropAlert({ drop, handle }: { drop: EngagementDrop; handle: string }) {
  if (!drop.alert || !drop.from || !drop.to || drop.drop === null) return null;
  return (
    <p className="alert" role="note" data-testid="scout-engagement-drop">
      ⚠ @{handle}: engagement fell {Math.round(drop.drop * 100)}% —{' '}
      {formatRate(drop.from.engagementRate)} on {formatDay(drop.from.at)} to{' '}
      {formatRate(drop.to.engagementRate)} on {formatDay(drop.to.at)} (
      {drop.to.engagementBasis ?? 'same basis'}). Consider pausing or renegotiating.
    </p>
  );
}
