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

export type Route = { view: View } | { view: 'creator'; platform: Platform; handle: string };

export const VIEWS: readonly { view: View; label: string }[] = [
  { view: 'creators', label: 'Creators' },
  { view: 'pipeline', label: 'Pipeline' },
  { view: 'to-vet', label: 'To vet' },
  { view: 'discover', label: 'Discover' },
  { view: 'campaigns', label: 'Campaigns' },
  { view: 'results', label: 'Results' },
  { view: 'templates', label: 'Templates' },
  { view: 'settings', label: 'Settings' },
  { view: 'problems', label: 'Problems' },
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
  const view = VIEWS.find((v) => v.view === parts[0]);
  return { view: view ? view.view : 'creators' };
}
