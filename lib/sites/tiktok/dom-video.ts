import { textObs } from './counts';
import type { Target } from './detail';
import { E2EIndex, firstIn, handleFromHref, textOf } from './dom-index';
import { emptyPostFacts, type Findings, type PostCountName } from './facts';
import { E2E, PLAYER_ID_PREFIX } from './selectors';
import { hashtagsOf, mentionsOf, sameHandle } from './tags';

/**
 * The part of the page that shows this video. The 2025 layout is a feed of articles (the page's
 * video first, recommendations after: video-rendered-2025-12.html), so the article holding this
 * video's player is chosen; the older browse layout has one set of hooks for the whole page.
 */
function videoScope(
  index: E2EIndex,
  doc: Document,
  videoId: string | null,
): Element | Document | null {
  const articles = index.all(E2E.video.article);
  if (!articles.length) return doc;
  if (!videoId) return null;
  for (const article of articles) {
    if (article.querySelector(`[id^="${PLAYER_ID_PREFIX}"][id$="-${videoId}"]`)) return article;
  }
  return null;
}

const COUNT_HOOKS: [PostCountName, readonly string[]][] = [
  ['likes', E2E.video.likes],
  ['comments', E2E.video.comments],
  ['shares', E2E.video.shares],
  ['saves', E2E.video.saves],
];

/** Rung 3 on a video page: the action bar counts, the caption, the author link, the sponsored label. */
export function readVideoDom(
  index: E2EIndex,
  doc: Document,
  target: Target,
  lang: string | undefined,
  out: Findings,
): void {
  if (!target.videoId) return;
  const scope = videoScope(index, doc, target.videoId);
  if (!scope) {
    if (index.has(E2E.video.article))
      out.discarded.push(`no article on the page plays video ${target.videoId}`);
    return;
  }
  const find = (names: readonly string[]) =>
    scope === doc ? index.first(names) : firstIn(scope as Element, names);

  const authorLink = find(E2E.video.authorLink);
  const author = handleFromHref(authorLink?.el.getAttribute('href'));
  if (author && target.handle && !sameHandle(author, target.handle)) {
    out.discarded.push(`the video on the page is by @${author}`);
    return;
  }
  const post = emptyPostFacts(target.videoId, 'dom', author ?? target.handle);
  let found = false;
  for (const [name, hooks] of COUNT_HOOKS) {
    const hit = find(hooks);
    const obs = hit ? textObs(textOf(hit.el), lang, 'dom', hit.selector) : null;
    if (obs) {
      post[name] = [obs];
      found = true;
    }
  }
  const desc = find(E2E.video.desc);
  if (desc) {
    const caption = textOf(desc.el);
    post.caption = caption;
    post.hashtags = hashtagsOf(caption);
    post.mentions = mentionsOf(caption);
    found = true;
  }
  if (!found) return;
  // Where the action bar is rendered, a missing label is the page saying "not sponsored".
  post.paidPartnership = find(E2E.video.sponsored) !== null;
  out.posts.push(post);
}
