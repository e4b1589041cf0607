import type { DiscoveryReading } from '../model/discovery';
import { platformOfHost } from '../model/platforms';
import type { ObservedResponse, PageReading, Platform } from '../model/reading';
import { readInstagramDiscovery } from './instagram/discovery';
import { readTikTokDiscovery } from './tiktok/discovery';
import { readInstagramPage } from './instagram/read-page';
import { readTikTokPage } from './tiktok/read-page';
import { classifyInstagramUrl } from './instagram/url';
import { classifyTikTokUrl } from './tiktok/url';

export interface ReadInput {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
  now?: Date;
}

/** Which platform a URL belongs to, or null for any other host. */
export function platformOf(url: string): Platform | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return platformOfHost(host);
}

/**
 * A post or video named by its address (a marketer pastes it): the platform, the post id as the
 * readers key it, the handle when the address names one, and the address without its query.
 * Null for anything that is not a post of either platform.
 */
export function postAddress(
  url: string,
): { platform: Platform; postId: string; handle: string | null; url: string } | null {
  const platform = platformOf(url);
  if (!platform) return null;
  const post = postOfUrl[platform](url);
  if (!post) return null;
  const clean = new URL(url);
  clean.search = '';
  clean.hash = '';
  return { platform, ...post, url: clean.href };
}

const postOfUrl: Record<
  Platform,
  (url: string) => { postId: string; handle: string | null } | null
> = {
  instagram: (url) => {
    const u = classifyInstagramUrl(url);
    return u.page === 'post' && u.postId ? { postId: u.postId, handle: u.handle } : null;
  },
  tiktok: (url) => {
    const u = classifyTikTokUrl(url);
    return u.page === 'video' && u.videoId ? { postId: u.videoId, handle: u.handle } : null;
  },
};

export const readers: Record<Platform, (input: ReadInput) => PageReading> = {
  instagram: readInstagramPage,
  tiktok: readTikTokPage,
};

export const discoveryReaders: Record<Platform, (input: ReadInput) => DiscoveryReading | null> = {
  instagram: readInstagramDiscovery,
  tiktok: readTikTokDiscovery,
};
