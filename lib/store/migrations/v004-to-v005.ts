import type { Migration } from './types';

/**
 * Version 5: a snapshot may carry the followers sample of that visit (`audienceSample`,
 * `audienceFakeShare`) and the last verdict its aggregate with at most ten example handles. Older
 * snapshots have neither: the followers list was never read then, which the absent fields say.
 */
export const v004ToV005: Migration = {
  from: 4,
  description: 'snapshots may keep the followers sample (absent before: the list was never read)',
};
