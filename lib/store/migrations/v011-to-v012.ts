import type { Migration } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 12: a creator's campaign entry has the planned publishing time of their campaign post
 * (`publishAt`), from which the approval due date (24 hours before) is shown in the popup. No entry
 * had one before: null, until the marketer plans it.
 */
export const v011ToV012: Migration = {
  from: 11,
  description: 'campaign entries have a planned publishing time (none before)',
  creator: (value) => ({
    ...value,
    ...(Array.isArray(value.campaigns) && {
      campaigns: value.campaigns.map((entry) =>
        isObject(entry) ? { ...entry, publishAt: entry.publishAt ?? null } : entry,
      ),
    }),
  }),
};
