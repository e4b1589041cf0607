import type { Migration } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each object of the list with the fields it lacks (or holds undefined) set to null. */
const withNull = (list: unknown, fields: string[]): unknown =>
  Array.isArray(list)
    ? list.map((item) =>
        isObject(item)
          ? { ...item, ...Object.fromEntries(fields.map((f) => [f, item[f] ?? null])) }
          : item,
      )
    : list;

/**
 * Version 7: a post carries its format (video, carousel, single image) as the page's data stated
 * it, and a kept post its share count (TikTok's engagement by views counts shares). Neither was
 * read before: older posts get null ("not read"), never a guess; the next visit fills them in.
 */
export const v006ToV007: Migration = {
  from: 6,
  description: 'posts carry their format and kept posts their share count (null before: not read)',
  creator: (value) => {
    const next: Json = { ...value, recentPosts: withNull(value.recentPosts, ['shares', 'format']) };
    const last = value.lastReading;
    if (isObject(last) && isObject(last.reading))
      next.lastReading = {
        ...last,
        reading: { ...last.reading, posts: withNull(last.reading.posts, ['format']) },
      };
    return next;
  },
};
