import type { CommentReading, Source } from '../../model/reading';
import { rawNumber } from './counts';
import { parseEach, RawComment } from './schemas';
import { isoFromSeconds, sameHandle } from './tags';

/**
 * Comments from TikTok's comment shape (`/api/comment/list/`, `/api/comment/list/reply/`):
 * cid, text, create_time, digg_count, user.unique_id; the first replies ride in reply_comment.
 */
export function commentsFrom(
  comments: RawComment[],
  creator: string | null,
  postId: string | null,
  source: Source,
  asReplies = false,
): CommentReading[] {
  const out: CommentReading[] = [];
  for (const comment of comments) {
    if (comment.text === undefined) continue;
    const author =
      (comment.user?.unique_id ?? comment.user?.uniqueId ?? null)?.toLowerCase() ?? null;
    const likes = rawNumber(comment.digg_count);
    out.push({
      id: comment.cid ?? null,
      postId: comment.aweme_id ?? postId,
      author,
      text: comment.text,
      likes: typeof likes === 'number' ? likes : null,
      createdAt: isoFromSeconds(comment.create_time),
      isCreatorReply: sameHandle(author, creator),
      isReply: asReplies || (!!comment.reply_id && comment.reply_id !== '0'),
      source,
    });
    const replies = parseEach(RawComment, comment.reply_comment ?? []);
    if (replies.length) out.push(...commentsFrom(replies, creator, postId, source, true));
  }
  return out;
}

/**
 * A comment-list response body. Only comments on `postIds` (the page's video, or the creator's
 * posts on a profile) are kept: a list for another video is stale. `urlPostId` is the request's
 * aweme_id, for comments that do not name their video.
 */
export function readCommentList(
  body: Record<string, unknown>,
  creator: string | null,
  urlPostId: string | null,
  postIds: ReadonlySet<string>,
  source: Source,
  asReplies: boolean,
): { comments: CommentReading[]; discarded: number } {
  const all = commentsFrom(
    parseEach(RawComment, body.comments),
    creator,
    urlPostId,
    source,
    asReplies,
  );
  const comments = all.filter((c) => c.postId !== null && postIds.has(c.postId));
  return { comments, discarded: all.length - comments.length };
}
