import { z } from 'zod';

/**
 * zod shapes of the JSON objects Instagram serves (data-sjs Relay payloads, GraphQL and v1 API
 * responses, pre-2022 _sharedData). Every field is optional and falls back to undefined when it
 * has an unexpected type, so one renamed or odd field never discards the rest.
 * Field names: see selectors.ts JSON_KEYS and design.md.
 */

const count = z.number().int().nonnegative().optional().catch(undefined);
const text = z.string().optional().catch(undefined);
const flag = z.boolean().nullable().optional().catch(undefined);
/** Ids arrive as strings ("25519719") or numbers. */
const id = z.union([z.string(), z.number().int()]).transform(String).optional().catch(undefined);
const edgeCount = z.object({ count }).optional().catch(undefined);
/** Unix seconds, up to the year 5000: anything else is not a date. */
const seconds = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().nonnegative().max(95_617_584_000))
  .optional()
  .catch(undefined);

export const IgUser = z.object({
  username: z.string(),
  id,
  pk: id,
  full_name: z.string().nullable().optional().catch(undefined),
  biography: z.string().nullable().optional().catch(undefined),
  external_url: z.string().nullable().optional().catch(undefined),
  /** The contact button's address on business and creator accounts (web_profile_info). */
  business_email: z.string().nullable().optional().catch(undefined),
  public_email: z.string().nullable().optional().catch(undefined),
  bio_links: z
    .array(z.object({ url: z.string().optional().catch(undefined) }).catch({}))
    .nullable()
    .optional()
    .catch(undefined),
  category_name: z.string().nullable().optional().catch(undefined),
  business_category_name: z.string().nullable().optional().catch(undefined),
  category: z.string().nullable().optional().catch(undefined),
  is_verified: flag,
  is_private: flag,
  /** GraphQL / web_profile_info shape. */
  edge_followed_by: edgeCount,
  edge_follow: edgeCount,
  edge_owner_to_timeline_media: edgeCount,
  /** v1 API shape. */
  follower_count: count,
  following_count: count,
  media_count: count,
});
export type IgUser = z.infer<typeof IgUser>;

const userRef = z
  .object({
    username: z.string().optional().catch(undefined),
    id,
    pk: id,
    full_name: z.string().nullable().optional().catch(undefined),
    is_verified: flag,
    is_private: flag,
  })
  .nullable()
  .optional()
  .catch(undefined);

const captionV1 = z.object({ text }).nullable().optional().catch(undefined);
const captionEdges = z
  .object({
    edges: z.array(z.object({ node: z.object({ text }).optional().catch(undefined) })).catch([]),
  })
  .optional()
  .catch(undefined);
const edgesNonEmpty = z
  .object({ edges: z.array(z.unknown()).catch([]) })
  .optional()
  .catch(undefined);

/** A post in any of the shapes: v1 media (`code`, `like_count`) or GraphQL (`shortcode`, `edge_…`). */
export const IgMedia = z.object({
  code: text,
  shortcode: text,
  pk: id,
  id,
  taken_at: seconds,
  taken_at_timestamp: seconds,
  user: userRef,
  owner: userRef,
  caption: captionV1,
  edge_media_to_caption: captionEdges,
  like_count: count,
  edge_media_preview_like: edgeCount,
  edge_liked_by: edgeCount,
  comment_count: count,
  edge_media_to_parent_comment: edgeCount,
  edge_media_to_comment: edgeCount,
  edge_media_preview_comment: edgeCount,
  play_count: count,
  ig_play_count: count,
  video_play_count: count,
  view_count: count,
  video_view_count: count,
  like_and_view_counts_disabled: flag,
  is_video: flag,
  media_type: count,
  product_type: text,
  __typename: text,
  carousel_media_count: count,
  carousel_media: z.array(z.unknown()).nullable().optional().catch(undefined),
  edge_sidecar_to_children: edgesNonEmpty,
  is_paid_partnership: flag,
  sponsor_tags: z.array(z.unknown()).nullable().optional().catch(undefined),
  edge_media_to_sponsor_user: edgesNonEmpty,
  timeline_pinned_user_ids: z.array(id).nullable().optional().catch(undefined),
  pinned_for_users: z.array(z.unknown()).nullable().optional().catch(undefined),
});
export type IgMedia = z.infer<typeof IgMedia>;

export const IgComment = z.object({
  pk: id,
  id,
  text: z.string(),
  created_at: seconds,
  user: userRef,
  owner: userRef,
  comment_like_count: count,
  edge_liked_by: edgeCount,
  parent_comment_id: id.nullable(),
});
export type IgComment = z.infer<typeof IgComment>;
