import { textObs } from './counts';
import type { Target } from './detail';
import { descendants, E2EIndex, handleFromHref, textOf } from './dom-index';
import { emptyPostFacts, type Findings, type ProfileFacts } from './facts';
import { E2E, e2e, LINKS } from './selectors';
import { hashtagsOf, mentionsOf, sameHandle } from './tags';
import { classifyTikTokUrl } from './url';

/**
 * Rung 3 on a profile: the header hooks and the video grid. The DOM is what the user sees now, but
 * a header naming another handle (a half-finished in-app navigation) is stale and dropped.
 */
export function readProfileDom(
  index: E2EIndex,
  target: Target,
  lang: string | undefined,
  out: Findings,
): void {
  const title = index.first(E2E.profile.title);
  const shownHandle = title ? textOf(title.el).replace(/^@/, '') : null;
  if (shownHandle && !sameHandle(shownHandle, target.handle)) {
    out.discarded.push(`the page header shows @${shownHandle}`);
    return;
  }
  const count = (names: readonly string[]) => {
    const hit = index.first(names);
    const obs = hit ? textObs(textOf(hit.el), lang, 'dom', hit.selector) : null;
    return obs ? [obs] : [];
  };
  const facts: ProfileFacts = {
    source: 'dom',
    detail: 'data-e2e hooks',
    handle: target.handle,
    followers: count(E2E.profile.followers),
    following: count(E2E.profile.following),
    posts: [],
    likes: count(E2E.profile.likes),
    notes: {},
  };
  const subtitle = index.first(E2E.profile.subtitle);
  if (subtitle) facts.displayName = textOf(subtitle.el) || null;
  const bio = index.first(E2E.profile.bio);
  if (bio) facts.bio = (bio.el.textContent ?? '').trim() || null;
  const link = index.first(E2E.profile.link);
  if (link) facts.externalUrl = textOf(link.el) || link.el.getAttribute('href') || null;
  const hasHeader = title || facts.followers.length || facts.following.length || facts.likes.length;
  if (hasHeader) out.profiles.push(facts);

  readGrid(index, target, lang, facts.displayName ?? null, out);
}

function readGrid(
  index: E2EIndex,
  target: Target,
  lang: string | undefined,
  displayName: string | null,
  out: Findings,
): void {
  index.all(E2E.grid.item).forEach((item, i) => {
    const parts = gridItemParts(item);
    const href = parts.link?.getAttribute('href') ?? '';
    const url = classifyTikTokUrl(href.startsWith('/') ? `https://www.tiktok.com${href}` : href);
    if (!url.videoId) return;
    const author = url.handle ?? handleFromHref(href);
    // The Reposts and Liked tabs fill the same grid with other creators' videos.
    if (!sameHandle(author, target.handle)) {
      out.discarded.push(`grid item ${i} is by @${author ?? 'unknown'}`);
      return;
    }
    const post = emptyPostFacts(url.videoId, 'dom', author);
    const obs = parts.views
      ? textObs(textOf(parts.views), lang, 'dom', e2e(E2E.grid.views[0]))
      : null;
    if (obs) post.views = [obs];
    if (parts.pinned) post.pinned = true;
    post.isVideo = url.kind !== 'photo';
    const caption = captionFromAlt(parts.alt, displayName);
    if (caption !== null) {
      post.caption = caption;
      post.hashtags = hashtagsOf(caption);
      post.mentions = mentionsOf(caption);
    }
    out.posts.push(post);
  });
}

/**
 * The parts of one grid item (LINKS.gridVideo, E2E.grid.views, E2E.grid.pinnedBadge, the cover's
 * alt text) in one walk of its subtree: a selector query per part per item costs more than the
 * rest of the profile read.
 */
function gridItemParts(item: Element): {
  link: Element | null;
  views: Element | null;
  pinned: boolean;
  alt: string | null;
} {
  const parts = {
    link: null as Element | null,
    views: null as Element | null,
    pinned: false,
    alt: null as string | null,
  };
  for (const el of descendants(item)) {
    const tag = el.localName;
    if (tag === 'a' && !parts.link && LINKS.gridVideoHref.test(el.getAttribute('href') ?? ''))
      parts.link = el;
    else if (tag === 'img' && parts.alt === null) parts.alt = el.getAttribute('alt');
    const hook = el.getAttribute('data-e2e');
    if (!hook) continue;
    if (!parts.views && (E2E.grid.views as readonly string[]).includes(hook)) parts.views = el;
    else if ((E2E.grid.pinnedBadge as readonly string[]).includes(hook)) parts.pinned = true;
  }
  return parts;
}

/**
 * The cover image's alt text is "<caption> created by <nickname> with <sound>"
 * (profile-rendered-2025-12.html). Only that exact English form is cut; anything else is not
 * trusted as a caption.
 */
export function captionFromAlt(
  alt: string | null | undefined,
  displayName: string | null,
): string | null {
  if (!alt || !displayName) return null;
  const marker = ` created by ${displayName} with `;
  const at = alt.lastIndexOf(marker);
  return at >= 0 ? alt.slice(0, at).trim() : null;
}
