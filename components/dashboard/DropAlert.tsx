import type { EngagementDrop } from '../../lib/results/engagement-drop';
import { WarnIcon } from '../common/icons';
import { formatDay, formatRate } from '../../lib/panel/format';
import { basisLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';

/** The mid-campaign engagement-drop alert, with the two visits it compares. */
export function DropAlert({ drop, handle }: { drop: EngagementDrop; handle: string }) {
  if (!drop.alert || !drop.from || !drop.to || drop.drop === null) return null;
  return (
    <p className="alert" role="note" data-testid="scout-engagement-drop">
      <WarnIcon />
      {t(
        'dropAlert',
        handle,
        Math.round(drop.drop * 100),
        formatRate(drop.from.engagementRate),
        formatDay(drop.from.at),
        formatRate(drop.to.engagementRate),
        formatDay(drop.to.at),
        drop.to.engagementBasis ? basisLabel(drop.to.engagementBasis) : t('sameBasis'),
      )}
    </p>
  );
}
