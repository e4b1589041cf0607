import type { Migration } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 8: a campaign entry keeps the creator's deliverables (published posts counted for the
 * campaign, with their counts at each visit) and the posts the marketer removed from them. No post
 * was recorded as one before: every entry starts with none.
 */
export const v007ToV008: Migration = {
  from: 7,
  description: 'campaign entries keep their deliverables (none recorded before)',
  creator: (value) =>
    Array.isArray(value.campaigns)
      ? {
          ...value,
          campaigns: value.campaigns.map((entry) =>
            isObject(entry)
              ? {
                  ...entry,
                  deliverables: entry.deliverables ?? [],
                  removedDeliverables: entry.removedDeliverables ?? [],
                }
              : entry,
          ),
        }
      : value,
};
