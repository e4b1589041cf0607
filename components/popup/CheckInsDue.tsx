import { useMemo } from 'react';
import { t } from '../../lib/i18n/messages';
import type { CreatorRecord } from '../../lib/model/creator';
import { formatCount, formatDay } from '../../lib/panel/format';
import { checkInsDue, type CheckInDue } from '../../lib/rules/ambassador/check-ins';
import { DueList, type DueItem } from './DueList';

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
  const items = due.map((d): DueItem => ({
    key: `${d.platform}:${d.handle}`,
    data: { 'data-testid': 'scout-check-in-due', 'data-handle': d.handle, 'data-basis': d.basis },
    text: line(d),
    openLabel: t('checkInOpen', d.handle),
    onOpen: () => props.onOpen(d.platform, d.handle),
  }));
  return (
    <DueList
      id="check-ins-due-title"
      className="approvals-due check-ins-due"
      heading={t('checkInsHeading', due.length)}
      items={items}
    />
  );
}
