import { useMemo } from 'react';
import { t } from '../../lib/i18n/messages';
import type { CreatorRecord } from '../../lib/model/creator';
import { formatCount, formatDay } from '../../lib/panel/format';
import { checkInsDue, type CheckInDue } from '../../lib/rules/ambassador/check-ins';
import { Button } from '../common/Button';

function line(due: CheckInDue): string {
  const days = formatCount(due.days);
  const date = formatDay(due.lastContact);
  return due.basis === 'log'
    ? t('checkInLastConversation', due.handle, days, date)
    : t('checkInNoConversation', due.handle, date, days);
}

/**
 * Ambassadors due for their monthly check-in (no conversation logged for 30 days or more, a setting;
 * lib/rules/ambassador/check-ins.ts), longest without contact first; nothing is shown when none is
 * due. Logging a conversation on the creator's page clears it.
 */
export function CheckInsDue(props: {
  creators: readonly CreatorRecord[];
  now: string;
  /** Days without a conversation before a check-in is due (the setting). */
  days: number;
  /** Opens the creator's page in the dashboard (its conversation log). */
  onOpen: (platform: string, handle: string) => void;
}) {
  const { creators, now, days } = props;
  const due = useMemo(() => checkInsDue(creators, now, days), [creators, now, days]);
  if (due.length === 0) return null;
  return (
    <section className="approvals-due check-ins-due" aria-labelledby="check-ins-due-title">
      <h2 id="check-ins-due-title">{t('checkInsHeading', due.length)}</h2>
      <ul>
        {due.map((d) => (
          <li
            key={`${d.platform}:${d.handle}`}
            data-testid="scout-check-in-due"
            data-handle={d.handle}
            data-basis={d.basis}
          >
            <span>{line(d)}</span>{' '}
            <Button onClick={() => props.onOpen(d.platform, d.handle)}>
              {t('checkInOpen', d.handle)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
