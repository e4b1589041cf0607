import type { Migration } from './types';

/**
 * Version 9: an offer (a campaign's, or a creator's override) may be a flat fee + a bonus on a
 * sales target (model `bonus`, with `bonusAmount` and `bonusTarget`). No stored offer used it
 * before: nothing changes; the version says that an older extension cannot read such an offer.
 */
export const v008ToV009: Migration = {
  from: 8,
  description: 'offers may pay a flat fee + a bonus on a sales target (nothing stored changes)',
};
