import type { CreatorRecord, KeptPost } from '../model/creator';
import { PLATFORMS } from '../model/platforms';
import type { Count, PageReading, PostReading } from '../model/reading';

const count = (value: number | null, exact: boolean): Count =>
  value === null
    ? { value: null, exact: false, source: null, reason: 'not read on the pages visited' }
    : { value, exact, source: null, detail: 'kept from an earlier reading' };

function postReading(post: KeptPost, handle: string): PostReading {
  return {
    id: post.id,
    url: post.url,
    author: handle,
    takenAt: post.takenAt,
    caption: post.caption,
    hashtags: [],
    mentions: [],
    likes: count(post.likes, post.countsExact),
    comments: count(post.comments, post.countsExact),
    views: count(post.views, post.countsExact),
    shares: count(post.shares, post.countsExact),
    saves: count(null, false),
    likesHidden: false,
    isVideo: post.format === null ? null : post.format === 'video',
    format: post.format,
    pinned: post.pinned,
    paidPartnership: post.paidPartnership,
    source: 'network',
  };
}

/**
 * The creator's kept posts (from every recorded reading, newest first) as the reading that
 * lib/outreach's pickRecentPost takes: a profile page of the creator listing those posts. Only the
 * fields the pick looks at carry information; counts say they were kept, not read now.
 */
export function readingOfRecentPosts(
  record: Pick<CreatorRecord, 'platform' | 'handle' | 'recentPosts' | 'lastSeenAt' | 'updatedAt'>,
): PageReading {
  return {
    platform: record.platform,
    page: 'profile',
    url: PLATFORMS[record.platform].profileUrl(record.handle),
    handle: record.handle,
    status: 'ok',
    profile: null,
    posts: record.recentPosts.map((post) => postReading(post, record.handle)),
    comments: [],
    missing: [],
    readAt: record.lastSeenAt ?? record.updatedAt,
  };
}
