import { t } from '../i18n/messages';
import { Platform } from '../model/reading';

export type View =
  | 'creators'
  | 'pipeline'
  | 'campaigns'
  | 'results'
  | 'templates'
  | 'settings'
  | 'problems'
  | 'discover'
  | 'to-vet';

/** The campaign page's two groups: how it is going, and how it is set up. */
export const CAMPAIGN_GROUPS = ['progress', 'setup'] as const;
export type CampaignGroup = (typeof CAMPAIGN_GROUPS)[number];

export type Route =
  | { view: View }
  /** "#/campaigns/setup": the group the marketer chose; without it the campaign's own default. */
  | { view: 'campaigns'; group: CampaignGroup }
  | { view: 'creator'; platform: Platform; handle: string };

/** The address of the campaign page on one group, or on its default (null). */
export const campaignsHash = (group: CampaignGroup | null): string =>
  group ? `#/campaigns/${group}` : '#/campaigns';

/** The dashboard's pages in the order of its navigation; labels in the UI language. */
export const VIEWS: readonly { view: View; label: () => string }[] = [
  { view: 'creators', label: () => t('navCreators') },
  { view: 'pipeline', label: () => t('navPipeline') },
  { view: 'to-vet', label: () => t('toVet') },
  { view: 'discover', label: () => t('navDiscover') },
  { view: 'campaigns', label: () => t('navCampaigns') },
  { view: 'results', label: () => t('navResults') },
  { view: 'templates', label: () => t('templatesHeading') },
  { view: 'settings', label: () => t('settingsHeading') },
  { view: 'problems', label: () => t('navProblems') },
];

/** "#/creator/tiktok/jane.doe" -> the creator page; anything unknown -> the table. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'creator' && parts.length === 3) {
    const platform = Platform.safeParse(parts[1]);
    let handle = '';
    try {
      handle = decodeURIComponent(parts[2]!);
    } catch {
      handle = '';
    }
    if (platform.success && handle) return { view: 'creator', platform: platform.data, handle };
  }
  const group = CAMPAIGN_GROUPS.find((g) => g === parts[1]);
  if (parts[0] === 'campaigns' && parts.length === 2 && group) return { view: 'campaigns', group };
  const view = VIEWS.find((v) => v.view === parts[0]);
  return { view: view ? view.view : 'creators' };
}
