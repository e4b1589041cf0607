import type { PageReading } from '../model/reading';
import type { Snapshot } from '../model/snapshot';
import type { Verdict } from '../model/verdict';

/** What one visit records for the history (lib/model/snapshot.ts), from a reading and its verdict. */
export function toSnapshot(
  reading: PageReading,
  verdict: (Pick<Verdict, 'engagement' | 'spam'> & Partial<Pick<Verdict, 'audience'>>) | null,
  at: string,
): Snapshot {
  const p = reading.profile;
  const tops = reading.posts.flatMap((post) => {
    const v = post.views.value ?? post.likes.value;
    return v === null ? [] : [v];
  });
  return {
    at,
    followers: p?.followers.value ?? null,
    following: p?.following.value ?? null,
    posts: p?.posts.value ?? null,
    likes: p?.likes.value ?? null,
    engagementRate: verdict?.engagement.rate ?? null,
    engagementBasis: verdict?.engagement.basis ?? null,
    spamRatio: verdict?.spam.enough ? verdict.spam.ratio : null,
    postsSeen: reading.posts.length,
    topPostViews: tops.length ? Math.max(...tops) : null,
    ...audienceFigures(verdict?.audience),
  };
}

/** Only the followers sample is kept over visits: its size and fake-or-inactive share. */
function audienceFigures(
  a: Verdict['audience'],
): Pick<Snapshot, 'audienceSample' | 'audienceFakeShare'> {
  return a && a.kind === 'followers'
    ? { audienceSample: a.sample, audienceFakeShare: a.suspiciousShare }
    : { audienceSample: null, audienceFakeShare: null };
}
