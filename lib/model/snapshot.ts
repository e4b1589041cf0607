import { z } from 'zod';
import { Platform } from './reading';

/** What one visit to a creator's page recorded: the history behind growth rules and charts. */
export const Snapshot = z.object({
  /** ISO 8601 time of the visit. */
  at: z.string(),
  followers: z.number().nonnegative().nullable(),
  following: z.number().nonnegative().nullable(),
  posts: z.number().nonnegative().nullable(),
  /** TikTok total likes; null on Instagram. */
  likes: z.number().nonnegative().nullable(),
  engagementRate: z.number().nonnegative().nullable(),
  engagementBasis: z.enum(['followers', 'views', 'single-post']).nullable(),
  spamRatio: z.number().min(0).max(1).nullable(),
  /** How many recent posts the page showed at that visit (a viral post explains a spike). */
  postsSeen: z.number().int().nonnegative().optional(),
  /** The highest views (or likes) of any post seen at that visit, for spike explanations. */
  topPostViews: z.number().nonnegative().nullable().optional(),
  /** Followers read from the list the page loaded at that visit (null: the list was not opened). */
  audienceSample: z.number().int().nonnegative().nullable().optional(),
  /** The share of them that looked fake or inactive (lib/rules/audience). */
  audienceFakeShare: z.number().min(0).max(1).nullable().optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const CreatorKey = z.object({ platform: Platform, handle: z.string().min(1) });
export type CreatorKey = z.infer<typeof CreatorKey>;
