import type { CommentReading, Missing, ProfileInfo } from '../../model/reading';
import { unknownCount } from '../../model/reading';
import { cleanText } from '../text';
import { dedupeComments, toComment } from './comments';
import type { ReadContext } from './context';
import { Observations, resolveCount } from './counts';
import { readRenderedComments } from './dom-comments';
import { isEmbedUrl, readEmbed } from './dom-embed';
import { readPostLikes, readPostTime } from './dom-post';
import { addMedia, finishPost, mediaAuthor, newPost, type PostParts } from './media';
import { authorAfterDash, englishDate, leadingCounts, nameAndHandle, quoted } from './meta';
import { emptyPage, NOT_FOUND, nothingRead, type ProfileResult } from './read-profile';

/**
 * A post, reel or IGTV page: the post itself (from embedded JSON, responses, DOM, meta), its
 * comments, and the author's numbers as the page states them. Only data about this shortcode is
 * used for the post, and only data about its author for the profile. The author's other posts
 * that the page data may carry (the "more posts" grid) are not listed: on a post page `posts` is
 * the post itself (design.md CLI contract).
 */

function metaIsFor(ctx: ReadContext, postId: string): boolean {
  const url = ctx.meta?.ogUrl;
  if (!url) return false;
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    return parts.includes(postId);
  } catch {
    return false;
  }
}

function readMeta(ctx: ReadContext, post: PostParts): void {
  const m = ctx.meta!;
  const description = m.description ?? m.ogDescription;
  if (description) {
    const counts = leadingCounts(description, ctx.lang);
    // Two counts: likes, comments. One count alone is ambiguous (likes hidden?): not used.
    if (counts?.length === 2) {
      const [likes, comments] = counts as [(typeof counts)[0], (typeof counts)[0]];
      post.likes.add(likes.value, likes.exact, 'meta', `meta description: "${likes.text}"`);
      post.comments.add(
        comments.value,
        comments.exact,
        'meta',
        `meta description: "${comments.text}"`,
      );
      post.author ??= authorAfterDash(description);
      post.takenAt ??= englishDate(description, ctx.lang);
    }
  }
  post.author ??= nameAndHandle(m.twitterTitle)?.handle ?? null;
  if (!post.caption) {
    const fromTitle = m.ogTitle ? quoted(m.ogTitle) : null;
    const fromDescription = description ? quoted(description) : null;
    post.caption = fromTitle ?? fromDescription;
  }
  if (!post.sources.includes('meta')) post.sources.push('meta');
}

export function readPost(ctx: ReadContext): ProfileResult {
  const postId = ctx.info.postId!;
  const post = newPost(postId);
  for (const { source, findings } of ctx.json) {
    for (const media of findings.media) {
      if ((media.value.code ?? media.value.shortcode) === postId)
        addMedia(post, media, source, ctx.names);
    }
  }
  const inJson = post.sources.length > 0;
  if (ctx.doc) {
    readPostLikes(ctx.doc, postId, ctx.lang, post.likes);
    post.takenAt ??= readPostTime(ctx.doc, postId);
    if (post.likes.size && !post.sources.includes('dom')) post.sources.push('dom');
    if (isEmbedUrl(ctx.url)) readEmbed(ctx.doc, ctx.lang, post);
  }
  if (metaIsFor(ctx, postId)) readMeta(ctx, post);
  post.author ??= ctx.info.handle;
  const author = post.author;
  const kind = ctx.info.kind;
  post.url ??= `https://www.instagram.com/${kind === 'post' ? 'p' : kind}/${postId}/`;
  if (kind === 'reel' || kind === 'tv') {
    post.isVideo ??= true;
    // Only reels and videos are served at /reel/ and /tv/; /p/ serves every format.
    post.format ??= 'video';
  }

  const comments: CommentReading[] = [];
  for (const { source, findings } of ctx.json) {
    // A comment list without its post (data-sjs connection) belongs to this page's post only if
    // the same payloads carry this post: stale blocks of a previous page are left out.
    const sameSource = findings.media.some((m) => (m.value.code ?? m.value.shortcode) === postId);
    for (const comment of findings.comments) {
      if (
        comment.mediaCode === postId ||
        (comment.mediaCode === null && (sameSource || source === 'network'))
      )
        comments.push(toComment(comment, source, postId, author, ctx.names));
    }
  }
  if (ctx.doc) comments.push(...readRenderedComments(ctx.doc, postId, author, ctx.lang));

  const anything = post.sources.length > 0 || comments.length > 0;
  if (ctx.states?.notFound) return nothingRead('not-found', NOT_FOUND);
  const empty = emptyPage(ctx, anything, 'post', 'no data about this post found on this page');
  if (empty) return empty;

  const reading = finishPost(post);
  const profile = author ? authorProfile(ctx, author) : null;
  const missing: Missing[] = [];
  for (const field of ['likes', 'comments'] as const) {
    if (reading[field].value === null)
      missing.push({ field, reason: reading[field].reason ?? 'not stated' });
  }
  if (!inJson && !ctx.doc) missing.push({ field: 'post', reason: 'no page data about this post' });
  return {
    status: 'ok',
    profile,
    posts: [reading],
    comments: dedupeComments(comments),
    missing,
  };
}

/** What the page states about the author: counts from JSON only (a post page has no header). */
function authorProfile(ctx: ReadContext, author: string): ProfileInfo {
  const followers = new Observations();
  const following = new Observations();
  const posts = new Observations();
  let displayName: string | null = null;
  let verified: boolean | null = null;
  let isPrivate: boolean | null = null;
  let bio: string | null = null;
  for (const { source, findings } of ctx.json) {
    for (const { value: u, path } of findings.users) {
      if (u.username.toLowerCase() !== author) continue;
      const at = path || 'user';
      followers.add(
        u.edge_followed_by?.count ?? u.follower_count,
        true,
        source,
        `${at}.edge_followed_by.count`,
      );
      following.add(
        u.edge_follow?.count ?? u.following_count,
        true,
        source,
        `${at}.edge_follow.count`,
      );
      posts.add(
        u.edge_owner_to_timeline_media?.count ?? u.media_count,
        true,
        source,
        `${at}.edge_owner_to_timeline_media.count`,
      );
      displayName ??= u.full_name || null;
      verified ??= u.is_verified ?? null;
      isPrivate ??= u.is_private ?? null;
      bio ??= u.biography || null;
    }
    for (const media of findings.media) {
      if (mediaAuthor(media.value, ctx.names) !== author) continue;
      for (const ref of [media.value.owner, media.value.user]) {
        if (ref?.username?.toLowerCase() !== author) continue;
        displayName ??= ref.full_name || null;
        verified ??= ref.is_verified ?? null;
        isPrivate ??= ref.is_private ?? null;
      }
    }
  }
  displayName ??= nameAndHandle(ctx.meta?.twitterTitle ?? null)?.name ?? null;
  return {
    handle: author,
    displayName: displayName ? cleanText(displayName) : null,
    bio,
    externalUrl: null,
    verified,
    private: isPrivate,
    category: null,
    followers: resolveCount(followers, 'a post page does not always state the author’s followers'),
    following: resolveCount(following, 'a post page does not state the author’s following count'),
    posts: resolveCount(posts, 'a post page does not always state the author’s post count'),
    likes: unknownCount('Instagram has no total like count'),
  };
}
