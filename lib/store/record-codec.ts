import type { CreatorRecord } from '../model/creator';
import { isPackedTable, packTable, unpackTable } from './table-codec';
import { decodeVerdict, encodeVerdict } from './verdict-codec';
import { PLATFORMS } from '../model/platforms';

/**
 * A creator record as storage keeps it: its snapshots and kept posts packed by column
 * (lib/store/table-codec.ts), and in the last reading what the record already says written once
 * (the page's address and time, post ids as places among the kept posts, counts as
 * `[value, exact, source]`). Reading accepts both forms, so records written unpacked (by an older
 * build, a test or a backup) are read as they are; validation comes after decoding.
 */
const PACKED_LISTS = ['snapshots', 'recentPosts'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;
const EMPTY_LISTS = ['posts', 'comments', 'missing'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function encodeCreator(record: CreatorRecord): Json {
  const stored: Json = { ...record };
  for (const field of PACKED_LISTS) stored[field] = packTable(record[field] as unknown as Json[]);
  if (record.lastReading) stored.lastReading = encodeLastReading(record);
  return stored;
}

function encodeLastReading(record: CreatorRecord): Json {
  const last = record.lastReading!;
  const { url, readAt, ...reading } = last.reading;
  const profile = reading.profile && { ...reading.profile };
  if (profile)
    for (const field of PROFILE_COUNTS) {
      const { value, exact, source, ...rest } = profile[field];
      if (Object.keys(rest).length === 0) (profile as Json)[field] = [value, exact ? 1 : 0, source];
    }
  if (profile?.handle === record.handle) delete (profile as Partial<typeof profile>).handle;
  const ids = record.recentPosts.map((post) => post.id);
  for (const field of EMPTY_LISTS)
    if (reading[field].length === 0) delete (reading as Partial<typeof reading>)[field];
  const { at, url: lastUrl, ...rest } = last;
  return {
    ...rest,
    // The time of the last visit and the profile's address, when they are what the record says.
    ...(at === record.lastSeenAt ? {} : { at }),
    ...(lastUrl === profileUrlOf(record.platform, record.handle) ? {} : { url: lastUrl }),
    ...(last.verdict && { verdict: encodeVerdict(last.verdict) }),
    reading: {
      ...reading,
      profile,
      ...(url === last.url ? {} : { url }),
      ...(readAt === last.at ? {} : { readAt }),
    },
    ...(last.postIds && {
      postIds: last.postIds.map((id) => (ids.includes(id) ? ids.indexOf(id) : id)),
    }),
  };
}

/** The stored value with its packed parts unpacked; anything that is not a record is returned as is. */
export function decodeCreator(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const decoded: Json = { ...raw };
  for (const field of PACKED_LISTS) {
    const list = raw[field];
    if (isPackedTable(list)) decoded[field] = unpackTable(list);
  }
  if (isObject(raw.lastReading)) {
    const last = { ...raw.lastReading };
    if (!('at' in last)) last.at = raw.lastSeenAt;
    if (!('url' in last)) last.url = profileUrlOf(raw.platform, raw.handle);
    decoded.lastReading = decodeLastReading(last, decoded.recentPosts, raw.handle);
  }
  return decoded;
}

function decodeLastReading(last: Json, posts: unknown, handle: unknown): Json {
  const reading = isObject(last.reading) ? { ...last.reading } : last.reading;
  if (isObject(reading)) {
    if (!('url' in reading)) reading.url = last.url;
    if (!('readAt' in reading)) reading.readAt = last.at;
    for (const field of EMPTY_LISTS) if (!(field in reading)) reading[field] = [];
    if (isObject(reading.profile)) {
      const profile = { ...reading.profile };
      if (!('handle' in profile)) profile.handle = handle;
      for (const field of PROFILE_COUNTS) {
        const c = profile[field];
        if (Array.isArray(c) && c.length === 3)
          profile[field] = { value: c[0], exact: c[1] === 1, source: c[2] };
      }
      reading.profile = profile;
    }
  }
  const ids = Array.isArray(posts) ? posts.map((p) => (isObject(p) ? p.id : null)) : [];
  const postIds = Array.isArray(last.postIds)
    ? last.postIds.map((id) => (typeof id === 'number' ? ids[id] : id))
    : last.postIds;
  return {
    ...last,
    ...(isObject(last.verdict) && { verdict: decodeVerdict(last.verdict) }),
    reading,
    ...(postIds !== undefined && { postIds }),
  };
}

const profileUrlOf = (platform: unknown, handle: unknown): string | null =>
  typeof platform === 'string' && Object.hasOwn(PLATFORMS, platform) && typeof handle === 'string'
    ? PLATFORMS[platform as keyof typeof PLATFORMS].profileUrl(handle)
    : null;
