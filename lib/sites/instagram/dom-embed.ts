import { cleanLine } from '../text';
import { countInClause } from './count-text';
import type { PostParts } from './media';
import { SELECTORS } from './selectors';

const EMBED_PATH = /\/embed(?:\/captioned)?\/?$/i;
const HANDLE = /^@?([a-z0-9._]{1,30})$/i;

/** /p/<code>/embed/ and /reel/<code>/embed/captioned/: the pages other sites frame. */
export function isEmbedUrl(url: string): boolean {
  try {
    return EMBED_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The counts an embed page renders as text: likes ("4,809 likes") and comments ("View all 19
 * comments"), and the author's handle. Rounded or exact as the text is written.
 */
export function readEmbed(doc: Document, lang: string | null, post: PostParts): void {
  let read = false;
  const first = (selector: string) => {
    for (const el of doc.querySelectorAll(selector)) {
      const text = cleanLine(el.textContent ?? '');
      if (text) return text;
    }
    return null;
  };
  const likes = first(SELECTORS.embedLikes);
  const likeCount = likes ? countInClause(likes, lang) : null;
  if (likeCount) {
    post.likes.add(likeCount.value, likeCount.exact, 'dom', `embed likes: "${likeCount.text}"`);
    read = true;
  }
  const comments = first(SELECTORS.embedComments);
  const commentCount = comments ? countInClause(comments, lang) : null;
  if (commentCount) {
    post.comments.add(
      commentCount.value,
      commentCount.exact,
      'dom',
      `embed comments link: "${commentCount.text}"`,
    );
    read = true;
  }
  const author = first(SELECTORS.embedAuthor)?.match(HANDLE)?.[1]?.toLowerCase();
  if (author) post.author ??= author;
  if (read && !post.sources.includes('dom')) post.sources.push('dom');
}
