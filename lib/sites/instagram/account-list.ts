import { z } from 'zod';
import type { AccountList, ListAccount, ListKind } from '../../model/audience';
import { cleanLine, stripInvisible } from '../text';

/**
 * Instagram's lists of accounts as the page fetches them when the marketer opens a followers,
 * following or likes list. Shapes:
 * - `GET /api/v1/friendships/<user id>/followers/` and `/following/` (web client 2023–2026, e.g.
 *   `?count=12&search_surface=follow_list_page`): `users[]` with `pk`, `username`, `full_name`,
 *   `is_private`, `is_verified`, `profile_pic_url`, `has_anonymous_profile_picture`,
 *   `latest_reel_media`; `next_max_id`, `big_list` (design.md; tests/fixtures/instagram/
 *   friendships-followers-synthetic.json).
 * - `GET /api/v1/media/<media id>/likers/`: `users[]` of the same shape, `user_count`.
 * - the older web GraphQL (2020–2021): `data.user.edge_followed_by` / `edge_follow` with
 *   `edges[].node` {`id`, `username`, `full_name`, `profile_pic_url`, `is_private`, `is_verified`},
 *   `page_info.has_next_page` (tests/fixtures/instagram/followers-graphql-2020-08.json), and a post's
 *   `edge_liked_by`.
 * - the web GraphQL (2024–2026, `POST /graphql/query`, e.g. usePolarisGetFollowListQuery,
 *   PolarisPostLikedByListDialogQuery) and the app's: under `data`,
 *   `xdt_api__v1__friendships__followers__connection` (or `__following__connection`) with
 *   `edges[].node` and `page_info`; `xdt_api__v1__friendships__followers` with `users[]` and
 *   `next_max_id`; a post's likers as `xdt_api__v1__likes__media_id__likers` {`users[]`} or
 *   `xdt_api__v1__media__shortcode__likers_connection` {`edges[]`} (root fields as public clients
 *   name them: instagrapi, and the scrapers quoted in tests/fixtures/SOURCES.md).
 * Lists give no counts of posts or followers: those signs stay unchecked on Instagram.
 */

const flag = z.boolean().nullable().optional().catch(undefined);
const id = z.union([z.string(), z.number().int()]).transform(String).optional().catch(undefined);
const IgListUser = z.object({
  username: z.string().min(1).max(64),
  pk: id,
  id,
  full_name: z.string().nullable().optional().catch(undefined),
  is_private: flag,
  is_verified: flag,
  profile_pic_url: z.string().nullable().optional().catch(undefined),
  has_anonymous_profile_picture: flag,
});

const LIST_URL =
  /\/api\/v1\/(?:friendships\/(\d+)\/(followers|following)|media\/(\d+)(?:_\d+)?\/likers)\/?(?:[?#]|$)/;

/** The anonymous picture's cache key is base64 of "anonymous_profile_pic" (seen 2020–2026). */
const ANONYMOUS_KEY = 'anonymous_profile_pic';

function decodeBase64(text: string): string | null {
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** Whether a profile picture URL is Instagram's default one; null when the URL says nothing. */
export function isAnonymousPicture(url: string | null | undefined): boolean | null {
  if (!url) return null;
  const key = /[?&]ig_cache_key=([^&#.]+)/.exec(url)?.[1];
  if (key) {
    let raw = key;
    try {
      raw = decodeURIComponent(key);
    } catch {
      // keep the raw key
    }
    return decodeBase64(raw)?.startsWith(ANONYMOUS_KEY) ?? false;
  }
  return false;
}

function toAccount(raw: unknown): ListAccount | null {
  const parsed = IgListUser.safeParse(raw);
  if (!parsed.success) return null;
  const u = parsed.data;
  const handle = stripInvisible(u.username).trim();
  if (!/^[\w.]+$/.test(handle)) return null;
  return {
    id: u.pk ?? u.id ?? null,
    handle,
    displayName: u.full_name == null ? null : cleanLine(stripInvisible(u.full_name)),
    bio: null,
    defaultPicture: u.has_anonymous_profile_picture ?? isAnonymousPicture(u.profile_pic_url),
    private: u.is_private ?? null,
    verified: u.is_verified ?? null,
    posts: null,
    followers: null,
    following: null,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fromEdges(edge: unknown): { accounts: ListAccount[]; hasMore: boolean | null } | null {
  if (!isObject(edge) || !Array.isArray(edge.edges)) return null;
  const accounts = edge.edges
    .map((e) => (isObject(e) ? toAccount(e.node) : null))
    .filter((a): a is ListAccount => a !== null);
  const info = isObject(edge.page_info) ? edge.page_info.has_next_page : undefined;
  return { accounts, hasMore: typeof info === 'boolean' ? info : null };
}

/** The owner id in a GraphQL request's `variables` ({"id":"…"}), when the URL has it. */
function variablesId(url: string): string | null {
  const raw = /[?&]variables=([^&#]*)/.exec(url)?.[1];
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(decodeURIComponent(raw));
    return isObject(v) && typeof v.id === 'string' && /^\d+$/.test(v.id) ? v.id : null;
  } catch {
    return null;
  }
}

/** The GraphQL root fields that hold a list, and which list. */
const GRAPHQL_LISTS: readonly (readonly [RegExp, ListKind])[] = [
  [/^(?:data\.)?xdt_api__v1__friendships__followers(?:__connection)?$/, 'followers'],
  [/^(?:data\.)?xdt_api__v1__friendships__following(?:__connection)?$/, 'following'],
  [
    /^(?:data\.)?xdt_api__v1__(?:likes__media_id__likers|media__\w+__likers(?:_connection)?)$/,
    'likers',
  ],
];

function usersPage(users: unknown[], body: Record<string, unknown>) {
  const accounts = users.map(toAccount).filter((a): a is ListAccount => a !== null);
  const next = body.next_max_id;
  const hasMore =
    typeof body.big_list === 'boolean'
      ? body.big_list || (next !== null && next !== undefined && next !== '')
      : next === undefined
        ? null
        : next !== null && next !== '';
  return { accounts, hasMore };
}

/** A list under one of the GraphQL root fields above, as users[] or as edges. */
function fromGraphQLRoot(data: Record<string, unknown>): AccountList | null {
  for (const [field, value] of Object.entries(data)) {
    const kind = GRAPHQL_LISTS.find(([re]) => re.test(field))?.[1];
    if (!kind || !isObject(value)) continue;
    const list = Array.isArray(value.users) ? usersPage(value.users, value) : fromEdges(value);
    if (!list || (!list.accounts.length && !isEmptyList(value))) continue;
    return {
      kind,
      ownerId: null,
      ownerHandle: null,
      mediaId: null,
      ...list,
      detail: `graphql ${field}`,
    };
  }
  return null;
}

const isEmptyList = (v: Record<string, unknown>) =>
  (Array.isArray(v.users) && v.users.length === 0) ||
  (Array.isArray(v.edges) && v.edges.length === 0);

/** One response as a list of accounts, or null when it is no list this reader knows. */
export function readInstagramAccountList(body: unknown, url: string): AccountList | null {
  if (!isObject(body)) return null;
  const m = LIST_URL.exec(url);
  if (Array.isArray(body.users)) {
    // Other requests (search, suggestions) carry users[] too: only the list URLs count, or a saved file.
    if (!m && /\/(?:api|graphql)\//.test(url)) return null;
    const kind: ListKind | null = m?.[3] ? 'likers' : ((m?.[2] as ListKind | undefined) ?? null);
    // A users[] without a list URL (a saved file) is taken for what its fields say.
    const listKind: ListKind = kind ?? ('user_count' in body ? 'likers' : 'followers');
    const { accounts, hasMore } = usersPage(body.users, body);
    if (!accounts.length && body.users.length) return null;
    return {
      kind: listKind,
      ownerId: m?.[1] ?? null,
      ownerHandle: null,
      mediaId: m?.[3] ?? null,
      accounts,
      hasMore,
      detail: listKind === 'likers' ? 'api/v1/media likers' : `api/v1/friendships ${listKind}`,
    };
  }
  const data = isObject(body.data) ? body.data : null;
  const root = data ? fromGraphQLRoot(data) : null;
  if (root) return root;
  const user = data && isObject(data.user) ? data.user : null;
  if (user) {
    for (const [field, kind] of [
      ['edge_followed_by', 'followers'],
      ['edge_follow', 'following'],
    ] as const) {
      const list = fromEdges(user[field]);
      if (list)
        return {
          kind,
          ownerId: (typeof user.id === 'string' ? user.id : null) ?? variablesId(url),
          ownerHandle: typeof user.username === 'string' ? user.username : null,
          mediaId: null,
          ...list,
          detail: `graphql user.${field}`,
        };
    }
  }
  const media = data && isObject(data.shortcode_media) ? data.shortcode_media : null;
  const likers = media ? fromEdges(media.edge_liked_by) : null;
  if (likers)
    return {
      kind: 'likers',
      ownerId: null,
      ownerHandle: null,
      mediaId: media && typeof media.id === 'string' ? media.id : null,
      ...likers,
      detail: 'graphql shortcode_media.edge_liked_by',
    };
  return null;
}

/** Whether a URL is one of the list requests above (for the main-world observer). */
export function isInstagramListUrl(url: string): boolean {
  return LIST_URL.test(url);
}
