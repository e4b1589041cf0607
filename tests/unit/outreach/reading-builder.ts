import type { Count, PageReading, PostReading } from '../../../lib/model/reading';

/** Synthetic readings for outreach tests: only the fields pickRecentPost looks at vary. */
export const count = (value: number | null, exact = true): Count =>
  value === null
    ? { value: null, exact: false, source: null, reason: 'not shown' }
    : { value, exact, source: 'network', detail: 'test' };

export function post(
  id: string,
  fields: Partial<PostReading> & { likes?: Count; comments?: Count } = {},
): PostReading {
  return {
    id,
    url: `https://www.instagram.com/p/${id}/`,
    author: 'jane.paints',
    takenAt: null,
    caption: null,
    hashtags: [],
    mentions: [],
    likes: count(null),
    comments: count(null),
    views: count(null),
    shares: count(null),
    saves: count(null),
    likesHidden: false,
    isVideo: false,
    format: null,
    pinned: false,
    paidPartnership: false,
    source: 'network',
    ...fields,
  };
}

export function reading(posts: PostReading[], fields: Partial<PageReading> = {}): PageReading {
  return {
    platform: 'instagram',
    page: 'profile',
    url: 'https://www.instagram.com/jane.paints/',
    handle: 'jane.paints',
    status: 'ok',
    profile: null,
    posts,
    comments: [],
    missing: [],
    readAt: '2026-05-20T12:00:00Z',
    ...fields,
  };
}
