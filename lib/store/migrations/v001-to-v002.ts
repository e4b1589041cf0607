import { PageReading } from '../../model/reading';
import { keptPostsOf, mergeRecentPosts } from '../recent-posts';
import type { Migration } from './types';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 2: creators keep their recent posts across readings (`recentPosts`, seeded from the last
 * reading, the only one version 1 kept), campaign entries keep the ticked negotiation red flags
 * (`redFlags`, none yet), settings keep the results CSV column mappings (`resultsMappings`, none:
 * the dashboard kept them in its page storage, which the background cannot read).
 */
export const v001ToV002: Migration = {
  from: 1,
  description: 'recentPosts on creators, redFlags on campaign entries, resultsMappings in settings',
  creator: (value) => ({
    ...value,
    campaigns: Array.isArray(value.campaigns)
      ? value.campaigns.map((entry: unknown) =>
          isPlainObject(entry) && !('redFlags' in entry) ? { ...entry, redFlags: [] } : entry,
        )
      : value.campaigns,
    recentPosts: 'recentPosts' in value ? value.recentPosts : postsOfLastReading(value),
  }),
  settings: (value) => ({
    ...value,
    resultsMappings: 'resultsMappings' in value ? value.resultsMappings : {},
  }),
};

/** What a version 1 record can give: the posts of its last reading (none if it does not parse). */
function postsOfLastReading(value: Record<string, unknown>): unknown[] {
  const last = value.lastReading;
  if (!isPlainObject(last) || typeof last.at !== 'string' || typeof value.handle !== 'string')
    return [];
  const reading = PageReading.safeParse(last.reading);
  if (!reading.success || Number.isNaN(Date.parse(last.at))) return [];
  return mergeRecentPosts([], keptPostsOf(reading.data, value.handle, last.at));
}
