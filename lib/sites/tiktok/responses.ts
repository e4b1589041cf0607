import { ObservedResponse } from '../../model/reading';
import { readCommentList } from './comments';
import { readItems, readUserDetail, readVideoDetail, type Target } from './detail';
import { readUniversal } from './embedded';
import type { Findings } from './facts';
import { queryParam, tiktokResponseKind, type TikTokResponseKind } from './observed';
import { asRecord } from './schemas';

/** A body's kind by its shape, for saved JSON handed to the CLI with the page URL instead of the API URL. */
function kindByShape(body: Record<string, unknown>): TikTokResponseKind | 'universal' | null {
  if ('__DEFAULT_SCOPE__' in body) return 'universal';
  if (Array.isArray(body.itemList)) return 'item-list';
  if (Array.isArray(body.comments)) return 'comment-list';
  if (asRecord(body.userInfo)) return 'user-detail';
  if (asRecord(body.itemInfo)) return 'item-detail';
  return null;
}

/**
 * Rung 2 of the ladder: JSON the page itself received. Untrusted: each body is checked against
 * the shapes of schemas.ts; what is for another creator or video is dropped. Comment lists are read
 * after the posts so that a profile keeps only the comments on its own posts.
 */
export function readResponses(
  responses: unknown,
  target: Target,
  out: Findings,
  knownPostIds: () => Set<string>,
): void {
  if (!Array.isArray(responses)) return;
  const commentBodies: {
    body: Record<string, unknown>;
    url: string;
    replies: boolean;
    i: number;
  }[] = [];
  responses.forEach((raw, i) => {
    const parsed = ObservedResponse.safeParse(raw);
    if (!parsed.success) return;
    const body = asRecord(parsed.data.body);
    if (!body) return;
    const url = parsed.data.url;
    const kind = tiktokResponseKind(url) ?? kindByShape(body);
    const path = `responses[${i}]`;
    switch (kind) {
      case 'universal':
        readUniversal(body, target, out);
        break;
      case 'item-list':
        readItems(body.itemList, target, 'network', `${path}.itemList`, out);
        break;
      case 'user-detail':
        readUserDetail(body, target, 'network', path, out);
        break;
      case 'item-detail':
        readVideoDetail(body, target, 'network', path, out);
        break;
      case 'comment-list':
      case 'comment-replies':
        commentBodies.push({ body, url, replies: kind === 'comment-replies', i });
        break;
      default:
        break;
    }
  });
  if (!commentBodies.length) return;
  const postIds = knownPostIds();
  for (const { body, url, replies, i } of commentBodies) {
    const urlPostId = queryParam(url, 'aweme_id') ?? queryParam(url, 'item_id');
    const { comments, discarded } = readCommentList(
      body,
      target.handle,
      urlPostId,
      postIds,
      'network',
      replies,
    );
    out.comments.push(...comments);
    if (discarded) out.discarded.push(`responses[${i}]: ${discarded} comments on another video`);
  }
}
