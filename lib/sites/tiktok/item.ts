import type { PostFormat, Source } from '../../model/reading';
import { statsObs, type StatsPair } from './counts';
import { emptyPostFacts, type PostFacts, type ProfileFacts } from './facts';
import { asRecord, type RawItem, type RawStats, type RawUser } from './schemas';
import { FORMAT_FIELDS, ITEM_COUNT_FIELDS, PROFILE_COUNT_FIELDS } from './selectors';
import { hashtagsOf, isoFromSeconds, mentionsOf } from './tags';

const asStats = (stats: RawStats | undefined) => stats as Record<string, unknown> | undefined;

/** The uniqueId an item names as its author (an object, or a string in SIGI_STATE). */
export function itemAuthor(item: RawItem): string | null {
  const author = typeof item.author === 'string' ? item.author : item.author?.uniqueId;
  return author ? author.toLowerCase() : null;
}

/**
 * The item's format (selectors.ts FORMAT_FIELDS): a photo post of several pictures is a carousel,
 * of one a single image; an item with a video of some duration and no pictures is a video. Null
 * when the item says neither (a photo post whose picture list is unreadable, no video object).
 */
export function itemFormat(item: RawItem): PostFormat | null {
  if (item.imagePost !== undefined) {
    const images = asRecord(item.imagePost)?.[FORMAT_FIELDS.photoImages];
    if (!Array.isArray(images) || images.length === 0) return null;
    return images.length > 1 ? 'carousel' : 'image';
  }
  const duration = Number(item.video?.duration);
  return Number.isFinite(duration) && duration > 0 ? 'video' : null;
}

/** A video or photo post from TikTok's item shape (video-detail, item_list, ItemModule). */
export function itemFacts(item: RawItem, source: Source, path: string): PostFacts | null {
  if (!item.id || !/^\d+$/.test(item.id)) return null;
  const facts = emptyPostFacts(item.id, source, itemAuthor(item));
  const pair: StatsPair = {
    exact: asStats(item.statsV2),
    rough: asStats(item.stats),
    exactPath: `${path}.statsV2`,
    roughPath: `${path}.stats`,
    source,
  };
  for (const name of Object.keys(ITEM_COUNT_FIELDS) as (keyof typeof ITEM_COUNT_FIELDS)[]) {
    const notes: string[] = [];
    facts[name] = statsObs(pair, ITEM_COUNT_FIELDS[name], notes);
    if (notes.length) facts.notes[name] = notes;
  }
  if (item.createTime !== undefined) facts.takenAt = isoFromSeconds(item.createTime);
  if (item.desc !== undefined) {
    facts.caption = item.desc;
    facts.hashtags = hashtagsOf(item.desc, [
      ...(item.textExtra ?? []).map((t) => t.hashtagName),
      ...(item.challenges ?? []),
    ]);
    facts.mentions = mentionsOf(
      item.desc,
      (item.textExtra ?? []).map((t) => t.userUniqueId),
    );
  }
  if (item.isPinnedItem !== undefined) facts.pinned = item.isPinnedItem;
  // isAd=false does not mean "no paid partnership": the sponsored video of
  // video-rendered-2025-12.html has isAd false and shows the label only in the DOM.
  if (item.isAd === true) facts.paidPartnership = true;
  facts.isVideo = item.imagePost === undefined;
  const format = itemFormat(item);
  if (format !== null) facts.format = format;
  return facts;
}

/** A creator's profile numbers from a user object and its stats pair. */
export function userFacts(
  user: RawUser | undefined,
  handle: string | null,
  pair: StatsPair,
  detail: string,
): ProfileFacts {
  const facts: ProfileFacts = {
    source: pair.source,
    detail,
    handle: user?.uniqueId?.toLowerCase() ?? handle,
    followers: [],
    following: [],
    posts: [],
    likes: [],
    notes: {},
  };
  for (const name of Object.keys(PROFILE_COUNT_FIELDS) as (keyof typeof PROFILE_COUNT_FIELDS)[]) {
    const notes: string[] = [];
    facts[name] = statsObs(pair, PROFILE_COUNT_FIELDS[name], notes);
    if (notes.length) facts.notes[name] = notes;
  }
  if (user) {
    if (user.nickname !== undefined) facts.displayName = user.nickname || null;
    if (user.signature !== undefined) facts.bio = user.signature.trim() || null;
    if (user.bioLink !== undefined) facts.externalUrl = user.bioLink.link?.trim() || null;
    if (user.verified !== undefined) facts.verified = user.verified;
    const isPrivate = user.privateAccount ?? user.secret;
    if (isPrivate !== undefined) facts.private = isPrivate;
  }
  return facts;
}
