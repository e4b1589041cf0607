import type { CommentReading, Missing, PostReading, ProfileInfo } from '../../model/reading';
import { readContact } from '../contact';
import { resolveCount } from './counts';
import type { PostCountName, PostFacts, ProfileCountName, ProfileFacts } from './facts';

const firstDefined = <T>(values: (T | undefined)[]): T | undefined =>
  values.find((v) => v !== undefined);

const PROFILE_REASONS: Record<ProfileCountName, string> = {
  followers:
    'no embedded user data, followers-count hook or meta description count for this handle',
  following:
    'no embedded user data, following-count hook or meta description count for this handle',
  posts: 'the video count is only in embedded user data or the user-detail response',
  likes: 'no embedded user data, likes-count hook or meta description count for this handle',
};

/** One profile from the rungs that spoke about it, most structured first. */
export function mergeProfile(facts: ProfileFacts[], handle: string | null): ProfileInfo | null {
  if (!facts.length) return null;
  const pick = <K extends keyof ProfileFacts>(key: K) => firstDefined(facts.map((f) => f[key]));
  const count = (name: ProfileCountName) =>
    resolveCount(
      facts.flatMap((f) => f[name]),
      PROFILE_REASONS[name],
      facts.flatMap((f) => f.notes[name] ?? []),
    );
  const bio = (pick('bio') as string | null | undefined) ?? null;
  const externalUrl = (pick('externalUrl') as string | null | undefined) ?? null;
  return {
    handle: (pick('handle') as string | null | undefined) ?? handle,
    displayName: (pick('displayName') as string | null | undefined) ?? null,
    bio,
    externalUrl,
    verified: (pick('verified') as boolean | undefined) ?? null,
    private: (pick('private') as boolean | undefined) ?? null,
    category: null,
    followers: count('followers'),
    following: count('following'),
    posts: count('posts'),
    likes: count('likes'),
    contact: readContact({ bio, profileLink: externalUrl }),
  };
}

const POST_REASONS: Record<'profile' | 'video', Record<PostCountName, string>> = {
  profile: {
    likes: 'the profile grid shows only views; likes come with the item list the page fetches',
    comments:
      'the profile grid shows only views; comments come with the item list the page fetches',
    views: 'no view count in the grid or the item list for this video',
    shares: 'the profile grid shows only views; shares come with the item list the page fetches',
    saves: 'the profile grid shows only views; saves come with the item list the page fetches',
  },
  video: {
    likes: 'no like count in the embedded data, responses, action bar or meta description',
    comments: 'no comment count in the embedded data, responses, action bar or meta description',
    views: 'the video page shows no view count; it is only in embedded data or responses',
    shares: 'no share count in the embedded data, responses or action bar',
    saves: 'no save count in the embedded data, responses or action bar',
  },
};

const COUNT_NAMES: PostCountName[] = ['likes', 'comments', 'views', 'shares', 'saves'];

/** Posts by id in order of first appearance; each field from the most structured rung that has it. */
export function mergePosts(facts: PostFacts[], page: 'profile' | 'video'): PostReading[] {
  const byId = new Map<string, PostFacts[]>();
  for (const f of facts) {
    const list = byId.get(f.id);
    if (list) list.push(f);
    else byId.set(f.id, [f]);
  }
  return [...byId.values()].map((group) => {
    const withCaption = group.find((f) => f.caption !== undefined);
    const counts = Object.fromEntries(
      COUNT_NAMES.map((name) => [
        name,
        resolveCount(
          group.flatMap((f) => f[name]),
          POST_REASONS[page][name],
          group.flatMap((f) => f.notes[name] ?? []),
        ),
      ]),
    ) as Record<PostCountName, PostReading['likes']>;
    const paid = group.map((f) => f.paidPartnership);
    const id = group[0]!.id;
    const author = firstDefined(group.map((f) => f.author ?? undefined)) ?? null;
    return {
      id,
      url: author ? `https://www.tiktok.com/@${author}/video/${id}` : null,
      author,
      takenAt: firstDefined(group.map((f) => f.takenAt ?? undefined)) ?? null,
      caption: withCaption?.caption ?? null,
      hashtags: withCaption?.hashtags ?? [],
      mentions: withCaption?.mentions ?? [],
      ...counts,
      likesHidden: false,
      isVideo: firstDefined(group.map((f) => f.isVideo)) ?? null,
      format: firstDefined(group.map((f) => f.format)) ?? null,
      pinned: group.some((f) => f.pinned === true),
      paidPartnership: paid.includes(true) ? true : paid.includes(false) ? false : null,
      source: group[0]!.source,
    };
  });
}

/** Structured comments first; a rendered comment already among them (same author and text) is not repeated. */
export function mergeComments(comments: CommentReading[]): CommentReading[] {
  const seenIds = new Set<string>();
  const seenText = new Set<string>();
  const out: CommentReading[] = [];
  const key = (c: CommentReading) => `${c.author ?? ''}\u0000${c.text.trim()}`;
  for (const c of comments) {
    if (c.id !== null) {
      if (seenIds.has(c.id)) continue;
      seenIds.add(c.id);
    } else if (seenText.has(key(c))) continue;
    seenText.add(key(c));
    out.push(c);
  }
  return out;
}

/** "couldn't read X" entries for the panel. */
export function missingOf(
  profile: ProfileInfo | null,
  posts: PostReading[],
  page: 'profile' | 'video',
): Missing[] {
  const missing: Missing[] = [];
  if (!profile)
    missing.push({ field: 'profile', reason: 'no profile numbers for this handle on the page' });
  for (const name of ['followers', 'following', 'posts', 'likes'] as const) {
    const count = profile?.[name];
    if (count && count.value === null)
      missing.push({ field: `profile.${name}`, reason: count.reason ?? '' });
  }
  if (!posts.length) {
    missing.push({
      field: 'posts',
      reason:
        page === 'profile'
          ? 'no videos in the grid, embedded data or item list'
          : 'the video was not found on the page',
    });
  }
  for (const name of COUNT_NAMES) {
    const without = posts.filter((p) => p[name].value === null);
    if (without.length) {
      missing.push({
        field: `posts.${name}`,
        reason: `${without.length} of ${posts.length}: ${without[0]![name].reason ?? ''}`,
      });
    }
  }
  return missing;
}
