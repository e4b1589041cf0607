import { IgComment, IgMedia, IgUser } from './json-shapes';
import { JSON_KEYS, JSON_MARKER } from './selectors';

/**
 * Finds users, posts and comments anywhere in a JSON tree by their shape, not by their path:
 * Relay root fields and wrappers get renamed, the objects inside keep their field names.
 * Every candidate is validated with zod; anything else is ignored.
 */

export interface Found<T> {
  value: T;
  /** Readable JSON path from the payload's `data` (or root), e.g. `xdt_shortcode_media.owner`. */
  path: string;
}

export interface FoundComment extends Found<IgComment> {
  /** Shortcode of the post the comment hangs under, when the JSON nests it there. */
  mediaCode: string | null;
  reply: boolean;
}

export interface JsonFindings {
  users: Found<IgUser>[];
  media: Found<IgMedia>[];
  comments: FoundComment[];
  /** User id → username, from every object that has both (timeline items carry only the id). */
  names: Map<string, string>;
}

export const emptyFindings = (): JsonFindings => ({
  users: [],
  media: [],
  comments: [],
  names: new Map(),
});

const MAX_DEPTH = 80;
const MAX_NODES = 500_000;
const USER_FIELDS = [
  'edge_followed_by',
  'follower_count',
  'edge_follow',
  'following_count',
  'media_count',
  'biography',
];
const MEDIA_FIELDS = [
  'like_count',
  'comment_count',
  'edge_media_preview_like',
  'edge_liked_by',
  'edge_media_to_parent_comment',
  'edge_media_to_comment',
  'taken_at',
  'taken_at_timestamp',
  'play_count',
  'video_play_count',
];
const CAPTION_KEYS = new Set<string>(JSON_KEYS.captionContainers);
const REPLY_KEYS = new Set<string>(JSON_KEYS.replyContainers);
const CAROUSEL_KEYS = new Set<string>(JSON_KEYS.carouselChildren);

function hasAny(o: Record<string, unknown>, keys: string[]): boolean {
  for (const k of keys) if (o[k] !== undefined) return true;
  return false;
}

/** PolarisQueryPreloaderCache kept each response as a JSON string under `response`. */
function nestedJson(text: string): unknown {
  if (!text.startsWith('{') || !JSON_MARKER.test(text)) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readablePath(keys: (string | number)[]): string {
  let start = 0;
  for (let i = keys.length - 1; i >= 0; i--) {
    if (keys[i] === 'data' || keys[i] === 'graphql' || keys[i] === 'entry_data') {
      start = i + 1;
      break;
    }
  }
  return keys
    .slice(start)
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
    .join('');
}

export function collectJson(root: unknown, into: JsonFindings): void {
  const keys: (string | number)[] = [];
  let nodes = 0;
  let inCaption = 0;
  let inReplies = 0;
  let inCarousel = 0;
  const mediaStack: string[] = [];

  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || ++nodes > MAX_NODES)
      return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        visit(value[i], depth + 1);
        keys.pop();
      }
      return;
    }
    const o = value as Record<string, unknown>;
    let mediaCode: string | null = null;
    if (typeof o.username === 'string') {
      const userId = o.pk ?? o.id;
      if (typeof userId === 'string' || typeof userId === 'number')
        into.names.set(String(userId), o.username.toLowerCase());
    }
    if (typeof o.username === 'string' && hasAny(o, USER_FIELDS)) {
      const user = IgUser.safeParse(o);
      if (user.success) into.users.push({ value: user.data, path: readablePath(keys) });
    }
    if (
      (typeof o.code === 'string' || typeof o.shortcode === 'string') &&
      inCarousel === 0 &&
      hasAny(o, MEDIA_FIELDS)
    ) {
      const media = IgMedia.safeParse(o);
      if (media.success) {
        into.media.push({ value: media.data, path: readablePath(keys) });
        mediaCode = media.data.code ?? media.data.shortcode ?? null;
      }
    } else if (
      typeof o.text === 'string' &&
      inCaption === 0 &&
      (o.user !== undefined || o.owner !== undefined) &&
      hasAny(o, ['comment_like_count', 'edge_liked_by', 'created_at'])
    ) {
      const comment = IgComment.safeParse(o);
      if (comment.success) {
        into.comments.push({
          value: comment.data,
          path: readablePath(keys),
          mediaCode: mediaStack.at(-1) ?? null,
          reply: inReplies > 0 || Boolean(comment.data.parent_comment_id),
        });
      }
    }
    if (mediaCode) mediaStack.push(mediaCode);
    for (const key in o) {
      let child = o[key];
      if (key === 'response' && typeof child === 'string') child = nestedJson(child);
      if (child === null || typeof child !== 'object') continue;
      const caption = CAPTION_KEYS.has(key);
      const replies = REPLY_KEYS.has(key) || key.includes('child_comments');
      const slides = CAROUSEL_KEYS.has(key);
      if (caption) inCaption++;
      if (replies) inReplies++;
      if (slides) inCarousel++;
      keys.push(key);
      visit(child, depth + 1);
      keys.pop();
      if (caption) inCaption--;
      if (replies) inReplies--;
      if (slides) inCarousel--;
    }
    if (mediaCode) mediaStack.pop();
  };
  visit(root, 0);
}
