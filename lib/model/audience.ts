import { z } from 'zod';
import { Said } from './said';

/**
 * The audience sample: accounts read from a followers list (or a post's likes list) the page itself
 * loaded, the thresholds that judge them, and the aggregate kept per creator.
 */

/** One account as a list shows it. Every field the list does not give is null, never a guess. */
export const ListAccount = z.object({
  /** The platform's account id (Instagram pk, TikTok id), when given. */
  id: z.string().nullable(),
  handle: z.string().min(1),
  displayName: z.string().nullable(),
  /** TikTok's signature; Instagram's lists give no bio. */
  bio: z.string().nullable(),
  /** The platform's default ("anonymous") profile picture. */
  defaultPicture: z.boolean().nullable(),
  private: z.boolean().nullable(),
  verified: z.boolean().nullable(),
  posts: z.number().nonnegative().nullable(),
  followers: z.number().nonnegative().nullable(),
  following: z.number().nonnegative().nullable(),
});
export type ListAccount = z.infer<typeof ListAccount>;

export const ListKind = z.enum(['followers', 'following', 'likers']);
export type ListKind = z.infer<typeof ListKind>;

/** One page of a list, as a reader understood one response. */
export const AccountList = z.object({
  kind: ListKind,
  /** Whose list: the account id in the request URL or the response, when known. */
  ownerId: z.string().nullable(),
  /** The owner's handle when the response names it. */
  ownerHandle: z.string().nullable(),
  /** The post whose likers these are (Instagram media id), for likers lists. */
  mediaId: z.string().nullable(),
  accounts: z.array(ListAccount),
  /** Whether the platform said more pages follow; null when it did not say. */
  hasMore: z.boolean().nullable(),
  /** Where it was read from, e.g. "api/v1/friendships followers". */
  detail: z.string(),
});
export type AccountList = z.infer<typeof AccountList>;

/** Thresholds of the audience check; docs/methodology.md ("Audience sample") says where each comes from. */
export const AudienceThresholds = z.object({
  /** Signals an account needs together before it counts as likely fake or inactive. */
  minSignals: z.number().int().min(1).default(2),
  /** Following more than this many accounts is mass following whatever the followers (HypeAuditor). */
  massFollowing: z.number().nonnegative().default(1_500),
  /** "Following many, followed by few": at least followingMin followed and ratio × its followers. */
  followingMin: z.number().nonnegative().default(300),
  followingRatio: z.number().positive().default(10),
  /** A run of this many digits or more in a handle looks generated (years have four). */
  handleDigitRun: z.number().int().min(2).default(5),
  /** This many consonants in a row (y counts as a vowel) looks like a random letter string. */
  handleConsonantRun: z.number().int().min(3).default(6),
  /** Below this many distinct accounts the sample is "too few". */
  minSample: z.number().int().min(1).default(30),
  /** A fake-or-inactive share above this is a flag. */
  flagShare: z.number().min(0).max(1).default(0.3),
  /** Above this share (with at least minSample accounts) the verdict is skip. */
  skipShare: z.number().min(0).max(1).default(0.5),
});
export type AudienceThresholds = z.infer<typeof AudienceThresholds>;

/** The aggregate kept per creator and list kind: no follower is stored but the ten example handles. */
export const AudienceAggregate = z.object({
  kind: ListKind,
  sample: z.number().int().nonnegative(),
  suspicious: z.number().int().nonnegative(),
  suspiciousShare: z.number().min(0).max(1).nullable(),
  low: z.number().min(0).max(1).nullable(),
  high: z.number().min(0).max(1).nullable(),
  matching: z.number().int().nonnegative().nullable(),
  matchingShare: z.number().min(0).max(1).nullable(),
  /** At most ten handles, with the reasons shown for them. */
  examples: z
    .array(
      z.object({
        handle: z.string(),
        suspicious: z.boolean(),
        reasons: z.array(z.string()),
        /** The reasons as locale messages (absent in samples kept before they existed). */
        said: z.array(Said).optional(),
      }),
    )
    .max(10),
});
export type AudienceAggregate = z.infer<typeof AudienceAggregate>;
