import type { CommentReading, Source } from '../../model/reading';
import type { FoundComment } from './json-walk';

/** A comment from JSON (data-sjs, GraphQL, v1 API) as the readers' plain data. */
export function toComment(
  found: FoundComment,
  source: Source,
  postId: string | null,
  creator: string | null,
  names: Map<string, string>,
): CommentReading {
  const c = found.value;
  const userId = c.user?.pk ?? c.user?.id ?? c.owner?.id ?? c.owner?.pk;
  const author =
    (
      c.user?.username ??
      c.owner?.username ??
      (userId ? names.get(userId) : undefined)
    )?.toLowerCase() ?? null;
  return {
    id: c.pk ?? c.id ?? null,
    postId,
    author,
    text: c.text,
    likes: c.comment_like_count ?? c.edge_liked_by?.count ?? null,
    createdAt: c.created_at === undefined ? null : new Date(c.created_at * 1000).toISOString(),
    isCreatorReply: creator !== null && author === creator,
    isReply: found.reply,
    source,
  };
}

/** Keeps the first reading of each comment id (JSON before DOM, embedded before network). */
export function dedupeComments(comments: CommentReading[]): CommentReading[] {
  const seen = new Set<string>();
  return comments.filter((c) => {
    if (c.id === null) return true;
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}
