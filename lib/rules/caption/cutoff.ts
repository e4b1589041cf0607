import type { Platform } from '../../model/reading';

/**
 * Characters of a caption shown before the platform's "more" link in the feed. Neither platform
 * publishes the figure; both are the commonly measured values (sources in docs/methodology.md):
 * Instagram ~125 (Meta's ads guide, "primary text" shown before "See more"); TikTok ~100 for the
 * in-feed description clamp (other guides say up to 150: the lower value is the safe one).
 */
export const MORE_CUTOFF: Record<Platform, number> = {
  instagram: 125,
  tiktok: 100,
};
