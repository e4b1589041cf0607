import { z } from 'zod';

/**
 * Tolerant shapes of TikTok's JSON (embedded data and observed responses): every field optional,
 * a malformed field becomes undefined instead of failing the whole object. Unknown fields are
 * ignored. Field names: see selectors.ts and design.md.
 */

const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A count as TikTok sends it: a number (`stats`) or a digit string (`statsV2`). */
export const RawCount = opt(z.union([z.number(), z.string()]));
const Id = opt(z.union([z.string(), z.number()]).transform(String));
const Str = opt(z.string());
const Bool = opt(z.boolean());

export const RawStats = z.object({
  followerCount: RawCount,
  followingCount: RawCount,
  heartCount: RawCount,
  heart: RawCount,
  videoCount: RawCount,
  diggCount: RawCount,
  playCount: RawCount,
  commentCount: RawCount,
  shareCount: RawCount,
  collectCount: RawCount,
});
export type RawStats = z.infer<typeof RawStats>;
const OptStats = opt(RawStats);

export const RawUser = z.object({
  id: Id,
  uniqueId: Str,
  nickname: Str,
  signature: Str,
  verified: Bool,
  privateAccount: Bool,
  secret: Bool,
  bioLink: opt(z.object({ link: Str })),
});
export type RawUser = z.infer<typeof RawUser>;

const TextExtraEntry = z.object({ hashtagName: Str, userUniqueId: Str });
const TextExtra = opt(z.array(z.unknown()).transform((list) => parseEach(TextExtraEntry, list)));
const Challenge = z.object({ title: Str });

export const RawItem = z.object({
  id: Id,
  desc: Str,
  createTime: RawCount,
  // An object on webapp.video-detail and item_list; the uniqueId string in SIGI_STATE's ItemModule.
  author: opt(z.union([RawUser, z.string()])),
  stats: OptStats,
  statsV2: OptStats,
  authorStats: OptStats,
  authorStatsV2: OptStats,
  isPinnedItem: Bool,
  isAd: Bool,
  textExtra: TextExtra,
  challenges: opt(
    z
      .array(z.unknown())
      .transform((list) => parseEach(Challenge, list).flatMap((c) => (c.title ? [c.title] : []))),
  ),
  // Photo posts (/@x/photo/<id>) carry imagePost instead of a playable video.
  imagePost: opt(z.unknown()),
  video: opt(z.object({ duration: RawCount })),
  // Empty on the real video pages (2025-12, 2026-07); comment objects when present.
  comments: opt(z.array(z.unknown())),
});
export type RawItem = z.infer<typeof RawItem>;

export const RawCommentUser = z.object({ unique_id: Str, uniqueId: Str, nickname: Str });

export const RawComment = z.object({
  cid: Id,
  aweme_id: Id,
  text: Str,
  create_time: RawCount,
  digg_count: RawCount,
  reply_comment_total: RawCount,
  reply_id: Id,
  user: opt(RawCommentUser),
  // The first replies ride along inside the comment (array or null).
  reply_comment: opt(z.array(z.unknown()).nullable()),
});
export type RawComment = z.infer<typeof RawComment>;

/** Parse a list element by element: a bad element is dropped, the rest kept. */
export function parseEach<T>(schema: z.ZodType<T>, list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  const out: T[] = [];
  for (const entry of list) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
