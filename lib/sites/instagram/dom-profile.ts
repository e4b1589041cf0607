import { cleanLine } from '../text';
import type { Observations } from './counts';
import { countInClause } from './count-text';
import { SELECTORS, VERIFIED_LABELS } from './selectors';

/**
 * The rendered profile header: counts from the links ending in /followers/ and /following/ (the
 * exact follower count is in a `title` attribute when the text is rounded), the posts count from
 * the sibling item without a link; name, bio, link and badge when the header shows them.
 * Only links to this handle's own lists are read, so a stale header of another profile is ignored.
 */

export interface HeaderCounts {
  followers: Observations;
  following: Observations;
  posts: Observations;
}

export interface HeaderInfo {
  displayName: string | null;
  bio: string | null;
  externalUrl: string | null;
  verified: boolean | null;
}

function pathOf(href: string | null): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://www.instagram.com').pathname.toLowerCase().replace(/\/?$/, '/');
  } catch {
    return '';
  }
}

function ownLink(doc: Document, selector: string, path: string): Element | null {
  for (const link of doc.querySelectorAll(selector)) {
    if (pathOf(link.getAttribute('href')) === path) return link;
  }
  return null;
}

function readLink(link: Element, into: Observations, lang: string | null, what: string): void {
  const titled = link.querySelector(SELECTORS.titled);
  into.addText(titled?.getAttribute('title'), lang, 'dom', `a[href$="/${what}/"] [title]`);
  const count = countInClause(cleanLine(link.textContent ?? ''), lang);
  if (count)
    into.add(count.value, count.exact, 'dom', `a[href$="/${what}/"] text: "${count.text}"`);
}

/** The smallest ancestor holding both links: the list of the three counts. */
function countsContainer(a: Element, b: Element | null): Element | null {
  if (!b) return a.closest('ul');
  for (let node = a.parentElement; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

export function readHeaderCounts(
  doc: Document,
  handle: string,
  lang: string | null,
  into: HeaderCounts,
): Element | null {
  const followers = ownLink(doc, SELECTORS.followersLink, `/${handle}/followers/`);
  const following = ownLink(doc, SELECTORS.followingLink, `/${handle}/following/`);
  if (followers) readLink(followers, into.followers, lang, 'followers');
  if (following) readLink(following, into.following, lang, 'following');
  const anchor = followers ?? following;
  const container = anchor
    ? countsContainer(anchor, followers && following ? following : null)
    : null;
  if (!container) return null;
  for (const item of container.children) {
    if (item.querySelector(SELECTORS.links) || item.matches(SELECTORS.links)) continue;
    const count = countInClause(cleanLine(item.textContent ?? ''), lang);
    if (count) {
      into.posts.add(
        count.value,
        count.exact,
        'dom',
        `header counts item without link: "${count.text}"`,
      );
      break;
    }
  }
  return container;
}

function externalTarget(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.hostname === 'l.instagram.com') return url.searchParams.get('u');
    return url.href;
  } catch {
    return null;
  }
}

export function readHeaderInfo(doc: Document, handle: string, counts: Element | null): HeaderInfo {
  const header = counts?.closest(SELECTORS.header) ?? null;
  const info: HeaderInfo = { displayName: null, bio: null, externalUrl: null, verified: null };
  if (!header) return info;
  for (const node of header.querySelectorAll(SELECTORS.headerTexts)) {
    if (counts?.contains(node) || node.closest('a, button, [role="button"]')) continue;
    const text = cleanLine(node.textContent ?? '');
    if (!text || text.toLowerCase() === handle) continue;
    if (node.tagName === 'H1') info.bio ??= text;
    else info.displayName ??= text;
  }
  const link = header.querySelector(SELECTORS.externalLink);
  if (link) info.externalUrl = externalTarget(link.getAttribute('href') ?? '');
  for (const badge of header.querySelectorAll(SELECTORS.verifiedBadge)) {
    const label = (
      badge.getAttribute('aria-label') ??
      badge.getAttribute('title') ??
      ''
    ).toLowerCase();
    if (VERIFIED_LABELS.some((l) => label === l)) info.verified = true;
  }
  return info;
}
