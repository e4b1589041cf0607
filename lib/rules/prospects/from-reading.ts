import type { PageReading } from '../../model/reading';
import { labelComments } from '../comments/label-reading';
import type { PostComments } from './rank-commenters';

/** A post or video page's comments, labelled by the comment classifier, ready for the ranking. */
export function postCommentsOf(reading: PageReading): PostComments | null {
  if (reading.page !== 'post' && reading.page !== 'video') return null;
  const post = reading.posts[0];
  const postId = post?.id ?? reading.url;
  const own = reading.comments.filter((c) => !c.postId || !post || c.postId === post.id);
  const creator = (post?.author ?? reading.handle)?.replace(/^@/, '').toLowerCase() ?? null;
  const labelled = labelComments(own, creator, reading.posts);
  return {
    postId,
    creator,
    takenAt: post?.takenAt ?? null,
    comments: own.map((c, i) => ({
      author: c.author,
      text: c.text,
      label: labelled[i]!.label,
      likes: c.likes,
      isCreatorReply: labelled[i]!.isCreatorReply,
    })),
  };
}
