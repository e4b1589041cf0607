import type { DiscoveryReading } from '../../model/discovery';
import type { ObservedResponse, Source } from '../../model/reading';
import { CollectedPosts, discoveryReading } from '../discovery-reading';
import { asObject, firstCount, parseJsonText, walkObjects, type Json } from '../discovery-walk';
import { classifyInstagramDiscoveryUrl } from './url';

/**
 * Where the posts of Instagram's hashtag, search and explore grids are, as public scrapers read them:
 * - `/api/v1/tags/web_info/?tag_name=` and `/api/v1/tags/<tag>/sections/`:
 *   `data.top.sections[].layout_content.medias[].media` / `…recent…` (tag-web-info-synthetic.json)
 * - search: `/api/v1/fbsearch/web/top_serp/` and the GraphQL root field
 *   `xdt_api__v1__fbsearch__top_serp_graphql` (`media_grid.sections[].layout_content.…`; clips under
 *   `one_by_two_item.clips.items[].media`), explore: `/api/v1/discover/web/explore_grid/`
 *   (sectional_items) — all hold media objects with `code` and `user.username`
 * - pre-2022 `graphql.hashtag.edge_hashtag_to_media.edges[].node` with `owner.username` when present
 * Media are found by shape, anywhere: a `code` (shortcode) next to `user`/`owner` with a username.
 */
const CODE = /^[A-Za-z0-9_-]{5,40}$/;
const HANDLE = /^[a-z0-9._]{1,30}$/i;
const LIKES = ['like_count', 'edge_liked_by.count', 'edge_media_preview_like.count'];
const COMMENTS = ['comment_count', 'edge_media_to_comment.count'];
const VIEWS = ['play_count', 'view_count', 'video_view_count', 'video_play_count'];
const TAG_POSTS = ['media_count', 'edge_hashtag_to_media.count'];
/** Grid links that name the author: `/<handle>/p/<code>/`, `/<handle>/reel/<code>/` (2025 grids). */
const AUTHOR_LINK = /^\/([a-z0-9._]{1,30})\/(?:p|reel)\/([A-Za-z0-9_-]{5,40})\/?/i;
const EMBEDDED = 'script[type="application/json"]';

export interface InstagramDiscoveryInput {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
  now?: Date;
}

function usernameOf(node: Json): string | null {
  for (const key of ['user', 'owner']) {
    const name = asObject(node[key])?.username;
    if (typeof name === 'string' && HANDLE.test(name)) return name.toLowerCase();
  }
  return null;
}

function readJson(root: unknown, source: Source, tag: string | null, out: CollectedPosts): void {
  walkObjects(root, (node) => {
    const code = node.code ?? node.shortcode;
    if (typeof code === 'string' && CODE.test(code)) {
      const author = usernameOf(node);
      if (author)
        out.add({
          id: code,
          author,
          likes: firstCount(node, LIKES),
          comments: firstCount(node, COMMENTS),
          views: firstCount(node, VIEWS),
          source,
        });
    }
    if (tag && out.tagPosts === null && typeof node.name === 'string') {
      if (node.name.toLowerCase() === tag) out.tagPosts = firstCount(node, TAG_POSTS);
    }
  });
}

function readDom(doc: Document, out: CollectedPosts): void {
  for (const script of Array.from(doc.querySelectorAll(EMBEDDED))) {
    const text = script.textContent ?? '';
    if (!/"code"|"shortcode"/.test(text)) continue;
    readJson(parseJsonText(text), 'embedded-json', null, out);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const match = AUTHOR_LINK.exec(a.getAttribute('href') ?? '');
    if (!match) continue;
    const author = match[1]!.toLowerCase();
    if (author === 'explore' || author === 'p' || author === 'reel') continue;
    out.add({ id: match[2]!, author, likes: null, comments: null, views: null, source: 'dom' });
  }
}

/**
 * The authors of the posts on an Instagram hashtag, search or explore page, from the responses
 * the page received, its embedded JSON and links that name the author. Never throws.
 */
export function readInstagramDiscovery(input: InstagramDiscoveryInput): DiscoveryReading | null {
  const url = typeof input?.url === 'string' ? input.url : '';
  const info = classifyInstagramDiscoveryUrl(url);
  if (!info) return null;
  const readAt = (input.now instanceof Date ? input.now : new Date()).toISOString();
  const base = { platform: 'instagram' as const, page: info.page, tag: info.tag, url, readAt };
  const tag = info.page === 'hashtag' ? info.tag : null;
  return discoveryReading(
    base,
    input.responses,
    "couldn't read the posts' authors: scroll the grid or open a post so Instagram loads them",
    (body, source, out) => readJson(body, source, tag, out),
    (out) => {
      if (input.document) readDom(input.document, out);
    },
  );
}
