import type {
  CommentReading,
  Missing,
  PostReading,
  ProfileInfo,
  ReadStatus,
} from '../../model/reading';
import { unknownCount } from '../../model/reading';
import { readContact } from '../contact';
import { cleanText } from '../text';
import { dedupeComments, toComment } from './comments';
import type { ReadContext } from './context';
import { Observations, resolveCount } from './counts';
import { readHeaderCounts, readHeaderInfo } from './dom-profile';
import type { IgUser } from './json-shapes';
import { addMedia, finishPost, mediaAuthor, newPost, type PostParts } from './media';
import { leadingCounts, nameAndHandle, quoted } from './meta';

export interface ProfileResult {
  status: ReadStatus;
  statusReason?: string;
  profile: ProfileInfo | null;
  posts: PostReading[];
  comments: CommentReading[];
  missing: Missing[];
}

/** A page read for nothing: its status and why. */
export const nothingRead = (status: ReadStatus, statusReason: string): ProfileResult => ({
  status,
  statusReason,
  profile: null,
  posts: [],
  comments: [],
  missing: [],
});

export const NOT_FOUND = "Instagram says this page isn't available";

/**
 * Why a profile or post page gave nothing (a login form, an empty app shell, no data); null when
 * something was read on it.
 */
export function emptyPage(
  ctx: ReadContext,
  anything: boolean,
  page: 'post' | 'profile',
  noData: string,
): ProfileResult | null {
  if (anything) return null;
  if (ctx.states?.loginForm)
    return nothingRead('login-wall', `Instagram shows a login form instead of the ${page}`);
  return nothingRead(
    'unreadable',
    ctx.states?.emptyShell
      ? 'empty app shell: the page was saved or read before Instagram rendered it'
      : noData,
  );
}

interface Details {
  displayName: string | null;
  bio: string | null;
  externalUrl: string | null;
  verified: boolean | null;
  private: boolean | null;
  category: string | null;
  buttonEmails: string[];
  profileLinks: string[];
}

function addUser(
  user: IgUser,
  path: string,
  source: 'embedded-json' | 'network',
  c: Counts,
  d: Details,
) {
  const at = path || 'user';
  if (user.edge_followed_by?.count !== undefined)
    c.followers.add(user.edge_followed_by.count, true, source, `${at}.edge_followed_by.count`);
  else c.followers.add(user.follower_count, true, source, `${at}.follower_count`);
  if (user.edge_follow?.count !== undefined)
    c.following.add(user.edge_follow.count, true, source, `${at}.edge_follow.count`);
  else c.following.add(user.following_count, true, source, `${at}.following_count`);
  if (user.edge_owner_to_timeline_media?.count !== undefined)
    c.posts.add(
      user.edge_owner_to_timeline_media.count,
      true,
      source,
      `${at}.edge_owner_to_timeline_media.count`,
    );
  else c.posts.add(user.media_count, true, source, `${at}.media_count`);
  d.displayName ??= user.full_name || null;
  d.bio ??= user.biography || null;
  d.externalUrl ??= user.external_url || null;
  for (const email of [user.business_email, user.public_email])
    if (email) d.buttonEmails.push(email);
  for (const link of user.bio_links ?? []) if (link.url) d.profileLinks.push(link.url);
  d.category ??= user.category_name || user.business_category_name || user.category || null;
  d.verified ??= user.is_verified ?? null;
  d.private ??= user.is_private ?? null;
}

interface Counts {
  followers: Observations;
  following: Observations;
  posts: Observations;
}

/** Meta tags are not updated on in-app navigation: read them only when they name this handle. */
function metaIsFor(ctx: ReadContext, handle: string): boolean {
  const m = ctx.meta;
  if (!m) return false;
  if (nameAndHandle(m.ogTitle)?.handle === handle) return true;
  if (m.description?.toLowerCase().includes(`(@${handle})`)) return true;
  try {
    return m.ogUrl ? new URL(m.ogUrl).pathname.toLowerCase() === `/${handle}/` : false;
  } catch {
    return false;
  }
}

function readMeta(ctx: ReadContext, handle: string, c: Counts, d: Details): void {
  const m = ctx.meta!;
  for (const [text, where] of [
    [m.description, 'meta description'],
    [m.ogDescription, 'og:description'],
  ] as const) {
    const counts = text ? leadingCounts(text, ctx.lang) : null;
    if (counts?.length !== 3) continue;
    const [followers, following, posts] = counts as [
      (typeof counts)[0],
      (typeof counts)[0],
      (typeof counts)[0],
    ];
    c.followers.add(followers.value, followers.exact, 'meta', `${where}: "${followers.text}"`);
    c.following.add(following.value, following.exact, 'meta', `${where}: "${following.text}"`);
    c.posts.add(posts.value, posts.exact, 'meta', `${where}: "${posts.text}"`);
    break;
  }
  d.displayName ??= nameAndHandle(m.ogTitle)?.name ?? nameAndHandle(m.twitterTitle)?.name ?? null;
  const at = m.description?.toLowerCase().indexOf(`(@${handle})`) ?? -1;
  if (at >= 0) d.bio ??= quoted(m.description!, at);
}

export function readProfile(ctx: ReadContext): ProfileResult {
  const handle = ctx.info.handle!;
  const c: Counts = {
    followers: new Observations(),
    following: new Observations(),
    posts: new Observations(),
  };
  const d: Details = {
    displayName: null,
    bio: null,
    externalUrl: null,
    verified: null,
    private: null,
    category: null,
    buttonEmails: [],
    profileLinks: [],
  };
  const posts = new Map<string, PostParts>();
  const comments: CommentReading[] = [];

  for (const { source, findings } of ctx.json) {
    for (const user of findings.users)
      if (user.value.username.toLowerCase() === handle)
        addUser(user.value, user.path, source as 'network', c, d);
    for (const media of findings.media) {
      const code = media.value.code ?? media.value.shortcode;
      if (!code || mediaAuthor(media.value, ctx.names) !== handle) continue;
      for (const ref of [media.value.owner, media.value.user]) {
        if (ref?.username?.toLowerCase() !== handle) continue;
        d.displayName ??= ref.full_name || null;
        d.verified ??= ref.is_verified ?? null;
      }
      if (!posts.has(code)) posts.set(code, newPost(code));
      addMedia(posts.get(code)!, media, source, ctx.names);
    }
  }
  for (const { source, findings } of ctx.json) {
    for (const comment of findings.comments) {
      if (comment.mediaCode && posts.has(comment.mediaCode))
        comments.push(toComment(comment, source, comment.mediaCode, handle, ctx.names));
    }
  }
  if (ctx.doc) {
    const container = readHeaderCounts(ctx.doc, handle, ctx.lang, c);
    const header = readHeaderInfo(ctx.doc, handle, container);
    d.displayName ??= header.displayName;
    d.bio ??= header.bio;
    d.externalUrl ??= header.externalUrl;
    d.verified ??= header.verified;
  }
  if (metaIsFor(ctx, handle)) readMeta(ctx, handle, c, d);

  const states = ctx.states;
  const anything = c.followers.size + c.following.size + c.posts.size + posts.size > 0;
  if (states?.notFound) return nothingRead('not-found', NOT_FOUND);
  if ((d.private === true || states?.privateNotice) && posts.size === 0)
    return nothingRead('private', 'private account: its posts are not visible');
  const empty = emptyPage(ctx, anything, 'profile', 'no profile data found on this page');
  if (empty) return empty;

  const profile: ProfileInfo = {
    handle,
    displayName: d.displayName ? cleanText(d.displayName) : null,
    bio: d.bio ? cleanText(d.bio) : null,
    externalUrl: d.externalUrl,
    verified: d.verified,
    private: d.private,
    category: d.category,
    followers: resolveCount(c.followers, 'the page does not state the follower count'),
    following: resolveCount(c.following, 'the page does not state the following count'),
    posts: resolveCount(c.posts, 'the page does not state the post count'),
    likes: unknownCount('Instagram has no total like count'),
    contact: readContact({
      bio: d.bio,
      profileLink: d.externalUrl,
      profileLinks: d.profileLinks,
      buttonEmails: d.buttonEmails,
    }),
  };
  const missing: Missing[] = (['followers', 'following', 'posts'] as const).flatMap((field) =>
    profile[field].value === null ? [{ field, reason: profile[field].reason ?? 'not stated' }] : [],
  );
  if (posts.size === 0)
    missing.push({
      field: 'recentPosts',
      reason: 'no recent posts in the page data yet (scroll the grid to load them)',
    });
  return {
    status: 'ok',
    profile,
    posts: [...posts.values()].map(finishPost),
    comments: dedupeComments(comments),
    missing,
  };
}
