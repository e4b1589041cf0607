import type { PageReading } from '../model/reading';

/**
 * What of a visit's reading and verdict is kept on the creator record: enough to show the evidence
 * of the last visit and to recompute the verdict, bounded so that a record stays a few kilobytes
 * (the rules read at most 30 posts; comments are samples, not archives).
 */
export const KEEP_POSTS = 30;
export const KEEP_COMMENTS = 50;
export const MAX_CAPTION = 500;
export const MAX_COMMENT = 300;
export const MAX_BIO = 500;

/** The verdict's headline and evidence; per-post rates, labelled comments and growth intervals are derivable. */
export const KEPT_VERDICT_FIELDS = [
  'platform',
  'page',
  'handle',
  'status',
  'verdict',
  'scores',
  'reasons',
  'flags',
  'spam',
  'fit',
  'at',
] as const;

export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const cutOrNull = (text: string | null, max: number): string | null =>
  text === null ? null : cut(text, max);

export function compactReading(reading: PageReading): PageReading {
  return {
    ...reading,
    profile: reading.profile && {
      ...reading.profile,
      bio: cutOrNull(reading.profile.bio, MAX_BIO),
    },
    posts: reading.posts
      .slice(0, KEEP_POSTS)
      .map((post) => ({ ...post, caption: cutOrNull(post.caption, MAX_CAPTION) })),
    comments: reading.comments
      .slice(0, KEEP_COMMENTS)
      .map((comment) => ({ ...comment, text: cut(comment.text, MAX_COMMENT) })),
  };
}

export function compactVerdict(
  verdict: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (verdict === null) return null;
  const kept: Record<string, unknown> = {};
  for (const field of KEPT_VERDICT_FIELDS) if (field in verdict) kept[field] = verdict[field];
  return kept;
}
