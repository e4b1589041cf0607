import { z } from 'zod';
import { Platform } from './reading';

/**
 * Accounts found while browsing (engaged commenters, recurring creators) and the marketer's to-vet
 * list. Stored per account: handle, platform and where it was seen, no more than the page showed.
 */

/** Schema version of the stored prospects collection (its own: it migrates apart from creators). */
export const PROSPECTS_VERSION = 1;
/** Three places kept per account keeps an entry under 1 KB (npm run bench); `seenCount` counts all. */
export const MAX_SIGHTINGS = 3;
export const MAX_PROSPECTS = 5000;

const Handle = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((h) => h.replace(/^@/, '').toLowerCase());

export const SightingPage = z.enum(['post', 'video', 'hashtag', 'search', 'explore']);
export type SightingPage = z.infer<typeof SightingPage>;

export const Sighting = z.strictObject({
  at: z.string().min(1).max(40),
  page: SightingPage,
  /** `#slowfashion`, `“slow fashion”`, `explore`, or `@brand` (whose post was commented on). */
  place: z.string().max(60),
  /** When the post commented on was published, when known. */
  postedAt: z.string().max(40).nullable().optional(),
  /** The post seen (shortcode or video id), when known. */
  postId: z.string().max(40).nullable(),
  /** The opening words of the comment, on a post page ("where did you get …"); null elsewhere. */
  quote: z.string().max(60).nullable(),
});
export type Sighting = z.infer<typeof Sighting>;

export const ProspectStatus = z.enum(['seen', 'to-vet', 'vetted', 'dismissed']);
export type ProspectStatus = z.infer<typeof ProspectStatus>;

export const Prospect = z.strictObject({
  platform: Platform,
  handle: Handle,
  /** `seen`: tallied on a hashtag/search page only; `to-vet`: on the list; `vetted`: visited since. */
  status: ProspectStatus,
  firstSeenAt: z.string().max(40),
  addedAt: z.string().max(40).nullable(),
  vettedAt: z.string().max(40).nullable(),
  /** The verdict of the visit that vetted it: strong, review, skip, insufficient-data. */
  verdict: z.string().max(30).nullable(),
  /** Times seen in all (comments, posts), beyond the sightings kept. */
  seenCount: z.number().int().nonnegative(),
  /** Most recent first, at most MAX_SIGHTINGS. */
  sightings: z.array(Sighting).max(MAX_SIGHTINGS),
});
export type Prospect = z.infer<typeof Prospect>;

export const prospectId = (p: { platform: Platform; handle: string }) =>
  `${p.platform}:${p.handle}`;

export const ProspectInput = z.strictObject({
  platform: Platform,
  handle: Handle,
  sighting: Sighting,
});
export type ProspectInput = z.infer<typeof ProspectInput>;
