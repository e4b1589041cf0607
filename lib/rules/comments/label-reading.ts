import type { CommentReading, PostReading } from '../../model/reading';
import type { LabelledComment, SpamSummary } from '../../model/verdict';
import { classifyComments } from './classify';

/** Labels every comment read (the creator's replies too, marked so that they are not counted). */
export function labelComments(
  comments: readonly CommentReading[],
  creatorHandle: string | null,
  posts: readonly Pick<PostReading, 'id' | 'takenAt'>[] = [],
): LabelledComment[] {
  const creator = creatorHandle?.replace(/^@/, '').toLowerCase() ?? null;
  const postedAt = new Map(posts.map((p) => [p.id, p.takenAt]));
  const labels = classifyComments(
    comments.map((c) => ({
      text: c.text,
      postId: c.postId,
      author: c.author,
      createdAt: c.createdAt,
      postedAt: c.postId ? (postedAt.get(c.postId) ?? null) : null,
    })),
    { creatorHandle: creator },
  );
  return comments.map((c, i) => ({
    id: c.id,
    postId: c.postId,
    author: c.author,
    text: c.text,
    label: labels[i]!.label,
    reasons: labels[i]!.reasons,
    isCreatorReply:
      c.isCreatorReply ||
      (creator !== null && c.author?.replace(/^@/, '').toLowerCase() === creator),
  }));
}

/** Spam ratio = spam ÷ audience comments (the creator's replies left out), and whether it is enough. */
export function summarizeSpam(labelled: readonly LabelledComment[], minimum: number): SpamSummary {
  const audience = labelled.filter((c) => !c.isCreatorReply);
  const spam = audience.filter((c) => c.label === 'spam').length;
  const generic = audience.filter((c) => c.label === 'generic').length;
  const genuine = audience.length - spam - generic;
  const n = audience.length;
  const enough = n >= minimum;
  const ratio = n > 0 ? spam / n : null;
  let message: string;
  if (n === 0) message = 'no audience comments read';
  else {
    message = `${spam} of ${n} audience comment${n === 1 ? '' : 's'} look like spam`;
    if (!enough) message += ` (only ${n}: at least ${minimum} are needed to judge)`;
  }
  return {
    ratio,
    genericRatio: n > 0 ? generic / n : null,
    spam,
    generic,
    genuine,
    audienceComments: n,
    creatorReplies: labelled.length - n,
    minimum,
    enough,
    message,
  };
}
