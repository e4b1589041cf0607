import type { Source } from '../../model/reading';
import { readItems, readUserDetail, readVideoDetail, readVideoItem, type Target } from './detail';
import type { Findings } from './facts';
import { userFacts } from './item';
import { sliceJsonObject } from './json-slice';
import { asRecord, RawItem, RawStats, RawUser } from './schemas';
import { JSON_PATHS, STATUS_CODES } from './selectors';
import { sameHandle } from './tags';

/** JSON.parse that gives null for absent, empty or malformed text. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const SCOPE_FIRST = new RegExp(`^\\s*\\{\\s*"${JSON_PATHS.scope}"`);
const PAGE_KEYS = [JSON_PATHS.userDetail, JSON_PATHS.videoDetail];

/**
 * `__UNIVERSAL_DATA_FOR_REHYDRATION__` with only the entries the readers use parsed (see
 * json-slice.ts); the whole text is parsed when no entry can be cut out cleanly.
 */
export function universalData(text: string | null | undefined): unknown {
  if (!text) return null;
  if (SCOPE_FIRST.test(text)) {
    const scope: Record<string, unknown> = {};
    for (const key of PAGE_KEYS) {
      const value = sliceJsonObject(text, key);
      if (value) scope[key] = value;
    }
    if (Object.keys(scope).length) {
      // Only `language` is read from the (large) app context: a bounded look right after its key.
      const at = text.indexOf(`"${JSON_PATHS.appContext}":`);
      const language =
        at >= 0 ? /"language":"([A-Za-z-]{2,12})"/.exec(text.slice(at, at + 400)) : null;
      if (language) scope[JSON_PATHS.appContext] = { language: language[1] };
      return { [JSON_PATHS.scope]: scope };
    }
  }
  return parseJson(text);
}

/** `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2023–): `__DEFAULT_SCOPE__` with webapp.* entries. */
export function readUniversal(
  data: unknown,
  target: Target,
  out: Findings,
  source: Source = 'embedded-json',
): { found: boolean; language?: string } {
  const scope = asRecord(asRecord(data)?.[JSON_PATHS.scope]);
  if (!scope) return { found: false };
  const language = asRecord(scope[JSON_PATHS.appContext])?.language;
  const root = `${JSON_PATHS.scope}["${JSON_PATHS.userDetail}"]`;
  readUserDetail(scope[JSON_PATHS.userDetail], target, source, root, out);
  const videoRoot = `${JSON_PATHS.scope}["${JSON_PATHS.videoDetail}"]`;
  readVideoDetail(scope[JSON_PATHS.videoDetail], target, source, videoRoot, out);
  return { found: true, language: typeof language === 'string' ? language : undefined };
}

const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => asRecord(node)?.[key], value);

/** `SIGI_STATE` (2021–2023): UserModule.users/stats keyed by uniqueId, ItemModule keyed by video id. */
export function readSigi(data: unknown, target: Target, out: Findings): { found: boolean } {
  const root = asRecord(data);
  if (!root) return { found: false };
  const users = asRecord(at(root, JSON_PATHS.sigiUsers));
  const allStats = asRecord(at(root, JSON_PATHS.sigiUserStats));
  const items = asRecord(root[JSON_PATHS.sigiItems]);
  if (!users && !items)
    return { found: !!(root[JSON_PATHS.sigiUserPage] ?? root[JSON_PATHS.sigiVideoPage]) };

  const pageStatus = (key: string) => asRecord(root[key])?.statusCode;
  const userCode = pageStatus(JSON_PATHS.sigiUserPage);
  const videoCode = pageStatus(JSON_PATHS.sigiVideoPage);
  const codes = [
    [userCode, STATUS_CODES.userNotFound, STATUS_CODES.userPrivate, 'UserPage'],
    [videoCode, STATUS_CODES.videoNotFound, STATUS_CODES.videoPrivate, 'VideoPage'],
  ] as const;
  for (const [code, notFound, priv, name] of codes) {
    if (typeof code !== 'number') continue;
    if ((notFound as readonly number[]).includes(code)) {
      out.statuses.push({ status: 'not-found', reason: `SIGI_STATE.${name}.statusCode ${code}` });
    } else if ((priv as readonly number[]).includes(code)) {
      out.statuses.push({ status: 'private', reason: `SIGI_STATE.${name}.statusCode ${code}` });
    }
  }

  const video = target.videoId ? RawItem.safeParse(items?.[target.videoId]) : null;
  const videoAuthor =
    video?.success && typeof video.data.author === 'string' ? video.data.author : null;
  const handle = target.handle ?? videoAuthor?.toLowerCase() ?? null;
  if (video?.success) {
    readVideoItem(
      video.data,
      target,
      'embedded-json',
      `SIGI_STATE.ItemModule["${target.videoId}"]`,
      out,
    );
  }

  for (const key of Object.keys(users ?? {})) {
    if (!sameHandle(key, handle)) {
      out.discarded.push(`SIGI_STATE.UserModule.users["${key}"] is another account`);
      continue;
    }
    const user = RawUser.safeParse(users![key]);
    const stats = RawStats.safeParse(allStats?.[key]);
    const facts = userFacts(
      user.success ? user.data : undefined,
      handle,
      {
        rough: stats.success ? stats.data : undefined,
        exactPath: `SIGI_STATE.UserModule.stats["${key}"]`,
        roughPath: `SIGI_STATE.UserModule.stats["${key}"]`,
        source: 'embedded-json',
      },
      `SIGI_STATE.UserModule.users["${key}"]`,
    );
    out.profiles.push(facts);
    if (facts.private) {
      out.statuses.push({
        status: 'private',
        reason: `SIGI_STATE.UserModule.users["${key}"].privateAccount`,
      });
    }
  }
  if (target.page === 'profile' && items) {
    readItems(
      Object.values(items),
      { ...target, handle },
      'embedded-json',
      'SIGI_STATE.ItemModule',
      out,
    );
  }
  return { found: true };
}
