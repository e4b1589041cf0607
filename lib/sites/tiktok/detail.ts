import type { Source } from '../../model/reading';
import type { Findings } from './facts';
import { itemAuthor, itemFacts, userFacts } from './item';
import { asRecord, parseEach, RawComment, RawItem, RawStats, RawUser } from './schemas';
import { STATUS_CODES } from './selectors';
import { commentsFrom } from './comments';
import { sameHandle } from './tags';

/** The page being read: data for any other handle or video is stale and dropped. */
export interface Target {
  page: 'profile' | 'video';
  handle: string | null;
  videoId: string | null;
}

const statusOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

const includes = (list: readonly number[], code: number | null) =>
  code !== null && list.includes(code);

/** What a detail response's statusCode says of an account or a video that cannot be read. */
const DETAIL_STATUS = {
  user: {
    notFound: [STATUS_CODES.userNotFound, 'no such account'],
    private: [STATUS_CODES.userPrivate, 'private account'],
  },
  video: {
    notFound: [STATUS_CODES.videoNotFound, 'video unavailable'],
    private: [STATUS_CODES.videoPrivate, 'private video'],
  },
} as const;

/** A detail response as a record, its statusCode noted first when it says "not found" or "private". */
function detailRecord(
  raw: unknown,
  kind: keyof typeof DETAIL_STATUS,
  path: string,
  out: Findings,
): Record<string, unknown> | null {
  const detail = asRecord(raw);
  if (!detail) return null;
  const code = statusOf(detail.statusCode ?? detail.status_code);
  const { notFound, private: hidden } = DETAIL_STATUS[kind];
  if (includes(notFound[0], code)) {
    out.statuses.push({
      status: 'not-found',
      reason: `${path}.statusCode ${code}: ${notFound[1]}`,
    });
  } else if (includes(hidden[0], code)) {
    out.statuses.push({ status: 'private', reason: `${path}.statusCode ${code}: ${hidden[1]}` });
  }
  return detail;
}

/** `webapp.user-detail` and the `/api/user/detail/` response: { userInfo: { user, stats, statsV2 }, statusCode }. */
export function readUserDetail(
  raw: unknown,
  target: Target,
  source: Source,
  path: string,
  out: Findings,
): void {
  const detail = detailRecord(raw, 'user', path, out);
  if (!detail) return;
  const info = asRecord(detail.userInfo);
  if (!info) return;
  const user = RawUser.safeParse(info.user);
  if (!user.success || !user.data.uniqueId) return;
  if (target.handle && !sameHandle(user.data.uniqueId, target.handle)) {
    out.discarded.push(`${path} is for @${user.data.uniqueId}`);
    return;
  }
  const stats = RawStats.safeParse(info.stats);
  const statsV2 = RawStats.safeParse(info.statsV2);
  const profile = userFacts(
    user.data,
    target.handle,
    {
      exact: statsV2.success ? statsV2.data : undefined,
      rough: stats.success ? stats.data : undefined,
      exactPath: `${path}.userInfo.statsV2`,
      roughPath: `${path}.userInfo.stats`,
      source,
    },
    `${path}.userInfo`,
  );
  out.profiles.push(profile);
  if (profile.private) {
    out.statuses.push({ status: 'private', reason: `${path}.userInfo.user.privateAccount` });
  }
  readItems(info.itemList, target, source, `${path}.userInfo.itemList`, out);
}

/** `webapp.video-detail` and the `/api/item/detail/` response: { itemInfo: { itemStruct }, statusCode }. */
export function readVideoDetail(
  raw: unknown,
  target: Target,
  source: Source,
  path: string,
  out: Findings,
): void {
  const detail = detailRecord(raw, 'video', path, out);
  if (!detail) return;
  const struct = asRecord(detail.itemInfo)?.itemStruct;
  if (struct === undefined) return;
  const parsed = RawItem.safeParse(struct);
  if (!parsed.success) return;
  readVideoItem(parsed.data, target, source, `${path}.itemInfo.itemStruct`, out);
}

/** The page's own video with its author's profile numbers (`authorStats`). */
export function readVideoItem(
  item: RawItem,
  target: Target,
  source: Source,
  path: string,
  out: Findings,
): void {
  const author = itemAuthor(item);
  if (target.page !== 'video' || !item.id) return;
  if (target.videoId && item.id !== target.videoId) {
    out.discarded.push(`${path} is video ${item.id}`);
    return;
  }
  if (target.handle && author && !sameHandle(author, target.handle)) {
    out.discarded.push(`${path} is by @${author}`);
    return;
  }
  const post = itemFacts(item, source, path);
  if (!post) return;
  out.posts.push(post);
  const user = typeof item.author === 'object' ? item.author : undefined;
  if (user || item.authorStats || item.authorStatsV2) {
    out.profiles.push(
      userFacts(
        user,
        author ?? target.handle,
        {
          exact: item.authorStatsV2,
          rough: item.authorStats,
          exactPath: `${path}.authorStatsV2`,
          roughPath: `${path}.authorStats`,
          source,
        },
        `${path}.author`,
      ),
    );
  }
  const comments = parseEach(RawComment, item.comments);
  out.comments.push(...commentsFrom(comments, author ?? target.handle, item.id, source));
}

/** A list of items (item_list, user-detail itemList): only this creator's posts are kept. */
export function readItems(
  list: unknown,
  target: Target,
  source: Source,
  path: string,
  out: Findings,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((raw, i) => {
    const parsed = RawItem.safeParse(raw);
    if (!parsed.success || !parsed.data.id) return;
    const item = parsed.data;
    const author = itemAuthor(item);
    if (target.page === 'video') {
      if (item.id === target.videoId) readVideoItem(item, target, source, `${path}[${i}]`, out);
      return;
    }
    // An item whose author cannot be checked could belong to the previous page.
    if (!author || !sameHandle(author, target.handle)) {
      out.discarded.push(`${path}[${i}] is by ${author ? `@${author}` : 'an unnamed author'}`);
      return;
    }
    const post = itemFacts(item, source, `${path}[${i}]`);
    if (post) out.posts.push(post);
  });
}
