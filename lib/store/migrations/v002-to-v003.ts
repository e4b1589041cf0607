import { LastReading } from '../../model/creator';
import { compactReading, compactVerdict, postIdsOf } from '../compact';
import { mergeRecentPosts } from '../recent-posts';
import type { Migration } from './types';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 3: a tenth of the size. The last reading keeps numbers and ids instead of copies of page
 * text (its posts' numbers live in `recentPosts`, `postIds` names them; comments survive only as a
 * few labelled examples in the verdict), recent posts are capped at 12 with captions on the newest
 * few. Snapshots and recent posts are also written packed by column (lib/store/record-codec.ts),
 * which needs no step here: reading accepts both forms.
 */
export const v002ToV003: Migration = {
  from: 2,
  description: 'creators keep numbers and ids of their last reading, not page text',
  creator: (value) => ({
    ...value,
    lastReading: compactLastReading(value.lastReading),
    recentPosts: Array.isArray(value.recentPosts)
      ? mergeRecentPosts([], value.recentPosts as never)
      : value.recentPosts,
  }),
};

function compactLastReading(last: unknown): unknown {
  const parsed = LastReading.safeParse(last);
  // What does not parse is left for validation and repair.
  if (!parsed.success || !isPlainObject(last)) return last;
  const { reading, verdict } = parsed.data;
  return {
    ...parsed.data,
    reading: compactReading(reading),
    verdict: compactVerdict(verdict),
    postIds: postIdsOf(reading),
  };
}
