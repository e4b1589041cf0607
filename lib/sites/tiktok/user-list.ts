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

/** One response as a list of accounts, or null when it is no `userList` response. */
export function readTikTokUserList(body: unknown, url: string): AccountList | null {
  const root = asRecord(body);
  if (!root || !Array.isArray(root.userList)) return null;
  const accounts = parseEach(Entry, root.userList)
    .map(toAccount)
    .filter((a): a is ListAccount => a !== null);
  if (!accounts.length && root.userList.length) return null;
  const scene = /[?&]scene=(\d+)/.exec(url)?.[1];
  const kind = (scene && SCENES[scene]) || 'followers';
  return {
    kind,
    ownerId: null,
    ownerHandle: null,
    mediaId: null,
    accounts,
    hasMore: typeof root.hasMore === 'boolean' ? root.hasMore : null,
    detail: `api/user/list ${kind}`,
  };
}
