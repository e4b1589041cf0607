import type { CommentReading, Count, PageReading, PostReading } from '../../../lib/model/reading';

/** Builders for readings in rule tests: only what a test cares about is spelt out. */

export const exact = (value: number | null): Count =>
  value === null
    ? { value: null, exact: false, source: null, reason: 'not on the page' }
    : { value, exact: true, source: 'embedded-json' };

export const rounded = (value: number): Count => ({ value, exact: false, source: 'dom' });

export const NOW = new Date('2026-03-01T12:00:00Z');
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
export const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

export function post(
  over: Omit<Partial<PostReading>, 'likes' | 'comments' | 'views' | 'shares'> & {
    likes?: Count | number | null;
    comments?: Count | number | null;
    views?: Count | number | null;
    shares?: Count | number | null;
  } = {},
  i = 0,
): PostReading {
  const c = (v: Count | number | null | undefined, dflt: number | null): Count =>
    v === undefined ? exact(dflt) : typeof v === 'number' || v === null ? exact(v) : v;
  return {
    id: over.id ?? `p${i}`,
    url: null,
    author: 'creator',
    takenAt: over.takenAt === undefined ? daysAgo(3 + i) : over.takenAt,
    caption: over.caption ?? null,
    hashtags: over.hashtags ?? [],
    mentions: over.mentions ?? [],
    likes: c(over.likes, 1000),
    comments: c(over.comments, 50),
    views: c(over.views, null),
    shares: c(over.shares, null),
    saves: exact(null),
    likesHidden: over.likesHidden ?? false,
    isVideo: over.isVideo ?? null,
    format: over.format ?? null,
    pinned: over.pinned ?? false,
    paidPartnership: over.paidPartnership ?? null,
    source: 'embedded-json',
  };
}

export function comment(text: string, over: Partial<CommentReading> = {}, i = 0): CommentReading {
  return {
    id: over.id ?? `c${i}`,
    postId: over.postId ?? 'p0',
    author: over.author ?? `fan${i}`,
    text,
    likes: null,
    createdAt: null,
    isCreatorReply: over.isCreatorReply ?? false,
    isReply: over.isReply ?? false,
    source: 'network',
  };
}

export interface ReadingOptions {
  platform?: PageReading['platform'];
  page?: PageReading['page'];
  status?: PageReading['status'];
  followers?: Count | number | null;
  following?: Count | number | null;
  bio?: string | null;
  posts?: PostReading[];
  comments?: CommentReading[];
}

export function reading(o: ReadingOptions = {}): PageReading {
  const c = (v: Count | number | null | undefined, dflt: number | null): Count =>
    v === undefined ? exact(dflt) : typeof v === 'number' || v === null ? exact(v) : v;
  return {
    platform: o.platform ?? 'instagram',
    page: o.page ?? 'profile',
    url: 'https://www.instagram.com/creator/',
    handle: 'creator',
    status: o.status ?? 'ok',
    profile: {
      handle: 'creator',
      displayName: 'Creator',
      bio: o.bio ?? null,
      externalUrl: null,
      verified: false,
      private: false,
      category: null,
      followers: c(o.followers, 20_000),
      following: c(o.following, 400),
      posts: exact(100),
      likes: exact(null),
    },
    posts: o.posts ?? [],
    comments: o.comments ?? [],
    missing: [],
    readAt: NOW.toISOString(),
  };
}

/** `n` posts with the given likes (cycled), 3+ days old. */
export const posts = (likes: number[], n = likes.length, comments = 20): PostReading[] =>
  Array.from({ length: n }, (_, i) => post({ likes: likes[i % likes.length]!, comments }, i));

export const genuineComments = (n: number): CommentReading[] =>
  Array.from({ length: n }, (_, i) =>
    comment(`I tried this recipe with oat milk number ${i} and it worked really well`, {}, i),
  );
