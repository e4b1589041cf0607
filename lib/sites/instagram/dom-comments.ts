import type { CommentReading } from '../../model/reading';
import { cleanLine } from '../text';
import { countInClause } from './count-text';
import { isoTime } from './dom-post';
import { SELECTORS } from './selectors';

/**
 * Comments rendered on a post page. Each comment has a permalink /p/<code>/c/<id>/ holding a
 * <time datetime> (2021 and 2026 markup alike); its block is the largest ancestor holding no
 * other comment permalink. In the block: the author is the first link to a profile whose text is
 * the handle, the text is the first span outside links, headings and buttons, the likes are the
 * count of a button ("79 J’aime", "2 likes"). Replies sit deeper in lists than top-level comments.
 * Image- or GIF-only comments have no text to judge and are left out.
 */

const PERMALINK = /\/(?:p|reel|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)\/?(?:\d+\/?)?$/;

interface Located {
  block: Element;
  link: Element;
  postId: string;
  commentId: string;
}

function permalinkOf(link: Element): { postId: string; commentId: string } | null {
  const href = link.getAttribute('href') ?? '';
  let path: string;
  try {
    path = new URL(href, 'https://www.instagram.com').pathname;
  } catch {
    return null;
  }
  const match = PERMALINK.exec(path);
  return match ? { postId: match[1]!, commentId: match[2]! } : null;
}

/** Never climb into the page around the comments (the post header has the author's link too). */
const STOP_AT = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE', 'SECTION']);

function ancestorsOf(node: Element): Element[] {
  const chain: Element[] = [];
  for (let n = node.parentElement; n; n = n.parentElement) chain.push(n);
  return chain;
}

/**
 * Each permalink's block, in one pass: count how many permalinks every ancestor holds, then climb
 * while the ancestor holds only this one and holds no heading or header (marked once from below).
 */
function blocksOf(root: ParentNode, links: Element[]): Map<Element, Element> {
  const chains = new Map(links.map((l) => [l, ancestorsOf(l)] as const));
  const holds = new Map<Element, number>();
  for (const chain of chains.values()) for (const a of chain) holds.set(a, (holds.get(a) ?? 0) + 1);
  const stops = new Set<Element>();
  for (const stop of root.querySelectorAll(SELECTORS.commentBlockStop)) {
    stops.add(stop);
    for (const a of ancestorsOf(stop)) stops.add(a);
  }
  const blocks = new Map<Element, Element>();
  for (const [link, chain] of chains) {
    let block: Element = link;
    for (const node of chain) {
      if (STOP_AT.has(node.tagName) || stops.has(node) || holds.get(node) !== 1) break;
      block = node;
    }
    blocks.set(link, block);
  }
  return blocks;
}

function handleOf(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  const match = /^\/([a-z0-9._]{1,30})\/?$/i.exec(href);
  if (!match) return null;
  const handle = match[1]!.toLowerCase();
  return cleanLine(link.textContent ?? '').toLowerCase() === handle ? handle : null;
}

function authorOf(block: Element): { handle: string; link: Element } | null {
  for (const link of block.querySelectorAll(SELECTORS.links)) {
    const handle = handleOf(link);
    if (handle) return { handle, link };
  }
  return null;
}

function textOf(block: Element, exclude: Element[]): string | null {
  for (const span of block.querySelectorAll(SELECTORS.commentText)) {
    if (exclude.some((e) => e.contains(span) || span.contains(e))) continue;
    if (span.closest(SELECTORS.notCommentText) || span.hasAttribute('title')) continue;
    const text = cleanLine(span.textContent ?? '');
    if (text) return text;
  }
  return null;
}

function likesOf(block: Element, lang: string | null): number | null {
  for (const button of block.querySelectorAll(SELECTORS.buttons)) {
    const count = countInClause(cleanLine(button.textContent ?? ''), lang);
    if (count) return count.value;
  }
  return null;
}

function listDepth(node: Element): number {
  let depth = 0;
  for (let n = node.parentElement; n; n = n.parentElement) if (n.tagName === 'UL') depth++;
  return depth;
}

export function readRenderedComments(
  root: ParentNode,
  postId: string,
  creator: string | null,
  lang: string | null,
): CommentReading[] {
  const links = [...root.querySelectorAll(SELECTORS.commentPermalink)].filter((l) =>
    l.querySelector(SELECTORS.commentTime),
  );
  const located: Located[] = [];
  const blocks = blocksOf(root, links);
  for (const link of links) {
    const target = permalinkOf(link);
    if (!target || target.postId !== postId) continue;
    located.push({ block: blocks.get(link)!, link, ...target });
  }
  if (!located.length) return [];
  const depths = located.map((l) => listDepth(l.block));
  const topDepth = Math.min(...depths);
  const comments: CommentReading[] = [];
  located.forEach((l, i) => {
    const author = authorOf(l.block);
    const text = textOf(l.block, [l.link, ...(author ? [author.link] : [])]);
    if (!text) return;
    comments.push({
      id: l.commentId,
      postId: l.postId,
      author: author?.handle ?? null,
      text,
      likes: likesOf(l.block, lang),
      createdAt: isoTime(l.link.querySelector(SELECTORS.commentTime)?.getAttribute('datetime')),
      isCreatorReply: creator !== null && author?.handle === creator,
      isReply: depths[i]! > topDepth,
      source: 'dom',
    });
  });
  return comments;
}
