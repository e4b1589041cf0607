import type { EngagementDrop } from '../../lib/results/engagement-drop';
import { formatRate } from '../../lib/panel/format';

/** The mid-campaign engagement-drop alert, with the two visits it compares. */
export function DropAlert({ drop, handle }: { drop: EngagementDrop; handle: string }) {
  if (!drop.alert || !drop.from || !drop.to || drop.drop === null) return null;
  return (
    <p className="alert" role="note" data-testid="scout-engagement-drop">
      ⚠ @{handle}: engagement fell {Math.round(drop.drop * 100)}% —{' '}
      {formatRate(drop.from.engagementRate)} on {drop.from.at.slice(0, 10)} to{' '}
      {formatRate(drop.to.engagementRate)} on {drop.to.at.slice(0, 10)} (
      {drop.to.engagementBasis ?? 'same basis'}). Consider pausing or renegotiating.
    </p>
  );
}
