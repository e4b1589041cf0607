import type { DiscoveryReading } from '../../model/discovery';
import type { ObservedResponse, Source } from '../../model/reading';
import { CollectedPosts, discoveryReading } from '../discovery-reading';
import { asObject, firstCount, parseJsonText, walkObjects, type Json } from '../discovery-walk';
import { classifyTikTokDiscoveryUrl } from './url';

/**
 * Where the videos of TikTok's tag, search and explore pages are, as public scrapers read them:
 * - `/api/challenge/item_list/?challengeID=` and `/api/explore/item_list/`: `itemList[]`
 *   (challenge-item-list-synthetic.json), the same item shape as `/api/post/item_list/`
 * - `/api/search/general/full/` and `/api/search/item/full/`: `data[].item` (type 1) and `item_list[]`
 * - `__UNIVERSAL_DATA_FOR_REHYDRATION__`: `webapp.challenge-detail.challengeInfo` (`challenge.title`,
 *   `stats.videoCount` / `statsV2.videoCount`); older `SIGI_STATE.ItemModule[id]` with `author` as a string
 * Items are found by shape, anywhere: a numeric `id` next to an `author` and `stats`/`statsV2`/`desc`.
 */
const VIDEO_ID = /^\d{6,25}$/;
const HANDLE = /^[\p{L}\p{N}_.]{1,64}$/u;
const LIKES = ['statsV2.diggCount', 'stats.diggCount'];
const COMMENTS = ['statsV2.commentCount', 'stats.commentCount'];
const VIEWS = ['statsV2.playCount', 'stats.playCount'];
const TAG_POSTS = ['statsV2.videoCount', 'stats.videoCount'];
/** Video links in the grid (`data-e2e="challenge-item"`, `search_top-item`): `/@<handle>/video/<id>`. */
const VIDEO_LINK = /\/@([\p{L}\p{N}_.]{1,64})\/(?:video|photo)\/(\d{6,25})/u;
const EMBEDDED = 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__, script#SIGI_STATE';

export interface TikTokDiscoveryInput {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
  now?: Date;
}

function authorOf(node: Json): string | null {
  const author = node.author;
  const name = typeof author === 'string' ? author : asObject(author)?.uniqueId;
  return typeof name === 'string' && HANDLE.test(name) ? name.toLowerCase() : null;
}

function readJson(root: unknown, source: Source, tag: string | null, out: CollectedPosts): void {
  walkObjects(root, (node) => {
    const id = typeof node.id === 'number' ? String(node.id) : node.id;
    if (
      typeof id === 'string' &&
      VIDEO_ID.test(id) &&
      ('stats' in node || 'statsV2' in node || 'desc' in node)
    ) {
      const author = authorOf(node);
      if (author)
        out.add({
          id,
          author,
          likes: firstCount(node, LIKES),
          comments: firstCount(node, COMMENTS),
          views: firstCount(node, VIEWS),
          source,
        });
    }
    if (tag && out.tagPosts === null) {
      const title = asObject(node.challenge)?.title;
      if (typeof title === 'string' && title.toLowerCase() === tag)
        out.tagPosts = firstCount(node, TAG_POSTS);
    }
  });
}

function readDom(doc: Document, out: CollectedPosts, tag: string | null): void {
  for (const script of Array.from(doc.querySelectorAll(EMBEDDED)))
    readJson(parseJsonText(script.textContent), 'embedded-json', tag, out);
  for (const a of Array.from(doc.querySelectorAll('a[href*="/@"]'))) {
    const match = VIDEO_LINK.exec(a.getAttribute('href') ?? '');
    if (match)
      out.add({
        id: match[2]!,
        author: match[1]!.toLowerCase(),
        likes: null,
        comments: null,
        views: null,
        source: 'dom',
      });
  }
}

/**
 * The authors of the videos on a TikTok tag, search or explore page, from the responses the page
 * received, its embedded JSON and the grid's video links. Never throws.
 */
export function readTikTokDiscovery(input: TikTokDiscoveryInput): DiscoveryReading | null {
  const url = typeof input?.url === 'string' ? input.url : '';
  const info = classifyTikTokDiscoveryUrl(url);
  if (!info) return null;
  const readAt = (input.now instanceof Date ? input.now : new Date()).toISOString();
  const base = { platform: 'tiktok' as const, page: info.page, tag: info.tag, url, readAt };
  const tag = info.page === 'hashtag' ? info.tag : null;
  return discoveryReading(
    base,
    input.responses,
    "couldn't read the videos' authors: scroll the page so TikTok loads them",
    (body, source, out) => readJson(body, source, tag, out),
    (out) => {
      if (input.document) readDom(input.document, out, tag);
    },
  );
}
