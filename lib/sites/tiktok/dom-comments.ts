import type { CommentReading } from '../../model/reading';
import { textObs } from './counts';
import { handleFromHref, textOf, type E2EIndex } from './dom-index';
import { E2E, e2e } from './selectors';
import { sameHandle } from './tags';

const MAX_CLIMB = 6;

/**
 * The largest ancestor of a comment's text that holds no other comment text: the comment's own
 * item, with its author and like count, but not the thread around it (whose replies have theirs).
 */
function commentItem(text: Element, textSelector: string): Element {
  let item = text;
  let node = text.parentElement;
  for (let i = 0; node && i < MAX_CLIMB; i++, node = node.parentElement) {
    if (node.querySelectorAll(textSelector).length > 1) break;
    item = node;
  }
  return item;
}

/**
 * Rung 3 for comments: the comments rendered under a video (comment-level-1 / -2 with
 * comment-username-1 / -2 and comment-like-count; no ids, no dates in the markup).
 */
export function readCommentsDom(
  index: E2EIndex,
  doc: Document,
  creator: string | null,
  videoId: string | null,
  lang: string | undefined,
): CommentReading[] {
  if (!index.has(E2E.comments.text)) return [];
  const out: CommentReading[] = [];
  // One query for both levels keeps replies after their parent, in page order.
  const selector = E2E.comments.text.map(e2e).join(', ');
  for (const textEl of doc.querySelectorAll(selector)) {
    const level = textEl.getAttribute('data-e2e') === E2E.comments.text[1] ? 2 : 1;
    const text = textOf(textEl);
    if (!text) continue;
    const item = commentItem(textEl, selector);
    const username = item.querySelector(e2e(E2E.comments.username[level - 1]!));
    const link = username?.querySelector('a[href]') ?? username?.closest('a[href]');
    const author = handleFromHref(link?.getAttribute('href')) ?? null;
    const likesEl = item.querySelector(e2e(E2E.comments.likes[0]));
    const likes = likesEl ? textObs(textOf(likesEl), lang, 'dom', 'comment-like-count') : null;
    out.push({
      id: null,
      postId: videoId,
      author,
      text,
      likes: likes?.value ?? null,
      createdAt: null,
      isCreatorReply: sameHandle(author, creator),
      isReply: level === 2,
      source: 'dom',
    });
  }
  return out;
}
