import { z } from 'zod';
import { Contact } from './contact';

/** What a site reader returns: plain data, with where each number came from. */

export const Platform = z.enum(['instagram', 'tiktok']);
export type Platform = z.infer<typeof Platform>;

/** `post` covers Instagram posts, reels and IGTV; `video` covers TikTok videos and photo posts. */
export const PageKind = z.enum(['profile', 'post', 'video', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const ReadStatus = z.enum(['ok', 'login-wall', 'private', 'not-found', 'unreadable']);
export type ReadStatus = z.infer<typeof ReadStatus>;

/** The ladder of design.md, most structured first. */
export const Source = z.enum(['embedded-json', 'network', 'dom', 'meta']);
export type Source = z.infer<typeof Source>;

export const CountObservation = z.object({
  value: z.number().nonnegative(),
  exact: z.boolean(),
  source: Source,
  /** Where exactly: a JSON path, a selector, "meta description", with the raw text when useful. */
  detail: z.string(),
});
export type CountObservation = z.infer<typeof CountObservation>;

/**
 * One number as the page states it. `value` is null when it could not be read, with `reason`.
 * `exact` is false for rounded display forms ("12.3K") and for rounded embedded values.
 * `conflicts` keeps the other sources' values when they disagree with the chosen one.
 */
export const Count = z.object({
  value: z.number().nonnegative().nullable(),
  exact: z.boolean(),
  source: Source.nullable(),
  detail: z.string().optional(),
  reason: z.string().optional(),
  conflicts: z.array(CountObservation).optional(),
});
export type Count = z.infer<typeof Count>;

export const ProfileInfo = z.object({
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  bio: z.string().nullable(),
  externalUrl: z.string().nullable(),
  verified: z.boolean().nullable(),
  private: z.boolean().nullable(),
  category: z.string().nullable(),
  followers: Count,
  following: Count,
  posts: Count,
  /** TikTok's total hearts; null on Instagram. */
  likes: Count,
  /** E-mails and links the profile shows (absent in readings stored before version 6). */
  contact: Contact.optional(),
});
export type ProfileInfo = z.infer<typeof ProfileInfo>;

/**
 * A post's format as the page's data states it: `video` (Instagram reels and videos, TikTok videos),
 * `carousel` (several images or clips: Instagram sidecars, TikTok photo posts of several images),
 * `image` (one picture). Null when the page does not say: never guessed.
 */
export const PostFormat = z.enum(['video', 'carousel', 'image']);
export type PostFormat = z.infer<typeof PostFormat>;

export const PostReading = z.object({
  /** Instagram shortcode (/p/<id>/) or TikTok video id. */
  id: z.string(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO 8601. */
  takenAt: z.string().nullable(),
  caption: z.string().nullable(),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  likes: Count,
  comments: Count,
  views: Count,
  shares: Count,
  saves: Count,
  likesHidden: z.boolean(),
  isVideo: z.boolean().nullable(),
  /** Null when the page's data does not say (lib/sites/<platform>/ reads it); readings stored
   * before formats were read have none. */
  format: PostFormat.nullable().default(null),
  pinned: z.boolean(),
  /** Paid-partnership label or TikTok ad label; null when the page does not say. */
  paidPartnership: z.boolean().nullable(),
  source: Source,
});
export type PostReading = z.infer<typeof PostReading>;

export const CommentReading = z.object({
  id: z.string().nullable(),
  postId: z.string().nullable(),
  author: z.string().nullable(),
  text: z.string(),
  likes: z.number().nonnegative().nullable(),
  createdAt: z.string().nullable(),
  /** Written by the creator whose page this is: not audience engagement. */
  isCreatorReply: z.boolean(),
  isReply: z.boolean(),
  source: Source,
});
export type CommentReading = z.infer<typeof CommentReading>;

/** "couldn't read X": a field the page did not give, and why. */
export const Missing = z.object({ field: z.string(), reason: z.string() });
export type Missing = z.infer<typeof Missing>;

export const PageReading = z.object({
  platform: Platform,
  page: PageKind,
  url: z.string(),
  handle: z.string().nullable(),
  status: ReadStatus,
  statusReason: z.string().optional(),
  /** The creator's profile numbers; on post pages what the page states about the author. */
  profile: ProfileInfo.nullable(),
  /** Recent posts on a profile; the post itself (first) on a post or video page. */
  posts: z.array(PostReading),
  comments: z.array(CommentReading),
  missing: z.array(Missing),
  /** ISO 8601 time of the reading. */
  readAt: z.string(),
});
export type PageReading = z.infer<typeof PageReading>;

/**
 * A JSON response the page itself received while the user browsed, handed over by the
 * main-world observer. Untrusted: readers parse `body` with zod and ignore shapes they do not know.
 */
export const ObservedResponse = z.object({
  url: z.string(),
  /** Instagram's `X-Root-Field-Name` response header, when present. */
  rootField: z.string().nullable().optional(),
  body: z.unknown(),
  receivedAt: z.string().optional(),
});
export type ObservedResponse = z.infer<typeof ObservedResponse>;

export const unknownCount = (reason: string): Count => ({
  value: null,
  exact: false,
  source: null,
  reason,
});
