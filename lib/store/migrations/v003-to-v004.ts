import type { Migration } from './types';

/**
 * Version 4: a campaign has a plan (objective, KPI targets, budget, creator count). Campaigns
 * stored before have none yet; the marketer adds it in the dashboard.
 */
export const v003ToV004: Migration = {
  from: 3,
  description: 'campaigns get a plan (none until the marketer writes one)',
  campaign: (value) => ('plan' in value ? value : { ...value, plan: null }),
};
