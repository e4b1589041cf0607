import type { PostFormat, PostReading, Source } from '../../model/reading';
import { unknownCount } from '../../model/reading';
import { extractHashtags, extractMentions } from '../text';
import { Observations, resolveCount } from './counts';
import type { IgMedia } from './json-shapes';
import type { Found } from './json-walk';
import { FORMAT_KEYS } from './selectors';

/** One post as several sources state it, merged field by field. */
export interface PostParts {
  id: string;
  url: string | null;
  author: string | null;
  takenAt: string | null;
  /** The creation time held in the media id, for when no item states taken_at. */
  idTime: string | null;
  caption: string | null;
  likes: Observations;
  comments: Observations;
  views: Observations;
  likesHidden: boolean;
  isVideo: boolean | null;
  format: PostFormat | null;
  pinned: boolean;
  paidPartnership: boolean | null;
  sources: Source[];
  ownerId: string | null;
}

export function newPost(id: string): PostParts {
  return {
    id,
    url: null,
    author: null,
    takenAt: null,
    idTime: null,
    caption: null,
    likes: new Observations(),
    comments: new Observations(),
    views: new Observations(),
    likesHidden: false,
    isVideo: null,
    format: null,
    pinned: false,
    paidPartnership: null,
    sources: [],
    ownerId: null,
  };
}

/** Milliseconds since 1970 of Instagram's id epoch (2011-08-24T21:07:01.721Z). */
const ID_EPOCH_MS = 1_314_220_021_721;

/**
 * When a media was created, from its id: the time in ms since Instagram's epoch sits above the
 * 23 low bits. Within minutes of `taken_at` on every capture here (profile-grid-graphql-2024-03.json,
 * reel-logged-in-2024-03.html). Null for anything that is not such an id.
 */
export function timeFromMediaId(id: string | undefined): string | null {
  const digits = id?.split('_')[0];
  if (!digits || !/^\d{16,20}$/.test(digits)) return null;
  const ms = Number(BigInt(digits) >> 23n) + ID_EPOCH_MS;
  return ms > Date.UTC(2012, 0, 1) && ms < Date.UTC(2100, 0, 1) ? new Date(ms).toISOString() : null;
}

/** The username of a post's author, also when the item carries only the user id. */
export function mediaAuthor(media: IgMedia, names: Map<string, string>): string | null {
  const named = media.user?.username ?? media.owner?.username;
  if (named) return named.toLowerCase();
  const id = media.user?.pk ?? media.user?.id ?? media.owner?.id ?? media.owner?.pk;
  return id ? (names.get(id) ?? null) : null;
}

/** The format the media object states (selectors.ts FORMAT_KEYS), or null when it does not. */
export function mediaFormat(m: IgMedia): PostFormat | null {
  const k = FORMAT_KEYS;
  const typename = m.__typename?.startsWith(k.typenamePrefix)
    ? m.__typename.slice(k.typenamePrefix.length)
    : m.__typename;
  if (
    m.media_type === k.mediaType.carousel ||
    m.product_type === k.carouselProduct ||
    typename === k.typename.carousel ||
    (m.carousel_media?.length ?? 0) > 0 ||
    (m.carousel_media_count ?? 0) > 0 ||
    (m.edge_sidecar_to_children?.edges.length ?? 0) > 0
  )
    return 'carousel';
  if (
    m.media_type === k.mediaType.video ||
    (k.videoProducts as readonly string[]).includes(m.product_type ?? '') ||
    typename === k.typename.video ||
    m.is_video === true
  )
    return 'video';
  if (m.media_type === k.mediaType.image || typename === k.typename.image) return 'image';
  return null;
}

function firstOf(fields: [string, number | undefined][]): { value: number; field: string } | null {
  for (const [field, value] of fields) if (value !== undefined) return { value, field };
  return null;
}

export function addMedia(
  post: PostParts,
  found: Found<IgMedia>,
  source: Source,
  names: Map<string, string>,
): void {
  const m = found.value;
  const at = found.path || 'media';
  post.sources.push(source);
  post.author ??= mediaAuthor(m, names);
  post.ownerId ??= m.user?.pk ?? m.user?.id ?? m.owner?.id ?? m.owner?.pk ?? null;
  const seconds = m.taken_at ?? m.taken_at_timestamp;
  if (seconds !== undefined && post.takenAt === null)
    post.takenAt = new Date(seconds * 1000).toISOString();
  // The Reels tab response has no taken_at (public scrapers, 2026): the media id holds the time.
  post.idTime ??= timeFromMediaId(m.pk ?? m.id);
  post.caption ??= m.caption?.text ?? m.edge_media_to_caption?.edges[0]?.node?.text ?? null;
  const video =
    m.is_video ??
    (m.product_type === 'clips' || m.product_type === 'igtv' || m.media_type === 2
      ? true
      : m.media_type === 1 || m.media_type === 8
        ? false
        : null);
  post.isVideo ??= video;
  post.format ??= mediaFormat(m);
  post.url ??= `https://www.instagram.com/${m.product_type === 'clips' ? 'reel' : 'p'}/${post.id}/`;
  if (m.timeline_pinned_user_ids?.some((id) => id !== undefined && id === post.ownerId))
    post.pinned = true;
  if (m.pinned_for_users?.length) post.pinned = true;
  const sponsored =
    m.is_paid_partnership === true ||
    Boolean(m.sponsor_tags?.length) ||
    Boolean(m.edge_media_to_sponsor_user?.edges.length);
  if (sponsored) post.paidPartnership = true;
  else if (m.is_paid_partnership === false) post.paidPartnership ??= false;

  const comments = firstOf([
    ['comment_count', m.comment_count],
    ['edge_media_to_parent_comment.count', m.edge_media_to_parent_comment?.count],
    ['edge_media_to_comment.count', m.edge_media_to_comment?.count],
    ['edge_media_preview_comment.count', m.edge_media_preview_comment?.count],
  ]);
  if (comments) post.comments.add(comments.value, true, source, `${at}.${comments.field}`);
  if (m.like_and_view_counts_disabled === true) {
    post.likesHidden = true;
    return;
  }
  const likes = firstOf([
    ['like_count', m.like_count],
    ['edge_media_preview_like.count', m.edge_media_preview_like?.count],
    ['edge_liked_by.count', m.edge_liked_by?.count],
  ]);
  if (likes) post.likes.add(likes.value, true, source, `${at}.${likes.field}`);
  // video_view_count is 0 on 2025 reels that have 323K plays (post-graphql-2025-06-reel.json).
  const views = firstOf([
    ['play_count', m.play_count],
    ['ig_play_count', m.ig_play_count],
    ['video_play_count', m.video_play_count],
    ['view_count', m.view_count],
    ['video_view_count', m.video_view_count || undefined],
  ]);
  if (views) post.views.add(views.value, true, source, `${at}.${views.field}`);
}

export function finishPost(post: PostParts): PostReading {
  const caption = post.caption;
  return {
    id: post.id,
    url: post.url,
    author: post.author,
    takenAt: post.takenAt ?? post.idTime,
    caption,
    hashtags: caption ? extractHashtags(caption) : [],
    mentions: caption ? extractMentions(caption) : [],
    likes: resolveCount(
      post.likes,
      post.likesHidden ? 'likes hidden by the creator' : 'the page does not state the like count',
    ),
    comments: resolveCount(post.comments, 'the page does not state the comment count'),
    views: resolveCount(
      post.views,
      post.isVideo === false ? 'not a video' : 'the page does not state the view count',
    ),
    shares: unknownCount('Instagram does not show share counts'),
    saves: unknownCount('Instagram does not show save counts'),
    likesHidden: post.likesHidden,
    isVideo: post.isVideo,
    format: post.format,
    pinned: post.pinned,
    paidPartnership: post.paidPartnership,
    source: post.sources[0] ?? 'dom',
  };
}
