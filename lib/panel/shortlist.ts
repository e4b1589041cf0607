import { statusLabel } from '../i18n/labels';
import type { CreatorRecord } from '../model/creator';
import { t } from '../i18n/messages';

const shortlistLabel = (campaign: string | null) =>
  campaign ? t('shortlistTo', campaign) : t('shortlistAction');

/** Whether the creator is on the shortlist the panel's button adds to (the active campaign, or none). */
export function isShortlistedIn(
  record: Pick<CreatorRecord, 'campaigns'> | null,
  activeCampaignId: string | null,
): boolean {
  return !!record?.campaigns.some((c) => c.campaignId === activeCampaignId);
}

export type ShortlistState = 'unknown' | 'idle' | 'saving' | 'done' | 'error';

export interface ShortlistView {
  state: ShortlistState;
  label: string;
  disabled: boolean;
}

export function shortlistView(
  state: ShortlistState,
  campaignName: string | null,
  canShortlist: boolean,
): ShortlistView {
  switch (state) {
    case 'done':
      return {
        state,
        label: campaignName
          ? t('shortlistedIn', statusLabel('shortlisted'), campaignName)
          : statusLabel('shortlisted'),
        disabled: true,
      };
    case 'saving':
      return { state, label: t('shortlisting'), disabled: true };
    case 'error':
      return {
        state,
        label: campaignName ? t('retryShortlistTo', campaignName) : t('retryShortlist'),
        disabled: !canShortlist,
      };
    case 'unknown':
      // Not known yet whether the creator is already on the list: wait for the store.
      return { state, label: shortlistLabel(campaignName), disabled: true };
    case 'idle':
      return { state, label: shortlistLabel(campaignName), disabled: !canShortlist };
  }
}
