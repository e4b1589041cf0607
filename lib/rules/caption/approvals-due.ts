import type { CampaignEntry, CreatorRecord, PipelineStatus } from '../../model/creator';
import type { Platform } from '../../model/reading';
import { approvalDue } from './due-date';

/**
 * Which creators' drafts are due for approval (seed step 4: approve 24 hours before publishing),
 * from each campaign entry's planned publishing time. An entry is listed from `aheadHours` before
 * its due time until a day after the planned publishing, while the creator is signed or in content
 * approval (AWAITING_APPROVAL).
 */

/** How long before the due time the popup starts listing a draft. */
export const APPROVAL_AHEAD_HOURS = 72;
/** How long after the planned publishing an unapproved draft stays listed. */
export const APPROVAL_LATE_HOURS = 24;
const HOUR = 3_600_000;

/**
 * Statuses in which a draft awaits approval: signed (the post is agreed, its draft not yet
 * approved) and content approval. Before signing nothing is due; live and later are past approval;
 * declined and paused will not publish.
 */
export const AWAITING_APPROVAL: readonly PipelineStatus[] = ['signed', 'content-approval'];

/** `upcoming`: due later; `due`: past the due time, before publishing; `late`: publishing time passed. */
export type ApprovalState = 'upcoming' | 'due' | 'late';

export interface ApprovalDue {
  platform: Platform;
  handle: string;
  displayName: string | null;
  campaignId: string | null;
  status: PipelineStatus;
  publishAt: string;
  dueAt: string;
  state: ApprovalState;
}

export function approvalState(publishAt: string, now: number, ahead = APPROVAL_AHEAD_HOURS) {
  const publish = Date.parse(publishAt);
  const due = approvalDue(new Date(publish)).getTime();
  if (now < due - ahead * HOUR) return null;
  if (now < due) return 'upcoming';
  if (now < publish) return 'due';
  return now < publish + APPROVAL_LATE_HOURS * HOUR ? 'late' : null;
}

const listed = (entry: CampaignEntry) =>
  entry.publishAt !== null && AWAITING_APPROVAL.includes(entry.status);

/** Drafts due for approval now or within `ahead` hours, soonest due first. */
export function approvalsDue(
  creators: readonly Pick<CreatorRecord, 'platform' | 'handle' | 'displayName' | 'campaigns'>[],
  now: string,
  ahead = APPROVAL_AHEAD_HOURS,
): ApprovalDue[] {
  const at = Date.parse(now);
  return creators
    .flatMap((record) =>
      record.campaigns.filter(listed).flatMap((entry): ApprovalDue[] => {
        const publishAt = entry.publishAt!;
        const state = approvalState(publishAt, at, ahead);
        if (state === null) return [];
        return [
          {
            platform: record.platform,
            handle: record.handle,
            displayName: record.displayName,
            campaignId: entry.campaignId,
            status: entry.status,
            publishAt,
            dueAt: approvalDue(new Date(Date.parse(publishAt))).toISOString(),
            state,
          },
        ];
      }),
    )
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.handle.localeCompare(b.handle));
}
