import type { CommentReading, PostFormat, Source } from '../../model/reading';
import type { Obs } from './counts';

/**
 * What one rung of the ladder says about a creator or a post, before the rungs are merged.
 * `undefined` means "this source does not say"; `null` means "this source says there is none".
 */
export interface ProfileFacts {
  source: Source;
  detail: string;
  handle: string | null;
  displayName?: string | null;
  bio?: string | null;
  externalUrl?: string | null;
  verified?: boolean;
  private?: boolean;
  followers: Obs[];
  following: Obs[];
  posts: Obs[];
  likes: Obs[];
  /** Per-count notes (discarded overflowed values), keyed by count name. */
  notes: Partial<Record<ProfileCountName, string[]>>;
}

export interface PostFacts {
  id: string;
  source: Source;
  author: string | null;
  takenAt?: string | null;
  caption?: string | null;
  hashtags?: string[];
  mentions?: string[];
  likes: Obs[];
  comments: Obs[];
  views: Obs[];
  shares: Obs[];
  saves: Obs[];
  /** Per-count notes (discarded overflowed values), keyed by count name. */
  notes: Partial<Record<PostCountName, string[]>>;
  pinned?: boolean;
  paidPartnership?: boolean;
  isVideo?: boolean;
  format?: PostFormat;
}

export type PostCountName = 'likes' | 'comments' | 'views' | 'shares' | 'saves';
export type ProfileCountName = 'followers' | 'following' | 'posts' | 'likes';

/** Status a source reports on its own (statusCode in user-detail, privateAccount …). */
export interface SourceStatus {
  status: 'not-found' | 'private';
  reason: string;
}

/** Everything one rung found for the page's handle (data for another handle is already dropped). */
export interface Findings {
  profiles: ProfileFacts[];
  posts: PostFacts[];
  comments: CommentReading[];
  statuses: SourceStatus[];
  /** Data that was present but dropped (another handle, another video), for statusReason. */
  discarded: string[];
}

export const emptyFindings = (): Findings => ({
  profiles: [],
  posts: [],
  comments: [],
  statuses: [],
  discarded: [],
});

export const emptyPostFacts = (id: string, source: Source, author: string | null): PostFacts => ({
  id,
  source,
  author,
  likes: [],
  comments: [],
  views: [],
  shares: [],
  saves: [],
  notes: {},
});
