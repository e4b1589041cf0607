import { useMemo } from 'react';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import { formatDateTime } from '../../lib/panel/format';
import { displayText } from '../../lib/panel/text';
import { approvalsDue, type ApprovalDue } from '../../lib/rules/caption/approvals-due';
import { DueList, type DueItem } from './DueList';

function line(due: ApprovalDue, campaign: string): string {
  const publish = formatDateTime(due.publishAt);
  if (due.state === 'upcoming')
    return t('approvalUpcoming', due.handle, campaign, formatDateTime(due.dueAt), publish);
  if (due.state === 'due') return t('approvalDueNow', due.handle, campaign, publish);
  return t('approvalLate', due.handle, campaign, publish);
}

/**
 * Drafts due for approval (24 hours before each planned publishing, seed step 4) across every
 * campaign, from 3 days ahead; nothing is shown when none is due.
 */
export function ApprovalsDue(props: {
  creators: readonly CreatorRecord[];
  campaigns: readonly Campaign[];
  now: string;
  /** Opens the creator's page in the dashboard (planned time, status, caption check). */
  onOpen: (platform: string, handle: string) => void;
}) {
  const { creators, campaigns, now } = props;
  const due = useMemo(() => approvalsDue(creators, now), [creators, now]);
  const names = new Map(campaigns.map((c) => [c.id, displayText(c.name, 40)]));
  const items = due.map((d): DueItem => {
    const campaign =
      d.campaignId === null
        ? t('approvalNoCampaign')
        : (names.get(d.campaignId) ?? t('approvalNoCampaign'));
    return {
      key: `${d.platform}:${d.handle}:${d.campaignId ?? ''}`,
      data: {
        'data-testid': 'scout-approval-due',
        'data-handle': d.handle,
        'data-state': d.state,
      },
      text: line(d, campaign),
      openLabel: t('approvalOpen', d.handle),
      onOpen: () => props.onOpen(d.platform, d.handle),
    };
  });
  return (
    <DueList
      id="approvals-due-title"
      className="approvals-due"
      heading={t('approvalsDueHeading', due.length)}
      items={items}
    />
  );
}
