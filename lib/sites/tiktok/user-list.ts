import { z } from 'zod';
import type { AccountList, ListAccount, ListKind } from '../../model/audience';
import { cleanLine, cleanText, stripInvisible } from '../text';
import { rawNumber } from './counts';
import { asRecord, parseEach, RawStats, RawUser } from './schemas';

/**
 * TikTok's followers and following lists as the page fetches them: `GET /api/user/list/` with
 * `userList[]` of { `user` {`id`, `uniqueId`, `nickname`, `signature`, `avatarThumb`,
 * `privateAccount`, `verified`}, `stats` {`followerCount`, `followingCount`, `heart`, `videoCount`},
 * `statsV2` (strings) }, `hasMore`, `minCursor` (design.md; field names as TikTok-Api's
 * TiktokUserFollowersAPIResponse types them; tests/fixtures/tiktok/user-list-synthetic.json).
 * The request's `scene` says which list: 67 followers, 21 following.
 *
 * The app's lists (`/aweme/v1/user/follower/list/` and `/following/list/`, as scrapers save them)
 * are read too, for the command line: `followers[]` or `followings[]` of {`uid`, `unique_id`,
 * `nickname`, `signature`, `avatar_thumb.url_list`, `secret` (1: private), `custom_verify`,
 * `follower_count`, `following_count`, `aweme_count`}, `has_more` (field names as public app
 * clients read them).
 */

const Entry = z.object({
  user: RawUser.extend({ avatarThumb: z.string().optional().catch(undefined) }),
  stats: RawStats.optional().catch(undefined),
  statsV2: RawStats.optional().catch(undefined),
});

/**
 * The picture every account gets until it uploads one: the object 1594805258216454 on the
 * musically-maliva CDN path (noted by account-farm tooling, 2025). Other musically-maliva objects are
 * real pictures uploaded before 2020.
 */
const DEFAULT_AVATAR = /\/1594805258216454(?:[~.?/]|$)/;

const SCENES: Record<string, ListKind> = { '67': 'followers', '21': 'following' };

function count(v2: unknown, v1: unknown): number | null {
  for (const raw of [v2, v1]) {
    const n = rawNumber(raw);
    if (typeof n === 'number') return n;
  }
  return null;
}

function toAccount(entry: z.infer<typeof Entry>): ListAccount | null {
  const u = entry.user;
  const handle = u.uniqueId ? stripInvisible(u.uniqueId).trim() : '';
  if (!/^[\w.]+$/.test(handle)) return null;
  const s = entry.stats ?? {};
  const v2 = entry.statsV2 ?? {};
  return {
    id: u.id ?? null,
    handle,
    displayName: u.nickname === undefined ? null : cleanLine(stripInvisible(u.nickname)),
    bio: u.signature === undefined ? null : cleanText(stripInvisible(u.signature)),
    defaultPicture: u.avatarThumb === undefined ? null : DEFAULT_AVATAR.test(u.avatarThumb),
    private: u.privateAccount ?? u.secret ?? null,
    verified: u.verified ?? null,
    posts: count(v2.videoCount, s.videoCount),
    followers: count(v2.followerCount, s.followerCount),
    following: count(v2.followingCount, s.followingCount),
  };
}

const flagOf = (v: unknown): boolean | undefined =>
  typeof v === 'boolean' ? v : v === 0 || v === 1 ? v === 1 : undefined;

/** An entry of the app's list in the web list's shape. */
function fromApp(raw: unknown): unknown {
  const u = asRecord(raw);
  if (!u) return null;
  const avatar = asRecord(u.avatar_thumb)?.url_list;
  const verify = [u.custom_verify, u.enterprise_verify_reason].filter((v) => typeof v === 'string');
  return {
    user: {
      id: u.uid,
      uniqueId: u.unique_id,
      nickname: u.nickname,
      signature: u.signature,
      privateAccount: flagOf(u.secret),
      verified: verify.length ? verify.some((v) => v !== '') : undefined,
      avatarThumb: Array.isArray(avatar) ? avatar[0] : undefined,
    },
    stats: {
      followerCount: u.follower_count,
      followingCount: u.following_count,
      videoCount: u.aweme_count,
    },
  };
}

/** One response as a list of accounts, or null when it is no user list this reader knows. */
export function readTikTokUserList(body: unknown, url: string): AccountList | null {
  const root = asRecord(body);
  if (!root) return null;
  if (!Array.isArray(root.userList)) return readAppList(root);
  const scene = /[?&]scene=(\d+)/.exec(url)?.[1];
  const kind = (scene && SCENES[scene]) || 'followers';
  const hasMore = typeof root.hasMore === 'boolean' ? root.hasMore : null;
  return listOf(kind, root.userList, hasMore, `api/user/list ${kind}`);
}

/** A page of a list from its raw entries (web shape), or null when none of them is an account. */
function listOf(
  kind: ListKind,
  entries: unknown[],
  hasMore: boolean | null,
  detail: string,
): AccountList | null {
  const accounts = parseEach(Entry, entries)
    .map(toAccount)
    .filter((a): a is ListAccount => a !== null);
  if (!accounts.length && entries.length) return null;
  return { kind, ownerId: null, ownerHandle: null, mediaId: null, accounts, hasMore, detail };
}

function readAppList(root: Record<string, unknown>): AccountList | null {
  const kind: ListKind | null = Array.isArray(root.followers)
    ? 'followers'
    : Array.isArray(root.followings)
      ? 'following'
      : null;
  if (!kind) return null;
  const entries = root[kind === 'followers' ? 'followers' : 'followings'] as unknown[];
  const hasMore = flagOf(root.has_more) ?? null;
  return listOf(kind, entries.map(fromApp), hasMore, `aweme/v1/user ${kind} list`);
}
