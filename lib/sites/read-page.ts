import type { DiscoveryReading } from '../model/discovery';
import { platformOfHost } from '../model/platforms';
import type { ObservedResponse, PageReading, Platform } from '../model/reading';
import { readInstagramDiscovery } from './instagram/discovery';
import { readTikTokDiscovery } from './tiktok/discovery';
import { readInstagramPage } from './instagram/read-page';
import { readTikTokPage } from './tiktok/read-page';

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

export const readers: Record<Platform, (input: ReadInput) => PageReading> = {
  instagram: readInstagramPage,
  tiktok: readTikTokPage,
};

export const discoveryReaders: Record<Platform, (input: ReadInput) => DiscoveryReading | null> = {
  instagram: readInstagramDiscovery,
  tiktok: readTikTokDiscovery,
};
