/** Drafts are due for approval this long before publishing. */
export const APPROVAL_LEAD_HOURS = 24;

/** When the draft is due: 24 hours before the post goes live. */
export function approvalDue(publishAt: Date): Date {
  return new Date(publishAt.getTime() - APPROVAL_LEAD_HOURS * 3_600_000);
}
